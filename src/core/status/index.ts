export { statusOf, type StatusResult } from './status-of';
export { STATUS_LABELS, PROGRESS_LABELS, STATUS_ORDER } from './labels';
export { parseProgress } from './parse-progress';
