/**
 * Reads tables in one Excel.run, all tables side by side. Syncs: 1 (each table's data body shape,
 * its headers and its first rows) + one per chunk of the remaining rows, the chunks of all tables
 * sharing requests. So a plan's tables of up to 64 rows come in one sync, 1,000 tasks in two.
 * The tables are asked for by name (the service has just listed them); only when one has gone
 * meanwhile are the names loaded first, so a missing table still reads as null.
 * Excel on the web also limits responses, so rows come in chunks: a small first one (at most 64
 * rows), then chunks sized from its measured bytes per row.
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

/** Rows may weigh more further down than those measured: a quarter more is assumed. */
const MARGIN = 1.25;

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

function isItemNotFound(error: unknown): boolean {
  const { code, debugInfo } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; debugInfo?: { code?: unknown } };
  return (code ?? debugInfo?.code) === 'ItemNotFound';
}

/** One table being read: what the first sync loads, then its rows as they arrive. */
interface Reading {
  ref: TableRef;
  table: Excel.Table;
  body: Excel.Range;
  header: Excel.Range;
  first: Excel.Range;
  rows: ReadCell[][];
}

function toRows(values: unknown[][], formats: unknown[][], take: number): ReadCell[][] {
  return values.slice(0, take).map((row, r) => row.map((value, c) => fromExcelCell(value, formats[r]?.[c])));
}

/**
 * Reads the given tables, each found by `find` (null: not there). The data body, not the whole
 * table: a Total Row a planner switched on is not data.
 */
async function readFound(batch: Batcher, refs: TableRef[], find: (ref: TableRef) => Excel.Table | null): Promise<(TableRead | null)[]> {
  const readings = refs.map((ref): Reading | null => {
    const table = find(ref);
    if (!table) return null;
    table.load('name');
    const body = table.getDataBodyRange();
    body.load('address,rowCount,columnCount');
    const header = table.getHeaderRowRange();
    header.load('values');
    // The first rows ride along with the shape; rows past the body are cut off once it is known.
    const first = body.getRow(0).getResizedRange(FIRST_CHUNK_ROWS - 1, 0);
    first.load('values,numberFormat');
    return { ref, table, body, header, first, rows: [] };
  });
  await batch.flush();

  // The rest, chunk by chunk: each chunk sized from the heaviest bytes per row its table's rows
  // have weighed so far (with a margin of a quarter; the budget itself is a fifth under Excel's
  // 5 MB), as many chunks in one request as the budget holds.
  const pending: { reading: Reading; start: number; bytesPerRow: number }[] = [];
  for (const reading of readings) {
    if (!reading) continue;
    const take = Math.min(reading.body.rowCount, FIRST_CHUNK_ROWS);
    const values = reading.first.values.slice(0, take);
    const formats = reading.first.numberFormat.slice(0, take);
    reading.rows.push(...toRows(values, formats, take));
    const measured = take > 0 ? (MARGIN * (jsonBytes(values) + jsonBytes(formats))) / take : 0;
    const bytesPerRow = measured > 0 ? measured : reading.body.columnCount * ASSUMED_CELL_BYTES;
    if (take < reading.body.rowCount) pending.push({ reading, start: take, bytesPerRow });
  }
  while (pending.length) {
    let room = batch.budget;
    const loaded: { reading: Reading; range: Excel.Range; take: number; chunk: (typeof pending)[number] }[] = [];
    while (pending.length) {
      const next = pending[0];
      const left = next.reading.body.rowCount - next.start;
      const fit = Math.floor(room / next.bytesPerRow);
      if (fit < 1 && loaded.length) break;
      const take = Math.max(1, Math.min(left, fit));
      const range = next.reading.body.getRow(next.start).getResizedRange(take - 1, 0);
      range.load('values,numberFormat');
      loaded.push({ reading: next.reading, range, take, chunk: next });
      room -= take * next.bytesPerRow;
      next.start += take;
      if (next.start >= next.reading.body.rowCount) pending.shift();
    }
    await batch.flush();
    for (const { reading, range, take, chunk } of loaded) {
      reading.rows.push(...toRows(range.values, range.numberFormat, take));
      chunk.bytesPerRow = Math.max(chunk.bytesPerRow, (MARGIN * (jsonBytes(range.values) + jsonBytes(range.numberFormat))) / take);
    }
  }

  return readings.map((reading) => {
    if (!reading) return null;
    const area = parseRange(localAddress(reading.body.address));
    return {
      sheet: reading.ref.sheet,
      table: reading.table.name,
      headers: (reading.header.values[0] ?? []).map((h) => (h === null || h === undefined ? '' : String(h))),
      rows: reading.rows,
      headerRow: area.top - 1,
      firstColumn: area.left,
    };
  });
}

export async function readTables(context: Excel.RequestContext, batch: Batcher, refs: TableRef[]): Promise<(TableRead | null)[]> {
  const worksheets = context.workbook.worksheets;
  try {
    // The service asks for tables it has just listed: ask for them by name, no names sync first.
    return await readFound(batch, refs, (ref) => {
      const tables = worksheets.getItem(ref.sheet).tables;
      return ref.table === undefined ? tables.getItemAt(0) : tables.getItem(ref.table);
    });
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
  }
  // One has gone since: look the names up, and read what is there.
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await batch.flush();
  return readFound(batch, refs, (ref) => {
    const onSheet = tables.items.filter((t) => t.worksheet.name === ref.sheet);
    return (ref.table === undefined ? onSheet[0] : onSheet.find((t) => t.name === ref.table)) ?? null;
  });
}
