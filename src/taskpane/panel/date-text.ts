/**
 * The report date as the planner types it: dd/mm/yyyy (also d/m/yyyy, with - or . between), as
 * Vietnamese documents write dates, whatever the browser's locale; yyyy-mm-dd is accepted too. A
 * text field, not <input type="date">, whose display order follows the browser (mm/dd in en-US).
 */
import { formatVietnameseDate, isIsoDate, isoDate } from '../../core/dates';
import type { IsoDate } from '../../core/model';

/** The ISO date the planner meant, or null for text that is not a real calendar day. */
export function parseDateText(text: string): IsoDate | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value);
  if (!match) return null;
  const date = isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return isIsoDate(date) ? date : null;
}

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
