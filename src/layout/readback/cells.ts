/** Turning read-back cells into text, dates and numbers, tolerant of how planners type them. */
import { fromExcelSerial, isExcelDateSerial, isIsoDate, isoDate } from '../../core/dates';
import type { IsoDate } from '../../core/model';
import { clean } from '../../core/text/normalize';
import type { ReadCell } from './table-read';

export function isErrorCell(cell: ReadCell): cell is { error: string } {
  return typeof cell === 'object' && cell !== null && 'error' in cell;
}

export function isBlank(cell: ReadCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as trimmed NFC text ('' when blank), line breaks kept; dates as dd/mm/yyyy. */
export function cellText(cell: ReadCell): string {
  if (cell === null || isErrorCell(cell)) return '';
  if (typeof cell === 'object') {
    const [y, m, d] = cell.date.split('-');
    return `${d}/${m}/${y}`;
  }
  const text = String(cell).normalize('NFC');
  // One line (most cells): the same as below without splitting and joining.
  if (!/[\r\n]/.test(text)) return oneSpaced(text).trim();
  return text
    .split(/\r?\n/)
    .map((line) => oneSpaced(line).trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && index < lines.length - 1))
    .join('\n')
    .trim();
}

/**
 * Runs of spaces, tabs and no-break spaces as one space. Most text has only single spaces, which
 * the replacement would copy unchanged: a quick test spares that copy (most of reading a cell).
 */
function oneSpaced(text: string): string {
  return /[\t\u00a0]| {2}/.test(text) ? text.replace(/[ \t\u00a0]+/g, ' ') : text;
}

/**
 * A date cell: { date }, an Excel serial, or text as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy,
 * dd.mm.yyyy) or ISO yyyy-mm-dd. `undefined` means "there is something here but not a date".
 */
export function cellDate(cell: ReadCell): IsoDate | null | undefined {
  if (cell === null || isBlank(cell)) return null;
  if (isErrorCell(cell)) return undefined;
  if (typeof cell === 'object') return cell.date;
  if (typeof cell === 'number') {
    return isExcelDateSerial(cell) ? fromExcelSerial(cell) : undefined;
  }
  if (typeof cell === 'boolean') return undefined;
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return checked(+iso[1], +iso[2], +iso[3]);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vn) return checked(+vn[3], +vn[2], +vn[1]);
  if (/^\d+(\.\d+)?$/.test(text)) return cellDate(Number(text));
  return undefined;
}

function checked(year: number, month: number, day: number): IsoDate | undefined {
  const date = isoDate(year, month, day);
  return isIsoDate(date) ? date : undefined;
}

/** A whole number cell (days overdue), or null. */
export function cellNumber(cell: ReadCell): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(cell.trim())) return Number(cell.trim());
  return null;
}

/** Several bodies in one cell, separated by ";" or line breaks (commas belong to names). */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n]+/)
    .map((part) => clean(part))
    .filter((part) => part !== '');
}
