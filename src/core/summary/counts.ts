import type { IsoDate, Status } from '../model';
import type { Assessed } from './assess';
import type { ProgressCounts, StatusCounts, StatusPercentages } from './types';

export function emptyCounts(): StatusCounts {
  return {
    total: 0, dueSoFar: 0, done: 0, doneOnTime: 0, doneLate: 0, overdue: 0, inProgress: 0, dueSoon: 0,
    notStarted: 0, paused: 0, notDue: 0, ongoing: 0, noDeadline: 0,
  };
}

export function emptyProgressCounts(): ProgressCounts {
  return { none: 0, 'not-started': 0, 'in-progress': 0, done: 0, paused: 0 };
}

/** Adds one task to the counts by what the planner entered (mutates). */
export function addProgress(counts: ProgressCounts, { task }: Assessed): void {
  counts[task.progress ?? 'none'] += 1;
}

/** The count each status adds to. */
const COUNTED_AS: Record<Status, keyof StatusCounts> = {
  'done-on-time': 'doneOnTime',
  'done-late': 'doneLate',
  overdue: 'overdue',
  'due-soon': 'dueSoon',
  'in-progress': 'inProgress',
  'not-started': 'notStarted',
  paused: 'paused',
  'not-due': 'notDue',
  ongoing: 'ongoing',
  'no-deadline': 'noDeadline',
};

/** The count of one status, so a sheet can list statuses in STATUS_ORDER without knowing the keys. */
export function countOfStatus(counts: StatusCounts, status: Status): number {
  return counts[COUNTED_AS[status]];
}

/** Adds one task to the counts (mutates, so big lists are counted in one pass). */
export function addTo(counts: StatusCounts, { result }: Assessed, asOf: IsoDate): void {
  counts.total += 1;
  counts[COUNTED_AS[result.status]] += 1;
  if (result.status === 'done-on-time' || result.status === 'done-late') counts.done += 1;
  if (result.deadline !== null && result.deadline <= asOf) counts.dueSoFar += 1;
}

/** part / whole in percent with one decimal; 0 when there is nothing to divide. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

export function percentages(counts: StatusCounts): StatusPercentages {
  const result = {} as StatusPercentages;
  for (const key of Object.keys(counts) as (keyof StatusCounts)[]) result[key] = percent(counts[key], counts.total);
  return result;
}
