/**
 * The ExcelJS adapter: WorkbookPort over an ExcelJS Workbook, for the command line and the
 * browser's "Tải xuống .xlsx". No Node module here (the browser loads it with import()); bytes in,
 * bytes out, file I/O stays in the CLI.
 */
import type { Workbook, Worksheet, WorkbookView, WorksheetView } from 'exceljs';
import { cellA1, parseCell, parseRange } from '../../layout/a1';
import { sameSheetName } from '../../layout/sheet-name';
import type { TableRead } from '../../layout/readback/table-read';
import { NUMBER_FORMATS, type SheetSpec } from '../../layout/spec';
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
import { toExcelValue } from './cell-values';
import { existingCell, readTable, tablesOf } from './read-table';
import { keepPageNumbersRunning } from './page-numbering';
import { exceljsPrintArea } from './print-area';
import { headerFooterText, renderSheet } from './render-sheet';
import { solidFill, withFill } from './styles';

interface Ordered {
  orderNo: number;
}

/** The workbook window written with the active tab (ExcelJS needs every field). */
const WINDOW: WorkbookView = { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' };

/** ExcelJS reads a sheet's state from the file: "hidden", "veryHidden", or "visible"/absent. */
function isHidden(sheet: Worksheet): boolean {
  return sheet.state === 'hidden' || sheet.state === 'veryHidden';
}

export class XlsxWorkbook implements WorkbookPort {
  /** The ExcelJS workbook, for tests and the benchmark; commands go through the port. */
  readonly book: Workbook;

  constructor(book: Workbook) {
    this.book = book;
  }

  private find(name: string): Worksheet | undefined {
    return this.book.worksheets.find((sheet) => sameSheetName(sheet.name, name));
  }

  private require(name: string): Worksheet {
    const sheet = this.find(name);
    if (!sheet) throw workbookError('sheet-missing', name);
    return sheet;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.book.worksheets.map((sheet) => ({ name: sheet.name, tables: tablesOf(sheet).map((table) => table.name), hidden: isHidden(sheet) }));
  }

  async readTables(refs: TableRef[]): Promise<(TableRead | null)[]> {
    return refs.map((ref) => {
      const sheet = this.find(ref.sheet);
      if (!sheet) return null;
      const tables = tablesOf(sheet);
      const table = ref.table === undefined ? tables[0] : tables.find((t) => t.name === ref.table);
      return table ? readTable(sheet, table, tables) : null;
    });
  }

  async write(request: WriteRequest, onProgress?: ProgressListener): Promise<void> {
    // Check every target before changing anything, so a failed write leaves the workbook as it was.
    for (const spec of request.sheets) {
      // Excel sheet names ignore case: "tổng quan" typed by a planner blocks "Tổng quan". Only a
      // sheet with exactly the spec's name is the add-in's to replace.
      const existing = this.find(spec.name);
      if (existing && existing.name !== spec.name) throw workbookError('sheet-name-taken', existing.name);
    }
    // Patches, marks and the sheet to show may target a sheet this request writes, or one that exists.
    const targets = [...(request.patches ?? []), ...(request.marks ?? []), ...(request.pageHeaders ?? []), ...(request.activate ? [request.activate] : [])];
    for (const { sheet } of targets) if (!request.sheets.some((spec) => spec.name === sheet)) this.require(sheet);
    const total = request.sheets.length;
    request.sheets.forEach((spec, index) => {
      this.replaceSheet(spec);
      onProgress?.({ fraction: (index + 1) / Math.max(total, 1), step: { vi: `Đã ghi trang "${spec.name}"`, en: `Wrote sheet "${spec.name}"` } });
    });
    for (const patch of request.patches ?? []) this.applyPatch(patch);
    for (const marks of request.marks ?? []) this.applyMarks(marks);
    for (const patch of request.pageHeaders ?? []) {
      const sheet = this.require(patch.sheet);
      sheet.headerFooter = { ...sheet.headerFooter, oddHeader: headerFooterText(patch.header) };
    }
    if (request.activate) this.activate(request.activate.sheet, request.activate.cell ?? 'A1');
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.activate(sheet, cell);
  }

  /** The workbook as .xlsx bytes. */
  async toXlsxBytes(): Promise<Uint8Array> {
    // A print area read from a file comes back as "A1:M56"; written as is it would become
    // half-relative and LibreOffice would ignore it (see print-area.ts).
    for (const sheet of this.book.worksheets) {
      if (sheet.pageSetup.printArea) sheet.pageSetup.printArea = exceljsPrintArea(sheet.pageSetup.printArea);
      keepPageNumbersRunning(sheet);
    }
    this.keepActiveTabVisible();
    const buffer = await this.book.xlsx.writeBuffer();
    return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
  }

  /**
   * Excel opens on the active tab even when that sheet is hidden, which would show it
   * (exceljs#2911): a workbook whose active tab is hidden opens on its first visible sheet instead.
   */
  private keepActiveTabVisible(): void {
    const sheets = this.book.worksheets;
    const view = this.book.views?.[0];
    const active = sheets[view?.activeTab ?? 0];
    if (!active || !isHidden(active)) return;
    const visible = sheets.findIndex((sheet) => !isHidden(sheet));
    if (visible < 0) return;
    this.book.views = [{ ...(view ?? WINDOW), activeTab: visible }];
  }

  /** An owned sheet is dropped and drawn again at the same tab position, hidden if it was. */
  private replaceSheet(spec: SheetSpec): void {
    const existing = this.find(spec.name);
    // ExcelJS orders tabs by `orderNo`, a run-time field its typings omit.
    const orderNo = existing ? (existing as unknown as Ordered).orderNo : undefined;
    const wasHidden = existing ? isHidden(existing) : false;
    if (existing) this.book.removeWorksheet(existing.id);
    const sheet = this.book.addWorksheet(spec.name);
    if (orderNo !== undefined) (sheet as unknown as Ordered).orderNo = orderNo;
    sheet.state = (spec.hidden ?? wasHidden) ? 'hidden' : 'visible';
    renderSheet(sheet, spec);
  }

  private applyPatch(patch: RangePatch): void {
    const sheet = this.require(patch.sheet);
    const origin = parseCell(patch.topLeft);
    patch.values.forEach((values, r) => {
      const row = sheet.getRow(origin.row + r);
      values.forEach((value, c) => {
        const cell = row.getCell(origin.column + c);
        cell.value = toExcelValue(value);
        // A date needs a date format to show as one; other cells keep the planner's formatting.
        if (value !== null && typeof value === 'object' && 'date' in value) cell.style = { ...cell.style, numFmt: NUMBER_FORMATS.date };
      });
    });
  }

  private applyMarks(marks: CellMarks): void {
    const sheet = this.require(marks.sheet);
    if (marks.clear) {
      const area = parseRange(marks.clear);
      for (let r = area.top; r <= area.bottom; r += 1) {
        const row = sheet.findRow(r);
        if (!row) continue;
        for (let c = area.left; c <= area.right; c += 1) {
          const cell = existingCell(row, c);
          if (cell?.style?.fill) cell.style = withFill(cell.style, undefined);
        }
      }
    }
    const fill = solidFill(marks.fill);
    for (const address of marks.cells) {
      const { row, column } = parseCell(address);
      const cell = sheet.getRow(row).getCell(column);
      cell.style = withFill(cell.style, fill);
    }
  }

  private activate(name: string, cell: string): void {
    const sheet = this.require(name);
    const index = this.book.worksheets.indexOf(sheet);
    this.book.views = [{ ...WINDOW, activeTab: index }];
    const address = cellA1(parseCell(cell).row, parseCell(cell).column);
    const current: Partial<WorksheetView>[] = sheet.views.length > 0 ? sheet.views : [{ state: 'normal' }];
    sheet.views = current.map((v) => ({ ...v, activeCell: address }));
  }
}
