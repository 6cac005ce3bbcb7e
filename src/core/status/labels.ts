/** The words Vietnamese progress reports use, Vietnamese first. The one list of statuses and labels. */
import type { Localized, Progress, Status } from '../model';

export const STATUS_LABELS: Record<Status, Localized> = {
  'done-on-time': { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  'done-late': { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue, not done' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'in-progress': { vi: 'Đang thực hiện trong hạn', en: 'In progress, within deadline' },
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  'not-due': { vi: 'Chưa đến hạn', en: 'Not yet due' },
  ongoing: { vi: 'Thường xuyên', en: 'Ongoing' },
  'no-deadline': { vi: 'Chưa xác định thời hạn', en: 'No deadline set' },
};

export const PROGRESS_LABELS: Record<Progress, Localized> = {
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
};

/** What a summary says for a task with nothing in "Tiến độ". */
export const NO_PROGRESS_LABEL: Localized = { vi: 'Chưa nhập tiến độ', en: 'No progress entered' };

/** Every progress value in the order a report counts them (the sheet's list order). */
export const PROGRESS_ORDER: readonly Progress[] = ['done', 'in-progress', 'not-started', 'paused'];

/** Every status in report order: done first, then what needs attention, then the rest. */
export const STATUS_ORDER: readonly Status[] = [
  'done-on-time',
  'done-late',
  'overdue',
  'due-soon',
  'in-progress',
  'not-started',
  'paused',
  'not-due',
  'ongoing',
  'no-deadline',
];

/** Statuses that mean the task is done. */
export const DONE_STATUSES: ReadonlySet<Status> = new Set<Status>(['done-on-time', 'done-late']);
