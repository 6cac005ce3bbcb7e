/**
 * Cell values between the layout's CellValue / the port's ReadCell and ExcelJS. The only place
 * that knows how ExcelJS spells dates, formulas, errors, rich text and hyperlinks.
 */
import type { Cell, CellValue as ExcelValue } from 'exceljs';
import { formatVietnameseDate, fromExcelSerial, isExcelDateSerial, isoDate, toExcelSerial } from '../../core/dates';
import { cellText } from '../../core/text/cell-text';
import { quoteSheet } from '../../layout/a1';
import type { CellLink, CellValue } from '../../layout/spec';
import type { ReadCell } from '../../layout/readback/table-read';

/** Stands for a formula error whose code ExcelJS did not keep (see readCell). */
export const UNKNOWN_FORMULA_ERROR = '#VALUE!';

// ExcelJS's ValueType.Merge: a cell covered by a merge other than its master cell.
const MERGE_TYPE = 1;

/** ExcelJS's day 0 (serial = 25569 + days since 1970-01-01), ignoring Excel's phantom 29/02/1900. */
const EXCELJS_UNIX_EPOCH_SERIAL = 25_569;
const MS_PER_DAY = 86_400_000;

/**
 * A Date ExcelJS made from a date-formatted number, as the serial it was (see
 * keep-date-serials.ts for numbers too large for a Date, which carry their serial).
 */
export function serialOfDate(date: Date): number {
  const kept = (date as Date & { excelSerial?: number }).excelSerial;
  if (kept !== undefined) return kept;
  return EXCELJS_UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}

/**
 * An ISO date as ExcelJS stores it: from 01/03/1900 the UTC midnight ExcelJS turns into the same
 * serial; earlier days as the serial Excel gives them (ExcelJS would be a day off, not knowing the
 * phantom 29/02/1900); before 1900, which Excel cannot show as a date, as dd/mm/yyyy text.
 */
function excelDate(iso: string): ExcelValue {
  if (iso >= '1900-03-01') return dateOf(iso);
  if (iso >= '1900-01-01') return toExcelSerial(iso);
  return formatVietnameseDate(iso);
}

/** An ISO date as the UTC midnight ExcelJS turns into the same Excel serial. */
export function dateOf(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A JS Date as ExcelJS reads it (UTC-based) → the calendar day it stands for. */
export function isoOfDate(date: Date): string {
  // ExcelJS rounds serials to the millisecond; half a second absorbs float noise around midnight.
  const shifted = new Date(date.getTime() + 500);
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** A formula's text without the leading "=" ExcelJS does not want. */
export function bareFormula(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * An internal link as a HYPERLINK() formula: ExcelJS writes native hyperlinks as external
 * relationships, which Excel opens as a file path; the formula jumps inside the workbook in Excel
 * and LibreOffice alike. The cached result is the link text, so readers see the text.
 */
export function linkFormula(link: CellLink): ExcelValue {
  const target = `#${quoteSheet(link.sheet)}!${link.cell}`;
  const text = cellText(link.text);
  return { formula: `HYPERLINK(${quoted(target)},${quoted(text)})`, result: text };
}

/**
 * A layout CellValue → what ExcelJS stores. Strings stay strings (ExcelJS never parses "=…"), made
 * safe for the file: no character XML forbids, no more than a cell holds (see cell-text.ts).
 */
export function toExcelValue(value: CellValue): ExcelValue {
  if (typeof value === 'string') return value === '' ? null : cellText(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('date' in value) return excelDate(value.date);
  if ('link' in value) return linkFormula(value.link);
  return { formula: bareFormula(value.formula) };
}

type Plain = string | number | boolean | Date | { error: string } | null | undefined;

/**
 * A number in a date-formatted cell: a date when Excel shows it as one (serials 1–2958465, with
 * Excel's phantom 29/02/1900), else the number itself, for the layout to report.
 */
function serialCell(serial: number): ReadCell {
  if (!isExcelDateSerial(serial)) return serial;
  // Float noise from ExcelJS's milliseconds: half a second either way is still the same day.
  return { date: fromExcelSerial(serial + 0.5 / 86_400) };
}

function fromPlain(value: Plain, dateFormatted: boolean): ReadCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    // ExcelJS turns an error result in a date-formatted cell into an Invalid Date, losing which
    // error it was; it is still an error, not an empty cell. A number too large for a Date carries
    // its serial (keep-date-serials.ts) and stays that number.
    const serial = serialOfDate(value);
    return Number.isNaN(serial) ? { error: UNKNOWN_FORMULA_ERROR } : serialCell(serial);
  }
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return dateFormatted ? serialCell(value) : value;
  if (typeof value === 'boolean') return value;
  return { error: value.error };
}

function richTextOf(value: { richText: { text: string }[] }): string {
  return value.richText.map((run) => run.text).join('');
}

/** True when an Excel number format shows a date (d, m with y, or y), ignoring quoted text. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/**
 * What a cell holds, as the port reads it: Date → { date }, formula → its cached result (the
 * formula text "=…" when there is none), error → { error }, rich text and hyperlinks → their
 * text; a cell covered by a merge (not the master) → null.
 */
export function readCell(cell: Cell): ReadCell {
  if (cell.type === MERGE_TYPE) return null;
  const value = cell.value as unknown;
  const dateFormatted = isDateFormat(cell.numFmt);
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) {
    return fromPlain(value as Plain, dateFormatted);
  }
  const record = value as Record<string, unknown>;
  if ('error' in record) return { error: String(record.error) };
  if ('richText' in record && Array.isArray(record.richText)) {
    const text = richTextOf(record as { richText: { text: string }[] });
    return text === '' ? null : text;
  }
  if ('formula' in record || 'sharedFormula' in record) {
    const result = record.result as Plain | { richText: { text: string }[] };
    if (result === undefined || result === null) {
      const formula = String(record.formula ?? record.sharedFormula ?? '');
      return formula === '' ? null : `=${formula}`;
    }
    if (typeof result === 'object' && !(result instanceof Date) && 'richText' in result) return richTextOf(result);
    // An error result in a date-formatted cell reaches here as an Invalid Date (see fromPlain).
    return fromPlain(result as Plain, dateFormatted);
  }
  if ('hyperlink' in record) {
    const text = record.text;
    if (typeof text === 'string') return text === '' ? null : text;
    if (text && typeof text === 'object' && 'richText' in text) return richTextOf(text as { richText: { text: string }[] });
    return typeof record.hyperlink === 'string' ? record.hyperlink : null;
  }
  return null;
}
