/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day. */
import type { IsoDate } from './model';

const MS_PER_DAY = 86_400_000;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [+match[1], +match[2], +match[3]];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8, 10) };
}

function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 1–4 */
export function quarterOf(date: IsoDate): number {
  return Math.floor((parts(date).month - 1) / 3) + 1;
}

/** "2018-Q1" */
export function quarterKey(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${quarterOf(date)}`;
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatVietnameseDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * A calendar date as a planner writes it — 30/06/2019 (also 1/7/2019, 30-06-2019, 30.06.2019, one
 * separator throughout) — or ISO 2019-06-30; null when it is neither or no such day exists
 * (31/06/2019). Shared by the pane's date field and the command line's date options.
 */
export function readWrittenDate(text: string): IsoDate | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (!match) return null;
  const date = isoDate(Number(match[4]), Number(match[3]), Number(match[1]));
  return isIsoDate(date) ? date : null;
}

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials after Feb 1900).
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

/**
 * Excel counts a 29/02/1900 that never was (serial 60, kept from Lotus 1-2-3): serials 1–59
 * (01/01/1900–28/02/1900) are one day later than a plain count from day 0.
 */
const EXCEL_PHANTOM_LEAP_DAY = 60;
/** The last serial Excel shows as a date: 31/12/9999. */
export const EXCEL_LAST_DATE_SERIAL = 2_958_465;

/**
 * True when Excel shows `serial` as a date: 1 (01/01/1900) to 2958465 (31/12/9999), except the
 * phantom 29/02/1900. Any other number in a date-formatted cell is a number, not a date.
 */
export function isExcelDateSerial(serial: number): boolean {
  const day = Math.floor(serial);
  return Number.isFinite(serial) && day >= 1 && day <= EXCEL_LAST_DATE_SERIAL && day !== EXCEL_PHANTOM_LEAP_DAY;
}

/** Excel serial day number → ISO date (fractions, i.e. times of day, are dropped). */
export function fromExcelSerial(serial: number): IsoDate {
  const day = Math.floor(serial);
  return fromDayNumber(EXCEL_EPOCH_DAY + day + (day < EXCEL_PHANTOM_LEAP_DAY ? 1 : 0));
}

export function toExcelSerial(date: IsoDate): number {
  const plain = toDayNumber(date) - EXCEL_EPOCH_DAY;
  return plain <= EXCEL_PHANTOM_LEAP_DAY ? plain - 1 : plain;
}

/** Today on the user's own calendar (local time, not UTC: at 06:00 in Hà Nội it is already today). */
export function localToday(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
