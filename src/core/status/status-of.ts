import { daysBetween } from '../dates';
import { effectiveEnd } from '../deadline';
import type { IsoDate, Settings, Status, TrackedTask } from '../model';

export interface StatusResult {
  status: Status;
  /** Days past the deadline: for 'overdue' up to the as-of date, for 'done-late' up to completion. */
  daysOverdue: number | null;
  /** The deadline used (for recurring tasks, the period end on or after the as-of date). */
  deadline: IsoDate | null;
}

/**
 * Status of a task on the report date. Decisions (docs/rules.md):
 * - done with no completion date counts as done on time (COMPLETION_DATE_MISSING flags it);
 * - no progress entered counts as not done;
 * - paused is not done: a paused task past its deadline is overdue, as Vietnamese reports count it;
 * - continuous, event-dependent and open-ended tasks are never overdue;
 * - due soon wins over not-yet-started when both hold, since the deadline is what needs attention.
 */
export function statusOf(task: TrackedTask, settings: Settings): StatusResult {
  const { asOf } = settings;
  const { kind, start } = task.deadline;
  const deadline = kind === 'continuous' || kind === 'event' ? null : effectiveEnd(task.deadline, asOf);

  if (task.progress === 'done') {
    if (deadline === null || !task.completedOn || task.completedOn <= deadline) {
      return { status: 'done-on-time', daysOverdue: null, deadline };
    }
    return { status: 'done-late', daysOverdue: daysBetween(deadline, task.completedOn), deadline };
  }
  if (deadline === null) return { status: 'no-deadline', daysOverdue: null, deadline };
  const daysLeft = daysBetween(asOf, deadline);
  if (daysLeft < 0) return { status: 'overdue', daysOverdue: -daysLeft, deadline };
  if (daysLeft <= settings.dueSoonDays) return { status: 'due-soon', daysOverdue: null, deadline };
  const notStarted = task.progress === null || task.progress === 'not-started';
  if (start !== null && start > asOf && notStarted) return { status: 'not-due', daysOverdue: null, deadline };
  return { status: 'in-progress', daysOverdue: null, deadline };
}
