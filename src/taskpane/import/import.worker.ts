/**
 * The import worker: runs importPlanText off the pane's thread, so a long plan pasted in does not
 * freeze the pane while it is read. One request, one reply; the pane ends the worker after it.
 */
import { importPlanText } from '../../core/import';
import type { ImportReply, ImportRequest } from './import-protocol';

// A dedicated worker's global scope, with just what is used (the DOM typings describe a window).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
};

scope.onmessage = (event) => {
  const { text, source } = event.data;
  try {
    scope.postMessage({ result: importPlanText(text, source ? { source } : {}) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
