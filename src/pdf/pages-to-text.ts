/**
 * A PDF's lines, page after page, as the plain text the importer reads: one line per printed line,
 * a blank line between paragraphs — as mammoth gives a Word file. A paragraph shows on paper as a
 * wider gap above it, a first line indented from the margin (Nghị định 30/2020 asks for 1–1.27 cm),
 * a change of font size (a title) or of weight (a bold heading over plain text), or a list mark
 * ("-", "a)", "2.") after a finished sentence; a paragraph running over a page break is one whose
 * page ends at the usual bottom and whose next page starts at the usual top. A document whose
 * paragraphs are not spaced apart (every line the same distance) ends a paragraph at a line that
 * stops short: the next line's first word would have fitted after it.
 */
import { readLetterhead } from './letterhead';
import type { PageLine } from './page-lines';

/**
 * A gap this many times the usual line spacing is a paragraph break (spacing before/after, blank
 * lines): 6 pt after 1.15-spaced 13 pt lines is 1.34 times; lines of one paragraph keep 1.0.
 */
const PARAGRAPH_GAP = 1.2;
/** Sizes differing by this share are different paragraphs (a 14 pt title over 13 pt text). */
const SIZE_CHANGE = 0.1;
/** With fewer paragraph gaps than this share of all gaps, the document does not space its paragraphs. */
const SPACED_SHARE = 0.05;
/** A page stopping this many line spacings above the usual bottom stopped at a paragraph's end. */
const SHORT_PAGE = 1.5;
/** A first line indented by this many ems (Word's 1.27 cm is ~2.7 em at 13 pt) starts a paragraph. */
const INDENT = 0.8;

/**
 * The value most lines share, to `step` points: the line spacing, the left margin, the right edge
 * of justified text. On a tie the smaller (or larger) one: in a short text every gap may differ.
 */
function mostCommon(values: readonly number[], step: number, prefer: 'smaller' | 'larger'): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value / step), (counts.get(Math.round(value / step)) ?? 0) + 1);
  let best: { key: number; count: number } | null = null;
  for (const [key, count] of counts) {
    const better = !best || count > best.count || (count === best.count && (prefer === 'smaller' ? key < best.key : key > best.key));
    if (better) best = { key, count };
  }
  return best ? best.key * step : 0;
}

/** Baseline-to-baseline distances between the lines of each page. */
function lineGaps(pages: readonly PageLine[][]): number[] {
  return pages.flatMap((lines) => lines.slice(1).map((line, i) => lines[i].y - line.y).filter((gap) => gap > 0));
}

interface Layout {
  spacing: number;
  margin: number;
  rightEdge: number;
  /** Paragraphs are set apart by space; else a short line ends one. */
  spaced: boolean;
  /** Lowest last line and highest first line over the pages that continue / are continued. */
  bottom: number;
  top: number;
}

function layoutOf(pages: readonly PageLine[][]): Layout {
  const full = pages.filter((lines) => lines.length > 0);
  const lasts = full.slice(0, -1).map((lines) => lines[lines.length - 1].y);
  const firsts = full.slice(1).map((lines) => lines[0].y);
  const gaps = lineGaps(pages);
  const spacing = mostCommon(gaps, 0.5, 'smaller');
  return {
    spacing,
    spaced: gaps.filter((gap) => gap > PARAGRAPH_GAP * spacing).length > SPACED_SHARE * gaps.length,
    margin: mostCommon(pages.flatMap((lines) => lines.map((line) => line.x)), 1, 'smaller'),
    rightEdge: mostCommon(pages.flatMap((lines) => lines.map((line) => line.right)), 1, 'larger'),
    bottom: lasts.length > 0 ? Math.min(...lasts) : -Infinity,
    top: firsts.length > 0 ? Math.max(...firsts) : Infinity,
  };
}

function indented(line: PageLine, layout: Layout): boolean {
  return line.x > layout.margin + INDENT * line.size;
}

