/**
 * pdf.js for the task pane, in a chunk of its own that read-plan-file.ts loads only when a .pdf is
 * chosen: the pane starts without it. pdf.js parses in its own worker (pdf.worker.min.mjs, which
 * webpack emits as chunks/pdf.worker.min.[hash].js — a .js name, so every web server sends it with
 * a JavaScript type); the text is then rebuilt by src/pdf/pdf-text.ts, as on the command line.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
import { pdfText, type PdfText } from '../../pdf/pdf-text';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  return pdfText(bytes, pdfjs);
}
