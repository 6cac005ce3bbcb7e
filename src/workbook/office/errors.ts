/** Office errors → WorkbookError with planner words; never a stack trace. */
import { isWorkbookError, workbookError, type WorkbookError } from '../port';

interface OfficeLikeError {
  code?: unknown;
  debugInfo?: { code?: unknown; errorLocation?: unknown };
}

/**
 * ItemNotFound says what was missing only in debugInfo.errorLocation ("WorksheetCollection.getItem",
 * "TableCollection.getItem"…): a missing sheet must not be reported as a missing table.
 */
function missingWhat(errorLocation: unknown): 'sheet-missing' | 'table-missing' {
  return /^Worksheet/i.test(String(errorLocation ?? '')) ? 'sheet-missing' : 'table-missing';
}

export function toWorkbookError(error: unknown, subject?: string): WorkbookError {
  if (isWorkbookError(error)) return error;
  const { code, debugInfo } = (typeof error === 'object' && error !== null ? error : {}) as OfficeLikeError;
  const name = String(code ?? debugInfo?.code ?? '');
  switch (name) {
    case 'AccessDenied':
      return workbookError('sheet-protected', subject, error);
    case 'InsertDeleteConflict':
      return workbookError('insert-delete-conflict', subject, error);
    case 'InvalidOperationInCellEditMode':
      return workbookError('cell-edit-mode', undefined, error);
    case 'ItemNotFound':
      return workbookError(missingWhat(debugInfo?.errorLocation), subject, error);
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedFeature':
      return workbookError('api-unsupported', subject, error);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return workbookError('too-large', subject, error);
    default:
      return workbookError('unknown', subject, error);
  }
}
