/**
 * An in-memory workbook: sheets as cell grids plus table and format metadata. Used by the browser
 * preview (outside Excel) and by tests. It interprets SheetSpecs the way the Office adapter does,
 * minus what only Excel can show (formulas are kept, not evaluated; charts are recorded).
 */
import { cellA1, deleteCellsInRange, parseCell, parseRange } from '../../layout/a1';
import { sameSheetName } from '../../layout/sheet-name';
import type { ReadCell, TableRead } from '../../layout/readback/table-read';
import type { CellValue, ChartSpec, ConditionalFormatSpec, PrintSpec, SheetSpec } from '../../layout/spec';
import {
  workbookError,
  type ProgressListener,
  type SheetInfo,
  type TableRef,
  type WorkbookPort,
  type WriteRequest,
} from '../port';

/** What a cell may hold: what the add-in writes, or an error value a planner's formula produced. */
export type StoredCell = CellValue | { error: string };

export interface MemoryTable {
  name: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  /** Data rows, header excluded. */
  rowCount: number;
}

export interface MemorySheet {
  name: string;
  owned: boolean;
  /** Hidden from the tabs (the preview does not show it). */
  hidden: boolean;
  cells: Map<string, StoredCell>;
  numberFormats: Map<string, string>;
  fills: Map<string, string>;
  tables: MemoryTable[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  /** The spec last written to this sheet, for inspection. */
  spec: SheetSpec | null;
  /** The print setup last written (orientation, fit, repeated rows, header, print area), or none. */
  print: PrintSpec | null;
}

function emptySheet(name: string, owned: boolean): MemorySheet {
  return { name, owned, hidden: false, cells: new Map(), numberFormats: new Map(), fills: new Map(), tables: [], conditionalFormats: [], charts: [], spec: null, print: null };
}

function toReadCell(cell: StoredCell | undefined): ReadCell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string') return cell === '' ? null : cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if ('date' in cell) return { date: cell.date };
  if ('error' in cell) return { error: cell.error };
  if ('link' in cell) return cell.link.text;
  return cell.formula;
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[] = [];
  /** The sheet and cell last selected or activated. */
  selection: { sheet: string; cell: string } | null = null;
  /** How many times `write` was called (a command should write once). */
  writes = 0;

  /** A planner's sheet (not owned by the add-in), e.g. for "untouched" tests. */
  addPlannerSheet(name: string, cells: Record<string, StoredCell> = {}): MemorySheet {
    const sheet = emptySheet(name, false);
    for (const [address, value] of Object.entries(cells)) sheet.cells.set(address, value);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Found as Excel finds a sheet: ignoring case (and Unicode normalisation). */
  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sameSheetName(sheet.name, name));
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** A planner typing into a cell. */
  setCell(sheetName: string, address: string, value: StoredCell): void {
    const sheet = this.requireSheet(sheetName);
    sheet.cells.set(address, value);
    // Typing just under a table, or a header just right of it, extends it, as Excel does.
    const { row, column } = parseCell(address);
    for (const table of sheet.tables) {
      const inColumns = column >= table.firstColumn && column < table.firstColumn + table.columnCount;
      if (inColumns && row === table.headerRow + table.rowCount + 1) table.rowCount += 1;
      if (row === table.headerRow && column === table.firstColumn + table.columnCount) table.columnCount += 1;
    }
  }

  getCell(sheetName: string, address: string): StoredCell | undefined {
    return this.sheet(sheetName)?.cells.get(address);
  }

  /** Renames a table (a planner's accident, for tests). */
  renameTable(sheetName: string, from: string, to: string): void {
    const table = this.requireSheet(sheetName).tables.find((t) => t.name === from);
    if (table) table.name = to;
  }

