/**
 * Starts the import worker. Alone in its file because webpack needs `new Worker(new URL(…,
 * import.meta.url))` written out to emit the worker as a chunk of its own, and jest (CommonJS)
 * cannot load a file that mentions import.meta: import-off-thread.ts loads this one only when the
 * browser has workers, which jsdom has not.
 */
export function startImportWorker(): Worker {
  return new Worker(/* webpackChunkName: "import-worker" */ new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
