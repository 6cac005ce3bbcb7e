/** The pure layout: sheet specs out, edited rows back in. */
export * from './spec';
export * from './a1';
export { SHEETS, TABLES, COLOURS, TASKS_SHEET_CELLS } from './names';
export { TASK_COLUMNS, PROGRESS_CHOICES, ORIGIN_WORDS, OWNER_SEPARATOR, taskColumnIndex, type TaskColumnKey, type TaskColumn } from './tasks-columns';
export { tasksSheet, taskRow, taskStatusFormats, tasksSheetCell, TASKS_SPARE_ROWS, type TasksSheetInput } from './tasks-sheet';
export { ownersSheet, OWNER_COLUMNS, OWNERS_LIST_RANGE } from './owners-sheet';
export { findingsSheet, SEVERITY_WORDS, type FindingLocator } from './findings-sheet';
export { findingKind } from './finding-kinds';
export { summarySheets, type SummarySheetsInput } from './summary';
export { printSetup } from './print';
export { planSheet, PLAN_HEADER_ROW, PLAN_COLUMNS } from './plan-sheet';
export { archiveSheet, archiveSheetName, type ArchiveSheetInput } from './archive-sheet';
export { splitText, CELL_TEXT_CHUNK } from './text-chunks';
export * from './readback';
