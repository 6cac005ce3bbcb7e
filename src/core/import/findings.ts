/** The findings the importer reports: every damage or doubt in the source, in Vietnamese and English. */
import type { Finding, Severity, TaskField } from '../model';

export type ImportFindingCode =
  | 'IMPORT_EMPTY' // nothing that looks like a task
  | 'IMPORT_HEADER_FIELD_MISSING' // plan number, date … not found
  | 'IMPORT_NUMBERING_GAP' // 2 → 5: something between is lost
  | 'IMPORT_NUMBERING_ORDER' // a number repeats or goes back
  | 'IMPORT_HEADING_LOST' // content whose heading is lost (page missing)
  | 'IMPORT_FRAGMENT' // a task cut at its start or end
  | 'IMPORT_FOOTNOTE_MISSING' // a footnote mark with no footnote text
  | 'IMPORT_NOISE_REMOVED' // page footers, page numbers dropped
  | 'IMPORT_EXTRA_TIME_PHRASE' // a task names more than one time
  | 'IMPORT_OWNER_UNKNOWN' // a body not in the registry (maybe with a suggestion)
  | 'IMPORT_LEAD_MISSING' // a task whose lead could not be found
  | 'IMPORT_PLAN_FROM_DECISION' // the plan comes with a decision: only the plan is read
  | 'IMPORT_DUPLICATE_MERGED'; // a body task restated as an appendix row: one task

export function importFinding(
  code: ImportFindingCode,
  severity: Severity,
  taskId: string | null,
  field: TaskField | null,
  vi: string,
  en: string,
  suggestion?: string,
): Finding {
  const finding: Finding = { code, severity, taskId, field, message: { vi, en } };
  if (suggestion !== undefined) finding.suggestion = suggestion;
  return finding;
}

/** Shortens a quoted excerpt so messages stay one line. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
