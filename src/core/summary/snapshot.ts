import type { IsoDate, Settings, TrackedTask } from '../model';
import { assessAll, refOf, type Assessed } from './assess';
import type { ChangeSet, Snapshot } from './types';

/** The report before `asOf` to compare with: the last earlier snapshot in the history's order, or null. */
export function previousSnapshot(snapshots: readonly Snapshot[], asOf: IsoDate): Snapshot | null {
  const earlier = snapshots.filter((s) => s.asOf < asOf);
  return earlier.length ? earlier[earlier.length - 1] : null;
}

/** id → status on the as-of date; JSON-serialisable, one per run in the history sheet. */
export function snapshotOf(tasks: TrackedTask[], settings: Settings): Snapshot {
  const statuses: Snapshot['statuses'] = {};
  for (const { task, result } of assessAll(tasks, settings)) statuses[task.id] = result.status;
  return { asOf: settings.asOf, statuses };
}

const isDone = (status: string | undefined): boolean => status === 'done-on-time' || status === 'done-late';

/** What moved since the previous meeting's snapshot. */
export function changesSince(assessed: Assessed[], previous: Snapshot): ChangeSet {
  const changes: ChangeSet = { since: previous.asOf, completed: [], becameOverdue: [], paused: [], added: [] };
  for (const { task, result } of assessed) {
    const before = Object.prototype.hasOwnProperty.call(previous.statuses, task.id) ? previous.statuses[task.id] : undefined;
    if (before === undefined) changes.added.push(refOf(task));
    if (isDone(result.status) && !isDone(before)) changes.completed.push(refOf(task));
    if (result.status === 'overdue' && before !== undefined && before !== 'overdue') changes.becameOverdue.push(refOf(task));
    if (result.status === 'paused' && before !== undefined && before !== 'paused') changes.paused.push(refOf(task));
  }
  return changes;
}
