/**
 * A new workbook kept as the specs written to it, for `build` at any size: the services write and
 * read through the port as usual, but no cell exists until the file is streamed (stream-xlsx.ts),
 * so memory holds the plan once, not a million ExcelJS cells. Reads answer what the file will
 * hold: text made cell-safe, patches applied, links as their text.
 */
import { cellA1, deleteCellsInRange, parseCell } from '../../layout/a1';
import { sameSheetName } from '../../layout/sheet-name';
import type { TableRead } from '../../layout/readback/table-read';
import type { CellValue, SheetSpec, TableSpec } from '../../layout/spec';
import {
  workbookError,
  type CellMarks,
  type ProgressListener,
  type RangePatch,
  type SheetInfo,
  type TableRef,
  type WorkbookPort,
  type WriteRequest,
} from '../port';
import { KeptReads, type ReadEdit } from './kept-reads';
import { PACK_WHEN, packLongTexts, type PackThresholds } from './packed-text';
import { readBack } from './read-back';
import { streamXlsxBytes } from './stream-xlsx';

/** One sheet as it will be written: its spec, and what later commands put on top of it. */
export interface PendingSheet {
  /** Its table rows may hold packed texts (packed-text.ts): kept-reads.ts and stream-sheet.ts unpack them. */
  spec: SheetSpec;
  hidden: boolean;
  /** Patched values outside the spec's tables, by "row:column". Inside a table they replace its rows. */
  patched: Map<string, { row: number; column: number; value: CellValue }>;
  /** Marked cells (a finding's fill), by A1 address. */
  marks: Map<string, string>;
  /** The cell selected when the sheet is shown. */
  activeCell: string | null;
  /** True once its rows were written out and let go (takeXlsxBytes): it lists, but reads no rows. */
  released?: boolean;
}

export class SpecWorkbook implements WorkbookPort {
  /** The sheets in tab order. */
  readonly sheets: PendingSheet[] = [];
  /** The sheet shown when the file opens. */
  activeSheet: string | null = null;
  /** Each table's read, made once and kept until the table changes. */
  private readonly reads = new KeptReads();
  /** Row arrays this workbook copied from the caller's, which a patch may change in place. */
  private readonly ownArrays = new WeakSet<object>();

  /** `pack`: which long texts are kept deflated (packed-text.ts); tests lower it to see packing at a small size. */
  constructor(private readonly pack: PackThresholds = PACK_WHEN) {}

  private find(name: string): PendingSheet | undefined {
    return this.sheets.find((sheet) => sameSheetName(sheet.spec.name, name));
  }

  private require(name: string): PendingSheet {
    const sheet = this.find(name);
    if (!sheet) throw workbookError('sheet-missing', name);
    return sheet;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((sheet) => ({ name: sheet.spec.name, tables: sheet.spec.tables.map((table) => table.name), hidden: sheet.hidden }));
  }

  async readTables(refs: TableRef[]): Promise<(TableRead | null)[]> {
    return refs.map((ref) => {
      const sheet = this.find(ref.sheet);
      const table = ref.table === undefined ? sheet?.spec.tables[0] : sheet?.spec.tables.find((t) => t.name === ref.table);
      if (sheet?.released) throw new Error(`Sheet "${sheet.spec.name}" was already written to the file; its rows are no longer kept.`);
      return sheet && table ? this.reads.read(sheet.spec.name, table) : null;
    });
  }

