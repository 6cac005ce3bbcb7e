/** Reads one Excel table of an ExcelJS worksheet into the port's TableRead. */
import type { Cell, Row, Worksheet } from 'exceljs';
import { parseRange } from '../../layout/a1';
import type { ReadCell, TableRead } from '../../layout/readback/table-read';
import { readCell } from './cell-values';

/** The part of ExcelJS's table model this adapter uses (its typings do not expose `model`). */
export interface TableModel {
  name: string;
  /** Whole table range including header and totals, e.g. "A5:O47" (set once a table is stored or loaded). */
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

interface WithTables {
  getTables(): { model: TableModel }[];
}

export function tablesOf(sheet: Worksheet): TableModel[] {
  return (sheet as unknown as WithTables).getTables().map((table) => table.model);
}

/** ExcelJS's Row.findCell (untyped): a cell that exists, without creating one. */
export function existingCell(row: Row | undefined, column: number): Cell | undefined {
  return row ? (row as unknown as { findCell(c: number): Cell | undefined }).findCell(column) : undefined;
}

function cellAt(row: Row | undefined, column: number): ReadCell {
  const cell = existingCell(row, column);
  return cell ? readCell(cell) : null;
}

function rowCells(sheet: Worksheet, rowNumber: number, left: number, right: number): ReadCell[] {
  const row = sheet.findRow(rowNumber);
  return Array.from({ length: right - left + 1 }, (_, i) => cellAt(row, left + i));
}

const isEmpty = (cells: readonly ReadCell[]) => cells.every((cell) => cell === null);

function headerText(cell: ReadCell, fallback: string | undefined): string {
  if (cell === null || typeof cell === 'object') return fallback ?? '';
  return String(cell);
}

/**
 * The table's header and data rows. Rows typed directly under the table (Excel extends the table
 * as one types; LibreOffice and scripts do not) are read as part of it, up to the first empty
 * row or the next table; empty rows at the end are left out.
 */
export function readTable(sheet: Worksheet, table: TableModel, allTables: readonly TableModel[]): TableRead | null {
  const ref = table.tableRef ?? table.ref;
  if (!ref) return null;
  const area = parseRange(ref);
  const headerRow = area.top;
  const headerCells = rowCells(sheet, headerRow, area.left, area.right);
  const headers = headerCells.map((cell, i) => headerText(cell, table.columns?.[i]?.name));
  let last = area.bottom - (table.totalsRow ? 1 : 0);
  if (!table.totalsRow) {
    const otherTops = allTables
      .filter((other) => other !== table)
      .map((other) => parseRange(other.tableRef ?? other.ref ?? 'A1').top)
      .filter((top) => top > last);
    const stop = Math.min(Number.MAX_SAFE_INTEGER, ...otherTops);
    while (last + 1 < stop && !isEmpty(rowCells(sheet, last + 1, area.left, area.right))) last += 1;
  }
  const rows: ReadCell[][] = [];
  for (let r = headerRow + 1; r <= last; r += 1) rows.push(rowCells(sheet, r, area.left, area.right));
  while (rows.length > 0 && isEmpty(rows[rows.length - 1])) rows.pop();
  return { sheet: sheet.name, table: table.name, headers, rows, headerRow, firstColumn: area.left };
}
