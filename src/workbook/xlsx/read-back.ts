/** A CellValue as the port reads it back from the written file (what SpecWorkbook's reads answer). */
import { cellText } from '../../core/text/cell-text';
import type { ReadCell } from '../../layout/readback/table-read';
import type { CellValue } from '../../layout/spec';
import { bareFormula } from './cell-values';

export function readBack(value: CellValue): ReadCell {
  if (value === null) return null;
  if (typeof value === 'string') return value === '' ? null : cellText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('date' in value) return { date: value.date };
  if ('link' in value) return cellText(value.link.text);
  return `=${bareFormula(value.formula)}`;
}

/** True when two read cells say the same (a date is a new object each time it is read). */
export function sameReadCell(a: ReadCell, b: ReadCell): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if ('date' in a && 'date' in b) return a.date === b.date;
  if ('error' in a && 'error' in b) return a.error === b.error;
  return false;
}
