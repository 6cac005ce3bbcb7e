/**
 * A chosen file → its text: .txt and .md in the encoding they were saved in (UTF-8, or UTF-16 as
 * Notepad's "Unicode"), .docx through mammoth's browser build, .pdf through pdf.js — each of the
 * last two in a chunk of its own, loaded only when such a file is chosen, so the pane starts small.
 * A file that gives no text throws PlanFileProblem (its words say why, in both languages).
 */
import { htmlToPlanText } from '../../core/import/html-to-text';
import type { Localized } from '../../core/model';
import type { PdfText } from '../../pdf/pdf-text';
import { decodePlanText } from '../../plan-file/decode-text';

/** A file of a type the pane does not read. */
export class PlanFileError extends Error {}

export type DocxTextReader = (arrayBuffer: ArrayBuffer) => Promise<string>;
export type PdfTextReader = (bytes: Uint8Array) => Promise<PdfText>;

export interface PlanFileText {
  text: string;
  /** What reading noticed that the planner should know (PDF pages without text). */
  warnings: Localized[];
}

async function mammothText(arrayBuffer: ArrayBuffer): Promise<string> {
  const mammoth = await import(/* webpackChunkName: "mammoth" */ 'mammoth');
  // HTML, not raw text: raw text loses the tables an appendix lists its tasks in.
  return htmlToPlanText((await mammoth.convertToHtml({ arrayBuffer })).value);
}

async function pdfjsText(bytes: Uint8Array): Promise<PdfText> {
  const { readPdfText } = await import(/* webpackChunkName: "pdf" */ './pdf-in-browser');
  return readPdfText(bytes);
}

// FileReader rather than Blob.arrayBuffer(): older Office web views (and jsdom) lack the newer methods.
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

/** Reads the file's text; the .docx and .pdf readers can be replaced in tests. Throws PlanFileError for other types. */
export async function readPlanFile(file: File, readDocx: DocxTextReader = mammothText, readPdf: PdfTextReader = pdfjsText): Promise<PlanFileText> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.txt') || name.endsWith('.md')) return { text: decodePlanText(new Uint8Array(await readBytes(file))), warnings: [] };
  if (name.endsWith('.docx')) return { text: await readDocx(await readBytes(file)), warnings: [] };
  if (name.endsWith('.pdf')) {
    const { text, warnings } = await readPdf(new Uint8Array(await readBytes(file)));
    return { text, warnings };
  }
  throw new PlanFileError(name);
}
