/**
 * A table the planner works in, refreshed in place instead of deleted and re-created: the table
 * object stays, so formulas, PivotTables, filters, sorts, column widths, fills and columns of the
 * planner's that point at it keep working. Its rows only grow (rows.add), each column of the
 * add-in's is written where the sheet now has it (found by header), the planner's columns are
 * left alone, and a column of ours the sheet lacks is added at the right.
 * Every cell keeps either its old or its new value at any moment, and both hold what the planner
 * entered, so a failure between two requests loses nothing.
 */
import { foldKey } from '../../core/text/normalize';
import type { TableSpec } from '../../layout/spec';
import { OPERATION_BYTES, type Batcher } from './batch';
import { applyValidation, columnWidthPoints, gridColumns, toGrid, writeGridAt } from './grid';
import type { InPlaceTable } from './write-check';

/** Headers compared as the readback compares them: case, tone placement and spacing aside. */
const headerKey = (text: string) => foldKey(text);

/** Runs of consecutive sheet columns: [spec column, sheet column, length]. */
function runs(pairs: readonly [number, number][]): [number, number, number][] {
  const sorted = [...pairs].sort((a, b) => a[1] - b[1]);
  const result: [number, number, number][] = [];
  for (const [spec, sheet] of sorted) {
    const last = result[result.length - 1];
    if (last && last[1] + last[2] === sheet && last[0] + last[2] === spec) last[2] += 1;
    else result.push([spec, sheet, 1]);
  }
  return result;
}

export async function refreshTable(batch: Batcher, spec: TableSpec, existing: InPlaceTable): Promise<void> {
  const { table } = existing;
  const width = spec.columns.length;
  const onSheet = existing.headers.map(headerKey);
  const columnAt = spec.columns.map((column) => {
    const exact = onSheet.indexOf(headerKey(column.header));
    return exact >= 0 ? exact : onSheet.findIndex((header) => (column.aliases ?? []).some((alias) => headerKey(alias) === header));
  });

  // A column of ours the sheet lacks: added at the right, named by its header.
  let sheetWidth = existing.headers.length;
  for (const [c, column] of spec.columns.entries()) {
    if (columnAt[c] >= 0) continue;
    await batch.reserve(2 * OPERATION_BYTES);
    const added = table.columns.add(undefined, undefined, column.header);
    added.getRange().format.columnWidth = columnWidthPoints(column.width);
    columnAt[c] = sheetWidth;
    sheetWidth += 1;
  }

  // Rows only grow: a row is never deleted, so no row of the planner's goes. New rows are added
  // blank and written below like the others, so text stays text.
  const rowCount = Math.max(spec.rows.length, existing.rows);
  if (spec.rows.length > existing.rows) {
    const blank = Array.from({ length: spec.rows.length - existing.rows }, () => Array.from({ length: sheetWidth }, () => ''));
    for (let start = 0; start < blank.length; ) {
      const take = Math.max(1, Math.min(blank.length - start, Math.floor(batch.budget / 2 / (sheetWidth * 3 + 2))));
      await batch.reserve(OPERATION_BYTES + take * (sheetWidth * 3 + 2));
      table.rows.add(undefined, blank.slice(start, start + take));
      start += take;
    }
  }

  const body = table.getDataBodyRange();
  const rows = Array.from({ length: rowCount }, (_, r) => spec.rows[r] ?? spec.columns.map(() => null));
  const grid = toGrid(rows, spec.columns.map((c) => c.numberFormat));
  const ours = spec.columns.map((column, c) => [c, columnAt[c]] as [number, number]).filter(([c]) => !spec.columns[c].planner);
  for (const [from, sheetColumn, length] of runs(ours)) {
    await writeGridAt(batch, gridColumns(grid, from, from + length), (start, count) =>
      body.getCell(start, sheetColumn).getResizedRange(count - 1, length - 1));
  }
  // The planner's columns: only in the rows just added (nothing of theirs is there yet).
  if (spec.rows.length > existing.rows) {
    const added = { values: grid.values.slice(existing.rows), formats: grid.formats.slice(existing.rows) };
    for (const [c] of spec.columns.entries()) {
      if (!spec.columns[c].planner) continue;
      await writeGridAt(batch, gridColumns(added, c, c + 1), (start, count) => body.getCell(existing.rows + start, columnAt[c]).getResizedRange(count - 1, 0));
    }
  }

  for (const [c, column] of spec.columns.entries()) {
    await batch.reserve(3 * OPERATION_BYTES);
    const cells = body.getColumn(columnAt[c]);
    if (column.wrap) cells.format.wrapText = true;
    if (column.validation) {
      cells.dataValidation.clear();
      applyValidation(cells, column);
    }
  }
  // After values and wrapping: each row as tall as its wrapped text (never a fixed height).
  if (spec.columns.some((c) => c.wrap) && width > 0) {
    await batch.reserve(OPERATION_BYTES);
    body.format.autofitRows();
  }
}
