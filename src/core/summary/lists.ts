import { daysBetween } from '../dates';
import type { IsoDate } from '../model';
import { isOngoing } from '../status';
import { refOf, type Assessed } from './assess';
import type { DueSoonItem, NoDeadlineItem, OverdueItem } from './types';

/** Overdue, not done: most days late first; ties keep the plan's order (the input is in plan order). */
export function overdueList(assessed: Assessed[]): OverdueItem[] {
  const items: OverdueItem[] = [];
  for (const { task, result } of assessed) {
    const { status, deadline, daysOverdue } = result;
    if (status === 'overdue' && deadline !== null && daysOverdue !== null) items.push({ ...refOf(task), deadline, daysOverdue });
  }
  return items.sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/** Falling due within the due-soon window: nearest deadline first, ties in plan order. */
export function dueSoonList(assessed: Assessed[], asOf: IsoDate): DueSoonItem[] {
  const items: DueSoonItem[] = [];
  for (const { task, result } of assessed) {
    const { status, deadline } = result;
    if (status === 'due-soon' && deadline !== null) items.push({ ...refOf(task), deadline, daysLeft: daysBetween(asOf, deadline) });
  }
  return items.sort((a, b) => a.daysLeft - b.daysLeft);
}

/**
 * Tasks with no one day to be judged against, listed apart: ongoing (continuous, recurring,
 * open-ended) and event-dependent, missing or unread deadlines, whatever their progress.
 */
export function noDeadlineList(assessed: Assessed[]): NoDeadlineItem[] {
  return assessed
    .filter((a) => a.result.deadline === null || isOngoing(a.task.deadline.kind))
    .map((a) => ({ ...refOf(a.task), kind: a.task.deadline.kind, status: a.result.status }));
}
