/**
 * A PDF's text layer → the plain text of the plan, for the importer. The one place that reads a
 * PDF: the command line (src/cli/load-plan.ts) and the task pane (src/taskpane/import/) each hand
 * it pdf.js as loaded in their world, so this file needs neither Node nor the DOM.
 *
 * Steps: the positioned text runs of each page (pdf.js) → lines (page-lines) → page headers,
 * footers and numbers off (running-lines) → paragraphs and the letterhead (pages-to-text).
 * A PDF with (almost) no text is a scan: it is refused with a message saying what to use instead.
 */
import type * as PdfJs from 'pdfjs-dist';
import type { Localized } from '../core/model';
import { notPdfProblem, pagesWithoutTextWarning, pdfDamagedProblem, pdfPasswordProblem, pdfWithoutTextProblem } from '../plan-file/problems';
import { pageLines, type PageLine, type PositionedText } from './page-lines';
import { pagesToText } from './pages-to-text';
import { withoutRunningLines } from './running-lines';

/** What this file uses of pdf.js (the legacy build in Node, the same build in the pane's chunk). */
export type PdfJsLibrary = Pick<typeof PdfJs, 'getDocument' | 'VerbosityLevel'>;

export interface PdfText {
  text: string;
  pages: number;
  /** Header, footer and page-number lines taken off. */
  runningLines: number;
  /** Pages with no text in a PDF that has text elsewhere (a scanned annex would be lost silently). */
  warnings: Localized[];
}

/** Fewer letters than this per page on average: a scan whose text layer is a stamp or nothing. */
const SCANNED_LETTERS_PER_PAGE = 30;

/** `%PDF-` within the first kilobyte, where readers look for it. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

interface TextRun {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

/** Horizontal runs only: a diagonal "BẢN SAO" watermark or a vertical margin note is no part of the text. */
function positioned(run: TextRun, boldFonts: ReadonlySet<string>): PositionedText | null {
  const [a, b, c, d, x, y] = run.transform ?? [];
  if (typeof run.str !== 'string' || ![a, b, c, d, x, y].every(Number.isFinite)) return null;
  if (Math.abs(b) > 0.01 * Math.abs(a) || a <= 0) return null;
  const size = Math.hypot(c, d) || run.height || 0;
  if (size <= 0) return null;
  return { text: run.str, x, y, width: run.width ?? 0, size, bold: run.fontName !== undefined && boldFonts.has(run.fontName) };
}

/** "TimesNewRomanPS-BoldMT", "ABCDEE+Arial,Bold", "DejaVuSerif-Bold", "Calibri-Semibold" … */
const BOLD_FACE = /bold|black|heavy|demi/i;

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJsLibrary['getDocument']>['promise']>['getPage']>>;

/**
 * The page's fonts whose face is bold. pdf.js names a run's font only by an id; the face's name
 * arrives with the fonts themselves, which it sends while building the page's drawing operations.
 * Without them (an odd font, a failure) nothing is bold, as in a .docx read as raw text.
 */
async function boldFontsOf(page: PdfPage, fontIds: ReadonlySet<string>): Promise<Set<string>> {
  const bold = new Set<string>();
  try {
    await page.getOperatorList();
    for (const id of fontIds) {
      const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: unknown; bold?: unknown } | null) : null;
      if (font?.bold === true || (typeof font?.name === 'string' && BOLD_FACE.test(font.name))) bold.add(id);
    }
  } catch {
    // Bold is a hint for headings; the text stands without it.
  }
  return bold;
}

function letters(lines: readonly PageLine[]): number {
  return lines.reduce((count, line) => count + (line.text.match(/\p{L}/gu)?.length ?? 0), 0);
}

function readFailure(error: unknown): Error {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return pdfPasswordProblem();
  const message = error instanceof Error || typeof (error as { message?: unknown })?.message === 'string' ? String((error as Error).message) : String(error);
  return pdfDamagedProblem(message.split('\n')[0]);
}

export async function pdfText(bytes: Uint8Array, pdfjs: PdfJsLibrary): Promise<PdfText> {
  if (!looksLikePdf(bytes)) throw notPdfProblem();
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over (to its worker): give it a copy, the caller may keep the file.
    data: bytes.slice(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  const pages: PageLine[][] = [];
  try {
    const document = await task.promise;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items as TextRun[];
      const fontIds = new Set(items.flatMap((item) => (item.str?.trim() && item.fontName ? [item.fontName] : [])));
      // A page without text (a scan) is not drawn at all: decoding its image would be wasted.
      const boldFonts = fontIds.size > 0 ? await boldFontsOf(page, fontIds) : new Set<string>();
      const runs = items.map((item) => positioned(item, boldFonts)).filter((run): run is PositionedText => run !== null);
      pages.push(pageLines(runs));
      page.cleanup();
    }
  } catch (error) {
    throw readFailure(error);
  } finally {
    await task.destroy();
  }

  const kept = withoutRunningLines(pages);
  const letterCounts = kept.pages.map(letters);
  const total = letterCounts.reduce((a, b) => a + b, 0);
  if (total < SCANNED_LETTERS_PER_PAGE * Math.max(1, pages.length)) throw pdfWithoutTextProblem(pages.length);
  const blank = letterCounts.flatMap((count, index) => (count === 0 ? [index + 1] : []));
  return {
    text: pagesToText(kept.pages),
    pages: pages.length,
    runningLines: kept.removed.length,
    warnings: blank.length > 0 ? [pagesWithoutTextWarning(blank)] : [],
  };
}
