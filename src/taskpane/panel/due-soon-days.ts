/**
 * The panel's fields as the planner types them. The report date is read by core/dates
 * (readWrittenDate: dd/mm/yyyy whatever the browser's locale, in a text field rather than
 * <input type="date">, whose display order follows the browser) and shown by formatVietnameseDate.
 */

/** The due-soon window: a whole number of days, 0 to a year; null otherwise. */
export function parseDueSoonDays(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,3}$/.test(value)) return null;
  const days = Number(value);
  return days <= 366 ? days : null;
}
