/** The words Vietnamese progress reports use, Vietnamese first. */
import type { Localized, Progress, Status } from '../model';

export const STATUS_LABELS: Record<Status, Localized> = {
  'done-on-time': { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  'done-late': { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue, not done' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'in-progress': { vi: 'Đang thực hiện (trong hạn)', en: 'In progress (within deadline)' },
  'not-due': { vi: 'Chưa đến hạn', en: 'Not yet due' },
  'no-deadline': { vi: 'Thường xuyên / không xác định thời hạn', en: 'Ongoing / no deadline' },
};

export const PROGRESS_LABELS: Record<Progress, Localized> = {
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
};

/** Every status in report order: done first, then what needs attention, then the rest. */
export const STATUS_ORDER: readonly Status[] = [
  'done-on-time',
  'done-late',
  'overdue',
  'due-soon',
  'in-progress',
  'not-due',
  'no-deadline',
];
