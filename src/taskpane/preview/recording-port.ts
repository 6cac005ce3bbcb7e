import type { ProgressListener, TableRef, WorkbookPort, WriteRequest } from '../../workbook/port';

/**
 * Passes every call to the preview's in-memory workbook and keeps each write, so "Tải xuống .xlsx"
 * can replay exactly the same writes into an ExcelJS workbook: what is downloaded is what was shown.
 */
export class RecordingPort implements WorkbookPort {
  readonly writes: WriteRequest[] = [];

  constructor(
    private readonly inner: WorkbookPort,
    /** Told after each write, e.g. to redraw the preview's sheets. */
    private readonly onWrite: () => void = () => {},
    /** Told after a cell is selected (a finding clicked), so the preview can show that cell. */
    private readonly onSelect: (target: { sheet: string; cell: string }) => void = () => {},
  ) {}

  listSheets() {
    return this.inner.listSheets();
  }

  readTables(refs: TableRef[]) {
    return this.inner.readTables(refs);
  }

  async write(request: WriteRequest, onProgress?: ProgressListener): Promise<void> {
    await this.inner.write(request, onProgress);
    this.writes.push(request);
    this.onWrite();
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.inner.select(sheet, cell);
    this.onSelect({ sheet, cell });
  }
}