  /** A stable, comparable picture of every sheet (cells sorted by address). */
  dump(): Record<string, Record<string, StoredCell>> {
    const out: Record<string, Record<string, StoredCell>> = {};
    for (const sheet of this.sheets) {
      out[sheet.name] = Object.fromEntries([...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b)));
    }
    return out;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((sheet) => ({ name: sheet.name, tables: sheet.tables.map((t) => t.name), hidden: sheet.hidden }));
  }

  async readTables(refs: TableRef[]): Promise<(TableRead | null)[]> {
    return refs.map((ref) => this.readTable(ref));
  }

  private readTable(ref: TableRef): TableRead | null {
    const sheet = this.sheet(ref.sheet);
    if (!sheet) return null;
    const table = ref.table === undefined ? sheet.tables[0] : sheet.tables.find((t) => t.name === ref.table);
    if (!table) return null;
    const row = (r: number) =>
      Array.from({ length: table.columnCount }, (_, c) => toReadCell(sheet.cells.get(cellA1(r, table.firstColumn + c))));
    return {
      sheet: sheet.name,
      table: table.name,
      headers: row(table.headerRow).map((cell) => (cell === null ? '' : typeof cell === 'object' ? '' : String(cell))),
      rows: Array.from({ length: table.rowCount }, (_, i) => row(table.headerRow + 1 + i)),
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
    };
  }

  async write(request: WriteRequest, onProgress?: ProgressListener): Promise<void> {
    this.writes += 1;
    // As Excel: a sheet spelled differently ("tổng quan") blocks ours, and nothing is written.
    for (const spec of request.sheets) {
      const existing = this.sheet(spec.name);
      if (existing && existing.name !== spec.name) throw workbookError('sheet-name-taken', existing.name);
    }
    request.sheets.forEach((spec, index) => {
      this.writeSheet(spec);
      onProgress?.({ fraction: (index + 1) / request.sheets.length, step: { vi: `Đã ghi trang "${spec.name}"`, en: `Wrote sheet "${spec.name}"` } });
    });
    for (const patch of request.patches ?? []) {
      const sheet = this.requireSheet(patch.sheet);
      const origin = parseCell(patch.topLeft);
      patch.values.forEach((values, r) => values.forEach((value, c) => sheet.cells.set(cellA1(origin.row + r, origin.column + c), value)));
    }
    for (const marks of request.marks ?? []) {
      const sheet = this.requireSheet(marks.sheet);
      if (marks.clear) deleteCellsInRange(sheet.fills, marks.clear);
      for (const cell of marks.cells) sheet.fills.set(cell, marks.fill);
    }
    for (const patch of request.pageHeaders ?? []) {
      const sheet = this.requireSheet(patch.sheet);
      if (sheet.print) sheet.print = { ...sheet.print, header: patch.header };
    }
    if (request.activate) this.selection = { sheet: request.activate.sheet, cell: request.activate.cell ?? 'A1' };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.requireSheet(sheet);
    this.selection = { sheet, cell };
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw workbookError('sheet-missing', name);
    return sheet;
  }

  private writeSheet(spec: SheetSpec): void {
    const fresh = emptySheet(spec.name, spec.owned);
    fresh.spec = spec;
    const index = this.sheets.findIndex((sheet) => sheet.name === spec.name);
    fresh.print = spec.print;
    fresh.hidden = spec.hidden ?? (index >= 0 && this.sheets[index].hidden);
    if (index >= 0) this.sheets[index] = fresh;
    else this.sheets.push(fresh);
    for (const block of spec.blocks) {
      block.cells.forEach((value, c) => {
        if (value !== null) fresh.cells.set(cellA1(block.row, block.column + c), value);
      });
    }
    for (const table of spec.tables) {
      table.columns.forEach((column, c) => {
        const col = table.firstColumn + c;
        fresh.cells.set(cellA1(table.headerRow, col), column.header);
        for (let r = 0; r < table.rows.length + table.spareRows; r += 1) {
          if (column.numberFormat) fresh.numberFormats.set(cellA1(table.headerRow + 1 + r, col), column.numberFormat);
        }
      });
      table.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) fresh.cells.set(cellA1(table.headerRow + 1 + r, table.firstColumn + c), value);
        }),
      );
      fresh.tables.push({ name: table.name, headerRow: table.headerRow, firstColumn: table.firstColumn, columnCount: table.columns.length, rowCount: table.rows.length });
    }
    for (const fill of spec.fills) {
      const area = parseRange(fill.range);
      for (let r = area.top; r <= area.bottom; r += 1) for (let c = area.left; c <= area.right; c += 1) fresh.fills.set(cellA1(r, c), fill.fill);
    }
    fresh.conditionalFormats = [...spec.conditionalFormats];
    fresh.charts = [...spec.charts];
  }
}
