import { daysBetween } from '../dates';
import { effectiveEnd } from '../deadline';
import type { DeadlineKind, IsoDate, Settings, Status, TrackedTask } from '../model';

export interface StatusResult {
  status: Status;
  /**
   * Days past the deadline: for 'overdue' (and 'paused' past its deadline) up to the as-of date,
   * for 'done-late' up to completion.
   */
  daysOverdue: number | null;
  /** The deadline used (for recurring tasks, the period end on or after the as-of date). */
  deadline: IsoDate | null;
}

/** Kinds a report calls "thường xuyên": the work goes on, there is no one day it falls due. */
const ONGOING_KINDS: ReadonlySet<DeadlineKind> = new Set<DeadlineKind>(['continuous', 'recurring', 'from']);

/** True for a task a report lists as "thường xuyên" (continuous, recurring or open-ended). */
export function isOngoing(kind: DeadlineKind): boolean {
  return ONGOING_KINDS.has(kind);
}

/**
 * Status of a task on the report date, from what the planner entered and the dates. The full
 * table is in docs/status.md. What the planner entered is never contradicted: "Tạm dừng" stays
 * paused, "Đã hoàn thành" stays done, "Chưa thực hiện" is never reported as being done; where the
 * entry and the dates disagree, a rule (PROGRESS_VS_DEADLINE, COMPLETION_DATE_MISSING) says so.
 */
export function statusOf(task: TrackedTask, settings: Settings): StatusResult {
  const { asOf } = settings;
  const { kind, start } = task.deadline;
  const deadline = kind === 'continuous' || kind === 'event' ? null : effectiveEnd(task.deadline, asOf);
  const daysLeft = deadline === null ? null : daysBetween(asOf, deadline);
  const daysPast = daysLeft !== null && daysLeft < 0 ? -daysLeft : null;

  if (task.progress === 'done') {
    // Done with no date, or with nothing to be late against, counts as on time.
    if (deadline === null || !task.completedOn || task.completedOn <= deadline) {
      return { status: 'done-on-time', daysOverdue: null, deadline };
    }
    return { status: 'done-late', daysOverdue: daysBetween(deadline, task.completedOn), deadline };
  }
  // A pause is a decision, usually by whoever assigned the task: it suspends the deadline.
  if (task.progress === 'paused') return { status: 'paused', daysOverdue: daysPast, deadline };
  const waiting = task.progress !== 'in-progress' && start !== null && start > asOf;
  if (isOngoing(kind)) return { status: waiting ? 'not-due' : 'ongoing', daysOverdue: null, deadline };
  if (deadline === null || daysLeft === null) return { status: 'no-deadline', daysOverdue: null, deadline };
  if (daysPast !== null) return { status: 'overdue', daysOverdue: daysPast, deadline };
  if (daysLeft <= settings.dueSoonDays) return { status: 'due-soon', daysOverdue: null, deadline };
  if (waiting) return { status: 'not-due', daysOverdue: null, deadline };
  if (task.progress === 'not-started') return { status: 'not-started', daysOverdue: null, deadline };
  return { status: 'in-progress', daysOverdue: null, deadline };
}
