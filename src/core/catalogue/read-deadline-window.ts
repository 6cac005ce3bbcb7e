/** Reads the `deadline` object of an imported task (a DeadlineWindow). */
import type { DeadlineKind, DeadlineWindow, Recurrence, RecurrencePeriod } from '../model';
import { readNullableDate, readString } from './fields';
import { describe, expectObject, isObject, type IssueList } from './issues';

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'missing', 'year', 'month', 'quarter', 'half-year', 'ten-day', 'part', 'range', 'term',
  'milestones', 'from', 'until', 'by-date', 'continuous', 'recurring', 'event', 'unknown',
];

const RECURRENCE_PERIODS: readonly RecurrencePeriod[] = ['year', 'half-year', 'quarter', 'month'];

function isKind(value: unknown): value is DeadlineKind {
  return typeof value === 'string' && (DEADLINE_KINDS as readonly string[]).includes(value);
}

function readRecurrence(value: unknown, path: string, issues: IssueList): Recurrence | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) {
    issues.add(path, `phải là đối tượng hoặc null (là ${describe(value)})`, `must be an object or null (got ${describe(value)})`);
    return undefined;
  }
  const every = value.every;
  if (typeof every !== 'string' || !(RECURRENCE_PERIODS as readonly string[]).includes(every)) {
    issues.add(`${path}.every`, `chu kỳ không hợp lệ (cho phép: ${RECURRENCE_PERIODS.join(', ')})`, `unknown period (allowed: ${RECURRENCE_PERIODS.join(', ')})`);
    return undefined;
  }
  const on = value.on;
  if (on === undefined || on === null) return { every: every as RecurrencePeriod, on: on ?? null };
  const valid = isObject(on) && Number.isInteger(on.month) && Number.isInteger(on.day) &&
    (on.month as number) >= 1 && (on.month as number) <= 12 && (on.day as number) >= 1 && (on.day as number) <= 31;
  if (!valid) {
    issues.add(`${path}.on`, 'phải là { month, day } hợp lệ hoặc null', 'must be a valid { month, day } or null');
    return undefined;
  }
  return { every: every as RecurrencePeriod, on: { month: on.month as number, day: on.day as number } };
}

/** Returns the window, or undefined when any part of it is unusable (the issues say which). */
export function readDeadlineWindow(input: unknown, path: string, issues: IssueList): DeadlineWindow | undefined {
  const value = expectObject(input, path, issues, true);
  if (!value) return undefined;
  const before = issues.count;
  const text = readString(value, 'text', path, issues);
  const start = readNullableDate(value, 'start', path, issues);
  const end = readNullableDate(value, 'end', path, issues);
  if (!isKind(value.kind)) {
    issues.add(`${path}.kind`, `loại thời hạn không hợp lệ ${JSON.stringify(value.kind) ?? 'undefined'} (cho phép: ${DEADLINE_KINDS.join(', ')})`,
      `unknown deadline kind ${JSON.stringify(value.kind) ?? 'undefined'} (allowed: ${DEADLINE_KINDS.join(', ')})`);
  }
  const convention = value.convention ?? null;
  if (convention !== null && typeof convention !== 'string') {
    issues.add(`${path}.convention`, 'phải là chuỗi hoặc null', 'must be a string or null');
  }
  const recurrence = value.recurrence === undefined ? undefined : readRecurrence(value.recurrence, `${path}.recurrence`, issues);
  if (typeof start === 'string' && typeof end === 'string' && start > end) {
    issues.add(path, `ngày bắt đầu ${start} sau ngày kết thúc ${end}`, `start ${start} is after end ${end}`);
  }
  if (issues.count > before || text === undefined || start === undefined || end === undefined || !isKind(value.kind)) return undefined;
  const window: DeadlineWindow = { text, start, end, kind: value.kind, convention: convention as string | null };
  if (recurrence !== undefined) window.recurrence = recurrence;
  return window;
}
