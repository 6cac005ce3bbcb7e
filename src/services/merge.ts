/**
 * Merging a fresh catalogue into a tasks sheet the planner has edited. Decisions (docs/sheets.md):
 * - catalogue columns (section, task text, source remarks) are refreshed from the plan;
 * - planner columns (progress, completion date, note) are always kept;
 * - lead, support, time phrase, start and end: the sheet's value wins; every cell where it differs
 *   from the plan is kept and listed, so the planner sees both;
 * - a task no longer in the catalogue is kept and marked retired, never deleted;
 * - rows the planner added are kept as they are;
 * - rows stay where the sheet has them (the planner may have sorted them, and their own columns
 *   and formulas sit beside them); tasks new to the plan come after, in the plan's order.
 */
import { formatVietnameseDate } from '../core/dates';
import type { Catalogue, Task, TaskField, TrackedTask } from '../core/model';
import type { RowOrigin } from '../layout/readback';
import { OWNER_SEPARATOR } from '../layout/tasks-columns';

export interface KeptEdit {
  taskId: string;
  field: Extract<TaskField, 'lead' | 'support' | 'deadline' | 'start' | 'end'>;
  /** What the sheet holds (kept). */
  sheet: string;
  /** What the plan says. */
  plan: string;
}

export interface MergeResult {
  tasks: TrackedTask[];
  /** Ids of rows the planner added. */
  plannerRows: Set<string>;
  added: string[];
  retired: string[];
  kept: KeptEdit[];
}

const list = (items: readonly string[]) => items.join(OWNER_SEPARATOR);
const day = (date: string | null) => (date ? formatVietnameseDate(date) : '');

export function mergeCatalogue(
  catalogue: Catalogue,
  existing: readonly TrackedTask[],
  origins: ReadonlyMap<string, RowOrigin>,
): MergeResult {
  const onSheet = new Map<string, TrackedTask>();
  for (const task of existing) if (!onSheet.has(task.id)) onSheet.set(task.id, task);
  const kept: KeptEdit[] = [];
  const added: string[] = [];

  // Only needed for tasks already on the sheet (none in a new workbook).
  const fromCatalogue = new Map(existing.length > 0 ? catalogue.tasks.map((task) => [task.id, task]) : []);
  const refreshed = (task: Task, row: TrackedTask): TrackedTask => {
    const keep = (field: KeptEdit['field'], sheet: string, plan: string) => {
      if (sheet !== plan) kept.push({ taskId: task.id, field, sheet, plan });
    };
    keep('lead', list(row.lead), list(task.lead));
    keep('support', list(row.support), list(task.support));
    keep('deadline', row.deadline.text, task.deadline.text);
    keep('start', day(row.deadline.start), day(task.deadline.start));
    keep('end', day(row.deadline.end), day(task.deadline.end));
    const phraseEdited = row.deadline.text !== task.deadline.text;
    const datesEdited = row.deadline.start !== task.deadline.start || row.deadline.end !== task.deadline.end;
    return {
      ...task,
      lead: row.lead,
      support: row.support,
      // The plan's reading (kind, convention) stays unless the planner rewrote the phrase or dates.
      deadline: phraseEdited || datesEdited ? row.deadline : task.deadline,
      progress: row.progress,
      completedOn: row.completedOn,
      note: row.note,
    };
  };

  // One entry per row of the sheet, in the sheet's order.
  const merged: TrackedTask[] = [];
  const retired: string[] = [];
  const plannerRows = new Set<string>();
  const firstRow = new Set<string>();
  for (const task of existing) {
    const repeat = firstRow.has(task.id);
    firstRow.add(task.id);
    const planned = fromCatalogue.get(task.id);
    if (planned && !repeat) {
      merged.push(refreshed(planned, task));
      continue;
    }
    // A repeated id (a copied row) is kept as it is; validation reports the duplicate.
    const origin = origins.get(task.id) ?? 'planner';
    if (origin === 'planner' || repeat) {
      if (origin === 'planner') plannerRows.add(task.id);
      merged.push(task);
    } else {
      retired.push(task.id);
      merged.push({ ...task, retired: true });
    }
  }
  for (const task of catalogue.tasks) {
    if (onSheet.has(task.id)) continue;
    added.push(task.id);
    // Object.assign, not a spread with fields added: V8 gives each such spread object a shape of
    // its own, ten times slower (a second for 100,000 new tasks). The same fields, in the same order.
    merged.push(Object.assign({}, task, { progress: null, completedOn: null, note: '' }));
  }
  return { tasks: merged, plannerRows, added, retired, kept };
}
