/**
 * Runs the importer for the pane: in a Web Worker when the browser has them, so a big paste never
 * freezes the pane (about 0.4 s per MB of text, docs/import.md); in the pane's own thread when it
 * has not (jsdom, an old web view) or the worker fails to start or answer — same result, only
 * slower to show. The direct call returns the result itself, so the pane can show it at once.
 */
import { importPlanText, type ImportResult } from '../../core/import';
import type { ImportReply, ImportRequest } from './import-protocol';

export type ImportRunner = (request: ImportRequest) => ImportResult | Promise<ImportResult>;

/** The parts of a Worker used here: tests pass a stand-in. */
export type ImportWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

export type ImportWorkerStarter = () => Promise<ImportWorker>;

const startWorker: ImportWorkerStarter = async () => {
  // Eager: the starter goes into this chunk; the worker itself is the chunk webpack emits for it.
  const { startImportWorker } = await import(/* webpackMode: "eager" */ './start-import-worker');
  return startImportWorker();
};

function inMainThread({ text, source }: ImportRequest): ImportResult {
  return importPlanText(text, source ? { source } : {});
}

/** One import in a fresh worker, ended once it has answered. Rejects if the worker fails. */
export async function importInWorker(request: ImportRequest, start: ImportWorkerStarter = startWorker): Promise<ImportResult> {
  const worker = await start();
  return new Promise<ImportResult>((resolve, reject) => {
    const finish = (settle: () => void) => {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      settle();
    };
    worker.onmessage = (event) => {
      const reply = event.data;
      finish(() => ('result' in reply ? resolve(reply.result) : reject(new Error(reply.error))));
    };
    worker.onerror = (event) => finish(() => reject(new Error(event.message || 'import worker failed')));
    worker.onmessageerror = () => finish(() => reject(new Error('import worker reply could not be read')));
    worker.postMessage(request);
  });
}

/** The pane's importer: off the main thread when possible, else (or if the worker fails) on it. */
export function importOffThread(hasWorkers = typeof Worker !== 'undefined', start: ImportWorkerStarter = startWorker): ImportRunner {
  return (request) => (hasWorkers ? importInWorker(request, start).catch(() => inMainThread(request)) : inMainThread(request));
}
