export { createOfficePort, REQUIRED_API, PRINT_API, type OfficePortOptions, type ExcelRun } from './office-port';
export { DEFAULT_MAX_REQUEST_BYTES, type BatchStats } from './batch';
export { toWorkbookError } from './errors';
