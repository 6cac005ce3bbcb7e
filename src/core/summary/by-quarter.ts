import { parts, quarterKey } from '../dates';
import type { Status } from '../model';
import { STATUS_ORDER } from '../status';
import type { Assessed } from './assess';
import type { QuarterRow } from './types';

/** Beyond this many quarters (a century) the timeline shows only quarters that hold a deadline. */
const MAX_FILLED_QUARTERS = 400;

function emptyRow(quarter: string): QuarterRow {
  const byStatus = {} as Record<Status, number>;
  for (const status of STATUS_ORDER) byStatus[status] = 0;
  return { quarter, total: 0, byStatus };
}

/** Quarter index counted from year 0, so quarters can be stepped through. */
function ordinal(date: string): number {
  const { year, month } = parts(date);
  return year * 4 + Math.floor((month - 1) / 3);
}

function keyOfOrdinal(n: number): string {
  return `${String(Math.floor(n / 4)).padStart(4, '0')}-Q${(n % 4) + 1}`;
}

/**
 * Tasks counted in the quarter of their deadline, by status; every quarter from the plan's first
 * date (any start or deadline) to its last is present, empty ones with zeros, for a timeline.
 */
export function byQuarter(assessed: Assessed[]): QuarterRow[] {
  const rows = new Map<string, QuarterRow>();
  const keys = new Map<string, string>(); // deadline → quarter key: the same dates recur across tasks
  // ISO dates compare as text, so the span is found without parsing every date.
  let earliest: string | null = null;
  let latest: string | null = null;
  for (const { task, result } of assessed) {
    for (const date of [task.deadline.start, result.deadline]) {
      if (date === null) continue;
      if (earliest === null || date < earliest) earliest = date;
      if (latest === null || date > latest) latest = date;
    }
    if (result.deadline === null) continue;
    let key = keys.get(result.deadline);
    if (key === undefined) keys.set(result.deadline, (key = quarterKey(result.deadline)));
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRow(key)));
    row.total += 1;
    row.byStatus[result.status] += 1;
  }
  if (earliest === null || latest === null) return [];
  const first = ordinal(earliest);
  const last = ordinal(latest);
  if (last - first >= MAX_FILLED_QUARTERS) return [...rows.values()].sort((a, b) => (a.quarter < b.quarter ? -1 : 1));
  const timeline: QuarterRow[] = [];
  for (let n = first; n <= last; n += 1) {
    const key = keyOfOrdinal(n);
    timeline.push(rows.get(key) ?? emptyRow(key));
  }
  return timeline;
}
