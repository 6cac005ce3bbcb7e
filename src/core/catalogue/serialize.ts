/**
 * serializeCatalogue: the catalogue as JSON text with a stable key order and 2-space indent, so an
 * exported file diffs cleanly and the embedded src/catalogues/plan-43.json is byte-identical to it.
 */
import type { Catalogue, DeadlineWindow, PlanInfo, Section, SourceGap, Task } from '../model';

type Ordered = Record<string, unknown>;

/** Copies the listed keys in order, leaving out the optional ones that are absent. */
function pick<T extends object>(value: T, keys: readonly (keyof T & string)[]): Ordered {
  const ordered: Ordered = {};
  for (const key of keys) {
    if (value[key] !== undefined) ordered[key] = value[key];
  }
  return ordered;
}

const PLAN_KEYS: readonly (keyof PlanInfo & string)[] = ['number', 'issuer', 'place', 'issued', 'title', 'implements', 'source', 'identity'];
const SECTION_KEYS: readonly (keyof Section & string)[] = ['id', 'title', 'lead'];
const GAP_KEYS: readonly (keyof SourceGap & string)[] = ['section', 'description'];
const DEADLINE_KEYS: readonly (keyof DeadlineWindow & string)[] = ['text', 'start', 'end', 'kind', 'convention', 'recurrence'];
const TASK_KEYS: readonly (keyof Task & string)[] = [
  'id', 'section', 'heading', 'text', 'original', 'lead', 'support', 'deadline', 'incomplete', 'remarks', 'lines',
];

function orderDeadline(deadline: DeadlineWindow): Ordered {
  const ordered = pick(deadline, DEADLINE_KEYS);
  if (deadline.recurrence) ordered.recurrence = { every: deadline.recurrence.every, on: deadline.recurrence.on ?? null };
  return ordered;
}

function orderTask(task: Task): Ordered {
  return { ...pick(task, TASK_KEYS), deadline: orderDeadline(task.deadline) };
}

/**
 * `compact`: one line without indentation (the copy a workbook stores, where size counts); the same
 * keys in the same order.
 */
export function serializeCatalogue(catalogue: Catalogue, { compact = false }: { compact?: boolean } = {}): string {
  const ordered = {
    format: catalogue.format,
    version: catalogue.version,
    plan: pick(catalogue.plan, PLAN_KEYS),
    sections: catalogue.sections.map((section) => pick(section, SECTION_KEYS)),
    tasks: catalogue.tasks.map(orderTask),
    gaps: catalogue.gaps.map((gap) => pick(gap, GAP_KEYS)),
  };
  return compact ? JSON.stringify(ordered) : `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * The compact text in pieces, one task at a time, that join to serializeCatalogue(catalogue,
 * { compact: true }): a large plan's text (~100 M characters at 100,000 tasks) can then be cut
 * into cell parts without first being made one string, which V8 builds in pieces and copies
 * whole again at its first use (about a second, and twice its size in memory, at that size).
 * Compact JSON has no space between values, so each value stringified on its own is the same text.
 */
export function* compactCataloguePieces(catalogue: Catalogue): Generator<string> {
  const head = JSON.stringify({
    format: catalogue.format,
    version: catalogue.version,
    plan: pick(catalogue.plan, PLAN_KEYS),
    sections: catalogue.sections.map((section) => pick(section, SECTION_KEYS)),
  });
  // The same object without its closing brace, then the tasks and the gaps in their place.
  yield `${head.slice(0, -1)},"tasks":[`;
  for (const [index, task] of catalogue.tasks.entries()) yield `${index > 0 ? ',' : ''}${JSON.stringify(orderTask(task))}`;
  yield `],"gaps":${JSON.stringify(catalogue.gaps.map((gap) => pick(gap, GAP_KEYS)))}}`;
}
