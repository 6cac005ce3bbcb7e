/** CellValue ↔ what Excel's `values` and `numberFormat` arrays hold. */
import { fromExcelSerial, isExcelDateSerial, toExcelSerial } from '../../core/dates';
import { cellText } from '../../core/text/cell-text';
import { quoteSheet } from '../../layout/a1';
import { NUMBER_FORMATS, type CellValue } from '../../layout/spec';
import type { ReadCell } from '../../layout/readback/table-read';

export type ExcelScalar = string | number | boolean;

export interface ExcelCell {
  value: ExcelScalar;
  format: string;
}

/** Text Excel would read as a formula (or a sign) unless the cell is formatted as text. */
const FORMULA_LIKE = /^[=+\-@]/;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The value to write and the number format to give the cell first. `columnFormat` is the column's
 * format ('General' when none). Strings that look like formulas get '@' so they stay text; an
 * empty cell is written as "" (null in `values` would mean "leave unchanged").
 */
export function toExcelCell(cell: CellValue, columnFormat: string = NUMBER_FORMATS.general): ExcelCell {
  if (cell === null) return { value: '', format: columnFormat };
  if (typeof cell === 'string') {
    // Excel refuses the whole batch for one cell with a character XML forbids or too much text.
    const text = cellText(cell);
    return { value: text, format: FORMULA_LIKE.test(text) ? NUMBER_FORMATS.text : columnFormat };
  }
  if (typeof cell === 'number' || typeof cell === 'boolean') {
    return { value: cell, format: columnFormat === NUMBER_FORMATS.text ? NUMBER_FORMATS.general : columnFormat };
  }
  if ('date' in cell) return { value: toExcelSerial(cell.date), format: NUMBER_FORMATS.date };
  if ('formula' in cell) return { value: cell.formula, format: NUMBER_FORMATS.general };
  const target = `#${quoteSheet(cell.link.sheet)}!${cell.link.cell}`;
  return { value: `=HYPERLINK(${quoted(target)},${quoted(cellText(cell.link.text))})`, format: NUMBER_FORMATS.general };
}

const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** A date-like number format: has d, m or y outside quotes/brackets, and no time-only codes. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  if (bare === 'general') return false;
  // "m" alone is a month unless hours or seconds say it is minutes.
  return /[dy]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
}

/** One cell as Excel returned it (value + number format) → ReadCell. */
export function fromExcelCell(value: unknown, format: unknown): ReadCell {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    return typeof format === 'string' && isDateFormat(format) && isExcelDateSerial(value) ? { date: fromExcelSerial(value) } : value;
  }
  if (typeof value === 'boolean') return value;
  const text = String(value);
  return ERROR_VALUE.test(text) ? { error: text } : text;
}
