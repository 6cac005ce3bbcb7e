/** Cells as Excel takes them (values with their number formats), written in chunks under the budget. */
import { quoteSheet, rangeA1 } from '../../layout/a1';
import type { CellValue, ColumnSpec } from '../../layout/spec';
import { jsonBytes, OPERATION_BYTES, type Batcher } from './batch';
import { toExcelCell, type ExcelScalar } from './cell-values';

export interface Grid {
  values: ExcelScalar[][];
  formats: string[][];
}

export function toGrid(rows: readonly CellValue[][], columnFormats: readonly string[]): Grid {
  const values: ExcelScalar[][] = [];
  const formats: string[][] = [];
  for (const row of rows) {
    const v: ExcelScalar[] = [];
    const f: string[] = [];
    row.forEach((cell, c) => {
      const excel = toExcelCell(cell, columnFormats[c]);
      v.push(excel.value);
      f.push(excel.format);
    });
    values.push(v);
    formats.push(f);
  }
  return { values, formats };
}

/** The columns [from, to) of a grid. */
export function gridColumns(grid: Grid, from: number, to: number): Grid {
  return { values: grid.values.map((row) => row.slice(from, to)), formats: grid.formats.map((row) => row.slice(from, to)) };
}

/**
 * Writes a grid in row chunks that each fit the batch budget, `rangeOf(start, count)` giving the
 * range of rows start…start+count-1: numberFormat is set before values so text that looks like a
 * formula stays text.
 */
export async function writeGridAt(batch: Batcher, grid: Grid, rangeOf: (start: number, count: number) => Excel.Range): Promise<void> {
  let start = 0;
  while (start < grid.values.length) {
    let end = start;
    let bytes = 2 * OPERATION_BYTES;
    const room = Math.max(batch.room, batch.budget / 2);
    while (end < grid.values.length) {
      // Each row's JSON plus the comma that joins it to the next, in both arrays.
      const rowBytes = jsonBytes(grid.values[end]) + jsonBytes(grid.formats[end]) + 2;
      if (end > start && bytes + rowBytes > room) break;
      bytes += rowBytes;
      end += 1;
    }
    await batch.reserve(bytes);
    const range = rangeOf(start, end - start);
    range.numberFormat = grid.formats.slice(start, end);
    range.values = grid.values.slice(start, end);
    start = end;
  }
}

/** Writes rows starting at sheet cell (top, left). */
export function writeGrid(sheet: Excel.Worksheet, batch: Batcher, top: number, left: number, grid: Grid): Promise<void> {
  const width = grid.values[0]?.length ?? 0;
  return writeGridAt(batch, grid, (start, count) => sheet.getRange(rangeA1(top + start, left, top + start + count - 1, left + width - 1)));
}

/** Excel column width is in points; a character of the default font is about 7 px = 5.25 pt. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** A column's dropdown list, as the layout asks. */
export function applyValidation(range: Excel.Range, column: ColumnSpec): void {
  const rule = column.validation;
  if (!rule) return;
  const source = rule.kind === 'values' ? rule.values.join(',') : `=${quoteSheet(rule.sheet)}!${rule.range}`;
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: rule.strict ? 'Stop' : 'Warning',
    title: 'Plan Tracker',
    message: rule.strict ? 'Hãy chọn một giá trị trong danh sách.' : 'Giá trị không có trong danh sách; vẫn giữ nếu bạn chắc chắn.',
  };
}
