/**
 * The Office adapter: the only code that touches Excel.*. Each port call is one Excel.run, with
 * its requests kept under a byte budget (./batch.ts) and Office errors turned into planner words
 * (./errors.ts).
 */
import type { ProgressListener, TableRef, WorkbookPort, WriteRequest } from '../port';
import { workbookError } from '../port';
import { Batcher, DEFAULT_MAX_REQUEST_BYTES, type BatchStats } from './batch';
import { toWorkbookError } from './errors';
import { listSheets, readTables } from './read-tables';
import { writeRequest } from './write-request';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficePortOptions {
  /** Excel.run; tests pass a mock's run. */
  run?: ExcelRun;
  /** Office.context.requirements.isSetSupported; tests pass their own. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Largest request, in bytes (Excel on the web rejects more than 5 MB). */
  maxRequestBytes?: number;
  /** Called after every port call with its syncs and largest request (benchmarks, diagnostics). */
  onStats?: (operation: string, stats: BatchStats) => void;
}

/** The API sets the adapter needs: 1.8 for data validation; 1.9 adds page layout. */
export const REQUIRED_API = '1.8';
export const PRINT_API = '1.9';

function defaultSupport(name: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(name, version) === true;
}

export function createOfficePort(options: OfficePortOptions = {}): WorkbookPort {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const supports = options.isSetSupported ?? defaultSupport;
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;

  async function withExcel<T>(operation: string, work: (context: Excel.RequestContext, batch: Batcher) => Promise<T>, subject?: string): Promise<T> {
    if (!supports('ExcelApi', REQUIRED_API)) throw workbookError('api-unsupported', `ExcelApi ${REQUIRED_API}`);
    try {
      return await run(async (context) => {
        const batch = new Batcher(() => context.sync(), budget);
        const result = await work(context, batch);
        options.onStats?.(operation, batch.stats);
        return result;
      });
    } catch (error) {
      throw toWorkbookError(error, subject);
    }
  }

  return {
    listSheets: () => withExcel('listSheets', (context, batch) => listSheets(context, batch)),
    readTables: (refs: TableRef[]) =>
      withExcel('readTables', (context, batch) => readTables(context, batch, refs), refs.map((r) => r.table ?? r.sheet).join(', ')),
    write: (request: WriteRequest, onProgress?: ProgressListener) =>
      withExcel(
        'write',
        (context, batch) => writeRequest(context, batch, request, { pageLayout: supports('ExcelApi', PRINT_API) }, onProgress),
        request.sheets.map((s) => s.name).join(', '),
      ),
    select: (sheet: string, cell: string) =>
      withExcel('select', async (context, batch) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await batch.flush();
      }, sheet),
  };
}
