export { statusOf, isOngoing, type StatusResult } from './status-of';
export { STATUS_LABELS, PROGRESS_LABELS, STATUS_ORDER, PROGRESS_ORDER, NO_PROGRESS_LABEL, DONE_STATUSES } from './labels';
export { parseProgress } from './parse-progress';
