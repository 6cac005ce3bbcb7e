/**
 * Reads tables in one Excel.run. Syncs: 1 (table names) + 1 (each table's address and headers)
 * + one per row chunk. Excel on the web also limits responses, so rows come in chunks: a small
 * first one (at most 64 rows), then chunks sized from its measured bytes per row.
 */
import { parseRange } from '../../layout/a1';
import type { ReadCell, TableRead } from '../../layout/readback/table-read';
import type { SheetInfo, TableRef } from '../port';
import { jsonBytes, type Batcher } from './batch';
import { fromExcelCell } from './cell-values';

/** Bytes per cell assumed before anything is measured (values + number formats, long text). */
const ASSUMED_CELL_BYTES = 400;

/**
 * Rows of the first chunk at most, before any row is measured: a row may hold far more than the
 * assumption. The stored plan's rows carry up to 30,000 characters of JSON, about 39 KB as they
 * travel (1.3 bytes a character, measured on Plan 43 and Plan 141/KH-UBND), so 64 of them are
 * about 2.5 MB, under the budget; and a tasks or owners table of a real plan (24–51 rows) still
 * comes in one chunk.
 */
const FIRST_CHUNK_ROWS = 64;

export async function listSheets(context: Excel.RequestContext, batch: Batcher): Promise<SheetInfo[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await batch.flush();
  return worksheets.items.map((sheet) => ({
    name: sheet.name,
    tables: tables.items.filter((t) => t.worksheet.name === sheet.name).map((t) => t.name),
    hidden: sheet.visibility !== 'Visible',
  }));
}

/** The address part after "Sheet!": "'Nhiệm vụ'!A5:O56" → "A5:O56". */
function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

export async function readTables(context: Excel.RequestContext, batch: Batcher, refs: TableRef[]): Promise<(TableRead | null)[]> {
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await batch.flush();

  const found = refs.map((ref) => {
    const onSheet = tables.items.filter((t) => t.worksheet.name === ref.sheet);
    return (ref.table === undefined ? onSheet[0] : onSheet.find((t) => t.name === ref.table)) ?? null;
  });
  const shapes = found.map((table) => {
    if (!table) return null;
    const range = table.getRange();
    range.load('address,rowCount,columnCount');
    const header = table.getHeaderRowRange();
    header.load('values');
    return { table, range, header };
  });
  await batch.flush();

  const results: (TableRead | null)[] = [];
  for (const [i, shape] of shapes.entries()) {
    if (!shape) {
      results.push(null);
      continue;
    }
    const area = parseRange(localAddress(shape.range.address));
    const columns = shape.range.columnCount;
    const dataRows = shape.range.rowCount - 1;
    const rows = await readRows(context, batch, refs[i].sheet, area.top + 1, area.left, dataRows, columns);
    results.push({
      sheet: refs[i].sheet,
      table: shape.table.name,
      headers: (shape.header.values[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h))),
      rows,
      headerRow: area.top,
      firstColumn: area.left,
    });
  }
  return results;
}

async function readRows(
  context: Excel.RequestContext,
  batch: Batcher,
  sheetName: string,
  top: number,
  left: number,
  count: number,
  columns: number,
): Promise<ReadCell[][]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const rows: ReadCell[][] = [];
  let bytesPerRow = columns * ASSUMED_CELL_BYTES;
  let start = 0;
  while (start < count) {
    const fit = Math.floor(batch.budget / bytesPerRow);
    const take = Math.max(1, Math.min(count - start, start === 0 ? Math.min(fit, FIRST_CHUNK_ROWS) : fit));
    // getRangeByIndexes is 0-based.
    const range = sheet.getRangeByIndexes(top - 1 + start, left - 1, take, columns);
    range.load('values,numberFormat');
    await batch.flush();
    const values = range.values;
    const formats = range.numberFormat;
    values.forEach((row, r) => rows.push(row.map((value, c) => fromExcelCell(value, formats[r]?.[c]))));
    // Size the next chunks from what this one weighed, with a safety margin of 2.
    bytesPerRow = Math.max(bytesPerRow / 4, (2 * (jsonBytes(values) + jsonBytes(formats))) / take);
    start += take;
  }
  return rows;
}