/** As far from the right edge as from the margin: a title line, whose indent is no paragraph's. */
function centered(line: PageLine, layout: Layout): boolean {
  return indented(line, layout) && Math.abs(line.x - layout.margin - (layout.rightEdge - line.right)) <= line.size;
}

/** A first line indented under a line that was not (or that was centred): a new paragraph. */
function startsByIndent(previous: PageLine, line: PageLine, layout: Layout): boolean {
  return indented(line, layout) && !centered(line, layout) && (!indented(previous, layout) || centered(previous, layout));
}

/** A bullet, a numbered or lettered item: "- ", "+ ", "• ", "2. ", "2.1. ", "b) ", "IV. ". */
const LIST_MARK = /^(?:[-–•+*]\s|\d{1,2}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s|[IVXL]{1,5}\.\s)/u;
/** A line ending a sentence or an introduction; "giai đoạn 2026" over "- 2030 …" does not. */
const SENTENCE_END = /[.;:!?…](?:\*{1,2})?$/u;

/** The previous line left room for the first word of this one: it ended its paragraph (a centred one is short by design). */
function followsShortLine(previous: PageLine, line: PageLine, layout: Layout): boolean {
  if (centered(previous, layout)) return false;
  const firstWord = line.text.split(' ')[0];
  const firstWordWidth = ((line.right - line.x) * firstWord.length) / Math.max(1, line.text.length);
  return previous.right + firstWordWidth + 0.5 * line.size < layout.rightEdge;
}

/** Ways a line shows it begins a paragraph, whatever the spacing. */
function startsAnew(previous: PageLine, line: PageLine, layout: Layout): boolean {
  const sizeChanges = Math.abs(previous.size - line.size) > SIZE_CHANGE * Math.max(previous.size, line.size);
  const listItem = LIST_MARK.test(line.text) && SENTENCE_END.test(previous.text);
  const shortLine = !layout.spaced && followsShortLine(previous, line, layout);
  return startsByIndent(previous, line, layout) || sizeChanges || previous.bold !== line.bold || listItem || shortLine;
}

function breakWithinPage(previous: PageLine, line: PageLine, layout: Layout): boolean {
  return previous.y - line.y > PARAGRAPH_GAP * layout.spacing || startsAnew(previous, line, layout);
}

function breakAcrossPages(previous: PageLine, line: PageLine, layout: Layout): boolean {
  const endedEarly = previous.y - layout.bottom > SHORT_PAGE * layout.spacing;
  const startedLate = layout.top - line.y > SHORT_PAGE * layout.spacing;
  return endedEarly || startedLate || startsAnew(previous, line, layout);
}

/** A paragraph set wholly in bold is marked as Markdown bold: the importer reads it as a heading. */
function paragraphText(lines: readonly PageLine[]): string {
  const text = lines.map((line) => line.text).join('\n');
  return lines.every((line) => line.bold) ? `**${text}**` : text;
}

export function pagesToText(pages: readonly PageLine[][]): string {
  const layout = layoutOf(pages);
  const paragraphs: string[] = [];
  let paragraph: PageLine[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) paragraphs.push(paragraphText(paragraph));
    paragraph = [];
  };
  pages.forEach((lines, pageIndex) => {
    // A page with no text (a scanned page between typed ones) still ends the paragraph before it.
    if (lines.length === 0) endParagraph();
    let body = lines;
    const letterhead = pageIndex === 0 ? readLetterhead(lines) : null;
    if (letterhead) {
      paragraphs.push(...letterhead.columns.filter((column) => column.length > 0).map((column) => column.join('\n')));
      body = lines.slice(letterhead.lineCount);
    }
    body.forEach((line, index) => {
      const previous = paragraph[paragraph.length - 1];
      if (previous && (index === 0 ? breakAcrossPages(previous, line, layout) : breakWithinPage(previous, line, layout))) endParagraph();
      paragraph.push(line);
    });
  });
  endParagraph();
  return paragraphs.join('\n\n');
}