  async write(request: WriteRequest, onProgress?: ProgressListener): Promise<void> {
    const targets = [...(request.patches ?? []), ...(request.marks ?? []), ...(request.activate ? [request.activate] : [])];
    for (const { sheet } of targets) if (!request.sheets.some((spec) => spec.name === sheet)) this.require(sheet);
    const total = request.sheets.length;
    request.sheets.forEach((spec, index) => {
      const entry: PendingSheet = { spec: ownTables(spec, this.pack), hidden: spec.hidden ?? false, patched: new Map(), marks: new Map(), activeCell: null };
      const at = this.sheets.findIndex((sheet) => sameSheetName(sheet.spec.name, spec.name));
      if (at >= 0) this.sheets[at] = { ...entry, hidden: spec.hidden ?? this.sheets[at].hidden };
      else this.sheets.push(entry);
      onProgress?.({ fraction: (index + 1) / Math.max(total, 1), step: { vi: `Đã ghi trang "${spec.name}"`, en: `Wrote sheet "${spec.name}"` } });
    });
    for (const patch of request.patches ?? []) this.applyPatch(patch);
    for (const marks of request.marks ?? []) this.applyMarks(marks);
    if (request.activate) await this.select(request.activate.sheet, request.activate.cell ?? 'A1');
  }

  /** The workbook as .xlsx bytes, written row by row (stream-xlsx.ts). */
  toXlsxBytes(): Promise<Uint8Array> {
    return streamXlsxBytes(this);
  }

  /**
   * The bytes, each sheet's rows let go as soon as they are written: for `build`, which writes the
   * workbook once, so a large plan needs less memory. Afterwards the workbook still lists its
   * sheets but reads no rows.
   */
  takeXlsxBytes(): Promise<Uint8Array> {
    // No read comes after: what was read and parsed for the commands need not be held while writing.
    this.reads.forget();
    return streamXlsxBytes(this, { release: true });
  }

  async select(sheet: string, cell: string): Promise<void> {
    const target = this.require(sheet);
    this.activeSheet = target.spec.name;
    target.activeCell = cellA1(parseCell(cell).row, parseCell(cell).column);
  }

  private applyPatch(patch: RangePatch): void {
    const sheet = this.require(patch.sheet);
    const origin = parseCell(patch.topLeft);
    const edits = new Map<TableSpec, ReadEdit | null>();
    patch.values.forEach((values, r) => {
      values.forEach((value, c) => {
        const row = origin.row + r;
        const column = origin.column + c;
        const table = sheet.spec.tables.find((t) => row > t.headerRow && row <= t.headerRow + t.rows.length && column >= t.firstColumn && column < t.firstColumn + t.columns.length);
        if (!table) {
          sheet.patched.set(`${row}:${column}`, { row, column, value });
          return;
        }
        const rowIndex = row - table.headerRow - 1;
        const columnIndex = column - table.firstColumn;
        // The value the row already holds (a refresh writing the same status): nothing to copy.
        if (columnIndex < table.rows[rowIndex].length && table.rows[rowIndex][columnIndex] === value) return;
        this.ownRow(table, rowIndex)[columnIndex] = value;
        if (!edits.has(table)) edits.set(table, this.reads.edit(table));
        edits.get(table)?.set(rowIndex, columnIndex, readBack(value));
      });
    });
    for (const edit of edits.values()) edit?.finish();
  }

  /**
   * A table row this workbook may change: the caller's rows are kept as given (no copy of every
   * row up front) and copied only when a patch changes them, so the caller's arrays never change.
   */
  private ownRow(table: TableSpec, rowIndex: number): CellValue[] {
    if (!this.ownArrays.has(table.rows)) {
      table.rows = [...table.rows];
      this.ownArrays.add(table.rows);
    }
    let row = table.rows[rowIndex];
    if (!this.ownArrays.has(row)) {
      row = [...row];
      table.rows[rowIndex] = row;
      this.ownArrays.add(row);
    }
    return row;
  }

  private applyMarks(marks: CellMarks): void {
    const sheet = this.require(marks.sheet);
    if (marks.clear) deleteCellsInRange(sheet.marks, marks.clear);
    for (const address of marks.cells) sheet.marks.set(address, marks.fill);
  }
}

/**
 * A spec whose tables this workbook may give patched rows (ownRow) without touching the caller's
 * table objects, its long texts packed (packed-text.ts). The caller hands its rows over with the
 * write and does not change them after.
 */
function ownTables(spec: SheetSpec, pack: PackThresholds): SheetSpec {
  return { ...spec, tables: spec.tables.map((table) => ({ ...table, rows: packLongTexts(table.rows, pack) })) };
}
