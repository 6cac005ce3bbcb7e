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

/** Rows 6–10 of "Nhiệm vụ". */
export function colourTasks(): TrackedTask[] {
  return [
    task('T-OVERDUE', '2018-01-31', null),
    task('T-DONE', '2018-01-31', 'done', '2018-01-20'),
    task('T-LATER', '2019-12-31', null),
    task('T-SOON', '2019-03-04', 'in-progress'),
    task('T-WORKING', '2019-12-31', 'in-progress'),
  ];
}

/** The fill Excel shows, by cell of "Nhiệm vụ" (Mã NV, Tiến độ, Tình trạng, Số ngày quá hạn). */
export const TASK_COLOURS: Record<string, string | null> = {
  A6: COLOURS.overdue, I6: COLOURS.overdue, L6: COLOURS.overdue, M6: COLOURS.overdue, // overdue, no progress: not grey
  A7: COLOURS.done, L7: COLOURS.done, // done after its deadline passed: not yellow
  A8: COLOURS.notStarted, L8: COLOURS.notStarted,
  A9: COLOURS.dueSoon, L9: COLOURS.dueSoon, // due soon outranks in progress
  A10: COLOURS.inProgress, L10: COLOURS.inProgress,
  B6: null, // no rule on Mục
};

/** Two tasks on "Tiến độ theo quý": one overdue, one not yet due. */
export function timelineTasks(): TrackedTask[] {
  return [task('T-OVERDUE', '2018-06-30', null), task('T-LATER', '2019-12-31', null)];
}

/** The overdue task's quarters are dark red (the first rule), the other's the timeline blue. */
export const TIMELINE_COLOURS: Record<string, string> = { 'T-OVERDUE': '#C00000', 'T-LATER': COLOURS.timeline };
