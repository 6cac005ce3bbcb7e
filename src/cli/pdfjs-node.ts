/**
 * pdf.js for the command line: the legacy build (the one that supports Node 20). In Node pdf.js
 * has no worker thread; it parses on the main thread through its "fake worker", which is fine for
 * a command that does nothing else meanwhile. Loaded only when a .pdf is given.
 */
import type { PdfJsLibrary } from '../pdf/pdf-text';

export async function loadPdfJs(): Promise<PdfJsLibrary> {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}
