/** Who leads a set of tasks, counted per body, for "gồm: …" in the report paragraph. */
import { clean, foldKey } from '../text/normalize';
import type { TaskRef } from './types';

export interface BodyCount {
  /** The body as first written; null for tasks with no lead. */
  name: string | null;
  tasks: number;
}

/**
 * Each lead body with its number of tasks, most first (ties in the order met); a task with two
 * leads counts for each, spellings differing only in case or tone placement are one body.
 */
export function bodiesOf(tasks: readonly TaskRef[]): BodyCount[] {
  const byKey = new Map<string, BodyCount>();
  for (const task of tasks) {
    const keys = new Set<string>();
    for (const name of task.lead) {
      const key = foldKey(name);
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      const body = byKey.get(key);
      if (body) body.tasks += 1;
      else byKey.set(key, { name: clean(name), tasks: 1 });
    }
    if (keys.size === 0) {
      const none = byKey.get('');
      if (none) none.tasks += 1;
      else byKey.set('', { name: null, tasks: 1 });
    }
  }
  const bodies = [...byKey.values()];
  // Stable sort: ties keep the order met; tasks with no lead go last.
  return bodies.sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : b.tasks - a.tasks));
}
