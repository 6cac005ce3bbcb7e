export { readTasks, type ReadTasksResult, type ReadTasksOptions, type RowOrigin, type TaskRowRef } from './read-tasks';
export { readOwners, type ReadOwnersResult } from './read-owners';
export { readPlanRecord, readPlanToCheck, type ReadPlanResult, type ReadPlanToCheckResult } from './read-plan';
export { readHistory, type ReadHistoryResult } from './read-history';
export { cellDate, cellText, splitList } from './cells';
export type { ReadCell, TableRead } from './table-read';
