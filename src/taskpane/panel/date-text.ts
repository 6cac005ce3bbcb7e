/**
 * The report date as the planner types it: dd/mm/yyyy (also d/m/yyyy, with - or . between), as
 * Vietnamese documents write dates, whatever the browser's locale; yyyy-mm-dd is accepted too. A
 * text field, not <input type="date">, whose display order follows the browser (mm/dd in en-US).
 */
import { formatVietnameseDate, readWrittenDate } from '../../core/dates';
import type { IsoDate } from '../../core/model';

/** The ISO date the planner meant, or null for text that is not a real calendar day. */
export const parseDateText = readWrittenDate;

/** How the field shows an ISO date. */
export function dateText(date: IsoDate): string {
  return formatVietnameseDate(date);
}

/** The due-soon window: a whole number of days, 0 to a year; null otherwise. */
export function parseDueSoonDays(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,3}$/.test(value)) return null;
  const days = Number(value);
  return days <= 366 ? days : null;
}
