/**
 * Tasks whose colours are known, as of 01/03/2019 with a 7-day window: both adapters must show the
 * same colour in the same cells, whatever order their API stores conditional formats in.
 */
import { plan43 } from '../../src/catalogues';
import type { IsoDate, Settings, TrackedTask } from '../../src/core/model';
import { COLOURS } from '../../src/layout/names';

export const colourSettings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };

function task(id: string, end: IsoDate, progress: TrackedTask['progress'], completedOn: IsoDate | null = null): TrackedTask {
  const base = plan43.tasks.find((t) => t.id === 'C.10-01') as TrackedTask;
  return { ...base, id, deadline: { ...base.deadline, end }, progress, completedOn, note: '' };
}

/** Rows 6–13 of "Nhiệm vụ". */
export function colourTasks(): TrackedTask[] {
  return [
    task('T-OVERDUE', '2018-01-31', null),
    task('T-DONE', '2018-01-31', 'done', '2018-01-20'),
    task('T-LATER', '2019-12-31', null),
    task('T-SOON', '2019-03-04', 'in-progress'),
    task('T-WORKING', '2019-12-31', 'in-progress'),
    // Thường xuyên with an end the planner typed or a period's end: the date never makes it red or yellow.
    withKind(task('T-ONGOING-PAST', '2018-12-31', null), 'recurring'),
    withKind(task('T-ONGOING-SOON', '2019-03-04', 'in-progress'), 'from'),
    withKind(task('T-EVENT', '2018-12-31', null), 'event'),
  ];
}

function withKind(tracked: TrackedTask, kind: 'recurring' | 'from' | 'event'): TrackedTask {
  const deadline = { ...tracked.deadline, kind, start: kind === 'from' ? '2018-01-01' : null };
  return { ...tracked, deadline: kind === 'recurring' ? { ...deadline, recurrence: { every: 'year', on: null } } : deadline };
}

/** The fill Excel shows, by cell of "Nhiệm vụ" (Mã NV, Tiến độ, Tình trạng, Số ngày quá hạn). */
export const TASK_COLOURS: Record<string, string | null> = {
  A6: COLOURS.overdue, I6: COLOURS.overdue, L6: COLOURS.overdue, M6: COLOURS.overdue, // overdue, no progress: not grey
  A7: COLOURS.done, L7: COLOURS.done, // done after its deadline passed: not yellow
  A8: COLOURS.notStarted, L8: COLOURS.notStarted,
  A9: COLOURS.dueSoon, L9: COLOURS.dueSoon, // due soon outranks in progress
  A10: COLOURS.inProgress, L10: COLOURS.inProgress,
  A11: COLOURS.notStarted, L11: COLOURS.notStarted, // Thường xuyên, its period ended: not red
  A12: COLOURS.inProgress, L12: COLOURS.inProgress, // Thường xuyên, end within the window: not yellow
  A13: COLOURS.notStarted, L13: COLOURS.notStarted, // Chưa xác định thời hạn: not red by a stray end
  B6: null, // no rule on Mục
};

/** Two tasks on "Tiến độ theo quý": one overdue, one not yet due. */
export function timelineTasks(): TrackedTask[] {
  return [task('T-OVERDUE', '2018-06-30', null), task('T-LATER', '2019-12-31', null)];
}

/** The overdue task's quarters are dark red (the first rule), the other's the timeline blue. */
export const TIMELINE_COLOURS: Record<string, string> = { 'T-OVERDUE': '#C00000', 'T-LATER': COLOURS.timeline };
