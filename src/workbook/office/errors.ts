/** Office errors → WorkbookError with planner words; never a stack trace. */
import { isWorkbookError, workbookError, type WorkbookError } from '../port';

interface OfficeLikeError {
  code?: unknown;
  debugInfo?: { code?: unknown; errorLocation?: unknown };
}

export function toWorkbookError(error: unknown, subject?: string): WorkbookError {
  if (isWorkbookError(error)) return error;
  const { code, debugInfo } = (typeof error === 'object' && error !== null ? error : {}) as OfficeLikeError;
  const name = String(code ?? debugInfo?.code ?? '');
  switch (name) {
    case 'AccessDenied':
    case 'InsertDeleteConflict':
      return workbookError('sheet-protected', subject, error);
    case 'InvalidOperationInCellEditMode':
      return workbookError('cell-edit-mode', undefined, error);
    case 'ItemNotFound':
      return workbookError('table-missing', subject, error);
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
