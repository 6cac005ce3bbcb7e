/** The deadline a task is judged by on a given as-of date. */
import { daysInMonth, isoDate, lastDayOfMonth, parts } from '../dates';
import type { DeadlineWindow, IsoDate, Recurrence, RecurrencePeriod } from '../model';

const MONTHS_PER_PERIOD: Record<RecurrencePeriod, number> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };

/** The stated day of a yearly recurrence in a given year (31 of a short month → its last day). */
function yearlyDate(year: number, on: { month: number; day: number }): IsoDate {
  return isoDate(year, on.month, Math.min(on.day, daysInMonth(year, on.month)));
}

/** The due day of the period (of the recurrence) that contains `date`. */
function dueInPeriodOf(date: IsoDate, recurrence: Recurrence): IsoDate {
  const { year, month } = parts(date);
  const length = MONTHS_PER_PERIOD[recurrence.every];
  const lastMonth = Math.ceil(month / length) * length;
  const on = recurrence.on;
  if (!on) return lastDayOfMonth(year, lastMonth);
  if (recurrence.every === 'year') return yearlyDate(year, on);
  // A stated day in a shorter period: that day of the period's last month.
  return isoDate(year, lastMonth, Math.min(on.day, daysInMonth(year, lastMonth)));
}

/**
 * For kind 'recurring' the next due day on or after `asOf` (the period end, or the stated day of
 * the period); not before the window's start when one is set. For every other kind window.end.
 */
export function effectiveEnd(window: DeadlineWindow, asOf: IsoDate): IsoDate | null {
  if (window.kind !== 'recurring') return window.end;
  const recurrence = window.recurrence;
  if (!recurrence) return null;
  const from = window.start !== null && window.start > asOf ? window.start : asOf;
  const due = dueInPeriodOf(from, recurrence);
  if (due >= from) return due;
  // The stated day of this period has passed: the same day of the next period.
  const { year, month } = parts(from);
  const nextMonth = month + MONTHS_PER_PERIOD[recurrence.every];
  const next = nextMonth > 12 ? isoDate(year + 1, nextMonth - 12, 1) : isoDate(year, nextMonth, 1);
  return dueInPeriodOf(next, recurrence);
}
