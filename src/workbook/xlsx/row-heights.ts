/**
 * Row heights for wrapped text. Neither LibreOffice nor Excel re-measures rows when opening a
 * file, so a wrapped cell in a row without a height shows one line over the next rows' text.
 * An estimate from the text length and the column width is enough to keep every line visible.
 * Pure (no ExcelJS): the Office adapter uses the same estimates, since Excel does not size merged
 * cells or upright headers to their text either.
 */
import type { CellValue, TextBlock } from '../../layout/spec';

/** Points per line of 11 pt Calibri, and Excel's ceiling for a row. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;
/** Characters of ordinary Vietnamese text per unit of column width (the width of "0"). */
const CHARS_PER_WIDTH = 1.2;

function textOf(value: CellValue): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'link' in value) return value.link.text;
  return '';
}

/** The characters JavaScript's `\s` matches (words are split there) other than the plain space. */
const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const OTHER_SPACES = new RegExp(OTHER_SPACE.source, 'g');

/**
 * Lines one paragraph takes when wrapped at spaces, as Excel does, `perLine` characters a line.
 * Jumps from space to space (indexOf) rather than splitting or testing each character: it runs
 * for every wrapped cell of every row.
 */
function wrappedLines(text: string, perLine: number): number {
  const paragraph = OTHER_SPACE.test(text) ? text.replace(OTHER_SPACES, ' ') : text;
  let lines = 1;
  let used = 0;
  let at = 0;
  const end = paragraph.length;
  while (at < end) {
    let next = paragraph.indexOf(' ', at);
    if (next < 0) next = end;
    const length = next - at;
    at = next + 1;
    if (length === 0) continue;
    const need = used === 0 ? length : used + 1 + length;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line is broken across lines.
    lines += Math.floor(Math.max(0, length - 1) / perLine);
    used = length % perLine || perLine;
  }
  return lines;
}

/**
 * Lines a text needs in a column `width` characters wide (at least 1); `scale` < 1 for wider
 * type (bold headers).
 */
export function linesFor(text: string, width: number, scale = 1): number {
  if (text === '') return 1;
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH * scale) - 1);
  return text.split('\n').reduce((sum, paragraph) => sum + wrappedLines(paragraph, perLine), 0);
}

/** How another typeface (SheetSpec.font) changes the estimate: characters per line and points per line. */
export interface TypefaceMetrics {
  /** Characters per line relative to Calibri 11 (narrower type: more). */
  scale: number;
  linePoints: number;
}

/**
 * Times New Roman 11 pt sets about a fifth more characters in a line than Calibri (measured on the
 * Phụ lục as LibreOffice prints it, in Liberation Serif, its metric twin) and its lines are closer.
 * Erring tall wastes paper; erring short cuts text off, so both are kept on the generous side.
 */
const TYPEFACES: Record<string, TypefaceMetrics> = {
  'Times New Roman': { scale: 1.15, linePoints: 13.5 },
};

export function typefaceMetrics(font: string | undefined): TypefaceMetrics {
  return (font ? TYPEFACES[font] : undefined) ?? { scale: 1, linePoints: LINE_POINTS };
}

/**
 * The height for a row whose wrapped cells hold `values` (widths parallel), or null when one line
 * is enough and the default height should stay.
 */
export function rowHeightFor(values: readonly CellValue[], widths: readonly (number | null)[], scale = 1, linePoints = LINE_POINTS): number | null {
  let lines = 1;
  values.forEach((value, i) => {
    const width = widths[i];
    if (width === null || width === undefined) return;
    const text = textOf(value);
    if (text.length > width * scale || text.includes('\n')) lines = Math.max(lines, linesFor(text, width, scale));
  });
  return lines > 1 ? Math.min(MAX_ROW_POINTS, lines * linePoints + 3) : null;
}

/** Points along the text per character of a bold 11 pt header, turned upright. */
const UPRIGHT_POINTS_PER_CHAR = 6.5;

/** The header height that shows the longest of these upright (90°) headers whole, or null if none. */
export function uprightHeaderHeight(headers: readonly string[]): number | null {
  if (headers.length === 0) return null;
  const longest = Math.max(...headers.map((header) => header.length));
  return Math.min(MAX_ROW_POINTS, Math.ceil(longest * UPRIGHT_POINTS_PER_CHAR) + 8);
}

/**
 * Paragraph type is 12 pt, a twelfth wider than the 11 pt the estimate assumes, and justified text
 * breaks lines early; erring short would cut off the last line, so the estimate is generous.
 */
const PARAGRAPH_SCALE = 0.8;
/** Points per line of 12 pt paragraph text. */
const PARAGRAPH_LINE_POINTS = 16;

/** The row height that shows a report paragraph whole over `width` characters (merged columns). */
export function paragraphRowHeight(text: string, width: number): number {
  return Math.min(MAX_ROW_POINTS, linesFor(text, width, PARAGRAPH_SCALE) * PARAGRAPH_LINE_POINTS + 4);
}

/** A paragraph block with no given height: as tall as its text needs over the columns it is merged across. */
export function mergedParagraphHeight(block: TextBlock, columnWidth: (column: number) => number): number {
  const first = block.cells[0];
  let width = 0;
  for (let c = 0; c < (block.mergeAcross ?? 1); c += 1) width += columnWidth(block.column + c);
  return paragraphRowHeight(typeof first === 'string' ? first : '', width);
}
