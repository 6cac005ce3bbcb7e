/** One function per command, used by the task pane, the ribbon commands and the CLI alike. */
export { loadCatalogue, type LoadOptions, type LoadResult } from './load-catalogue';
export { validateWorkbook, type ValidateOptions, type ValidateResult, type LocatedFinding } from './validate-workbook';
export { summarizeWorkbook, type SummarizeOptions, type SummarizeResult } from './summarize-workbook';
export { buildWorkbook, type BuildOptions, type BuildResult } from './build-workbook';
export { reportWorkbook, type ReportData, type ReportOptions } from './report-workbook';
export { mergeCatalogue, type KeptEdit, type MergeResult } from './merge';
export type { ServiceOptions, CheckOptions } from './common';
export { readWorkbookPlan, type HeldPlan } from './workbook-plan';
export { PlanMismatchError, isPlanMismatch } from './plan-mismatch';
