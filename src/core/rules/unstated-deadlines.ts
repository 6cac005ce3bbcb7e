/** Tasks with no deadline because the plan states none for them (not because a planner cleared one). */
import type { TrackedTask } from '../model';
import type { RuleContext } from './types';

/**
 * From this many tasks without a deadline in the plan's own text, they are one grouped note
 * (DEADLINES_NOT_STATED) rather than a warning each: the plan sets general tasks no date, and
 * forty identical warnings would drown the findings that matter.
 */
export const GROUP_UNSTATED_FROM = 3;

/** Indexes of the live tasks with no time phrase that the plan itself gave none. */
export function unstatedDeadlines(tasks: readonly TrackedTask[], context: RuleContext): number[] {
  const indexes: number[] = [];
  tasks.forEach((task, index) => {
    if (task.retired || task.deadline.kind !== 'missing') return;
    const planned = context.plannedTask(task.id);
    if (planned === null || planned.deadline.kind === 'missing') indexes.push(index);
  });
  return indexes;
}
