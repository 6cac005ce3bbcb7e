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

  select(sheet: string, cell: string) {
    return this.inner.select(sheet, cell);
  }
}
