/**
 * Lines → paragraphs. A paragraph is one block of the plan: a heading, an item, a label line, a
 * plain paragraph. Extraction breaks them in two ways, both repaired here: lines wrapped inside a
 * sentence, and a sentence cut by a page break (blank lines, a footer or a footnote in between).
 */
import { clean, stripEmphasis } from '../text/normalize';
import { findCellTables, type CellTableRow } from './cell-tables';
import { readLabel, readMarker, startsBlock } from './markers';
import { footnoteKey, type LineKind, type SourceLine } from './source-lines';

export type ParagraphKind = 'text' | 'table-row' | 'closing-separator';

export interface Paragraph {
  kind: ParagraphKind;
  lines: SourceLine[];
  /** Offsets of the paragraph in the normalised source (first line start, last line end). */
  start: number;
  end: number;
  /** Line texts joined by spaces, emphasis markers kept. */
  text: string;
  /** Emphasis, footnote marks and Markdown heading hashes removed, whitespace collapsed. */
  plain: string;
  /** Wholly bold (or a Markdown heading): a heading sign. */
  bold: boolean;
  /** Footnote marks found in the paragraph ("2" for "²"). */
  marks: string[];
  /** True when two pieces separated by a blank line or page break were joined. */
  joinedAcrossBreak: boolean;
  /** A row of a one-cell-per-line table, already split into cells (see cell-tables.ts). */
  table?: { role: CellTableRow['kind']; cells: string[] };
}

const FOOTNOTE_MARKS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^(\w{1,6})\]/gu;
const TERMINAL = /[.!?…;:]["”’»)]*$/u;

function plainOf(text: string): string {
  return clean(stripEmphasis(text).replace(FOOTNOTE_MARKS, '').replace(/^#{1,6}\s+/, ''));
}

function marksOf(text: string): string[] {
  const marks: string[] = [];
  for (const match of text.matchAll(FOOTNOTE_MARKS)) marks.push(match[1] ?? footnoteKey(match[0]));
  return marks;
}

function isBold(text: string): boolean {
  const trimmed = text.trim();
  if (/^#{1,6}\s/.test(trimmed)) return true;
  if (!trimmed.includes('**')) return false;
  const outside = trimmed.replace(/\*\*[\s\S]*?\*\*/g, '');
  return /^[\s\p{P}\d]*$/u.test(outside);
}

function makeParagraph(kind: ParagraphKind, lines: SourceLine[], joinedAcrossBreak = false): Paragraph {
  const text = lines.map((line) => line.text).join(' ');
  return {
    kind,
    lines,
    start: lines[0].start,
    end: lines[lines.length - 1].end,
    text,
    plain: plainOf(text),
    bold: kind === 'text' && isBold(text),
    marks: marksOf(text),
    joinedAcrossBreak,
  };
}

/** No lower-case letters and at least three capitals: "B. NỘI DUNG", "KẾ HOẠCH". */
export function isCapitals(plain: string): boolean {
  const letters = plain.replace(/^(?:[A-ZĐ]|[IVXL]{1,7}|\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s*/u, '');
  return !/\p{Ll}/u.test(letters) && (letters.match(/\p{Lu}/gu) ?? []).length >= 3;
}

/** Ends like a sentence (or an introduction ending in ":"). */
export function endsSentence(plain: string): boolean {
  return TERMINAL.test(plain);
}

/**
 * A heading, judged from the paragraph alone: lettered and roman parts always; a numbered or
 * a)-lettered paragraph when it is bold, in capitals, or short and not a sentence.
 */
export function looksLikeHeading(paragraph: Paragraph): boolean {
  if (paragraph.kind !== 'text') return false;
  const marker = readMarker(paragraph.plain);
  if (marker.type === 'letter' || marker.type === 'roman') return true;
  if (marker.type === 'arabic' || marker.type === 'alpha') {
    if (paragraph.bold || isCapitals(paragraph.plain)) return true;
    return marker.rest.length <= 160 && (!endsSentence(marker.rest) || marker.rest.endsWith(':'));
  }
  if (marker.type !== 'none' || readLabel(paragraph.plain)) return false;
  return isCapitals(paragraph.plain) || (paragraph.bold && paragraph.plain.length <= 160 && !/[.;]$/.test(paragraph.plain));
}

/** Joins paragraph `next` onto `previous` when the sentence clearly runs on across the break. */
function continuesAcrossBreak(previous: Paragraph, next: Paragraph): boolean {
  if (previous.kind !== 'text' || next.kind !== 'text') return false;
  if (looksLikeHeading(previous) || looksLikeHeading(next)) return false;
  if (readMarker(next.plain).type !== 'none' || readLabel(next.plain)) return false;
  const first = next.plain.charAt(0);
  if (/\p{Ll}/u.test(first)) return !/[.!?:]["”’)]*$/u.test(previous.plain);
  // "… Truyền hình Bình" / "Dương, …": a bullet cut after a word, resumed on the next page.
  return /[\p{Lu}\d]/u.test(first) && /[\p{L}\d,]$/u.test(previous.plain);
}

/**
 * True when paragraphs are separated by blank lines, so single line breaks are wrapping. Otherwise
 * (one paragraph per line) a line break ends a paragraph unless the sentence plainly runs on.
 */
function blankLinesSeparateParagraphs(lines: SourceLine[]): boolean {
  // What follows a line that ends a sentence: a blank line where blank lines end paragraphs, the
  // next paragraph where each line is one.
  let blankAfter = 0;
  let textAfter = 0;
  let nextText = -1;
  // Walked backwards so each line knows the next line that is not a page number or footer; the
  // last text line (followed only by blank lines) says nothing.
  let next: LineKind | null = null;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const kind = lines[index].kind;
    if (kind === 'noise' || kind === 'footnote') continue;
    if (kind === 'text' && nextText >= 0 && /[.;:]["”’)*_]*$/u.test(lines[index].text.trim())) {
      if (next === 'blank') blankAfter += 1;
      else if (next === 'text') textAfter += 1;
    }
    if (kind === 'text') nextText = index;
    next = kind;
  }
  if (blankAfter + textAfter > 0) return blankAfter >= textAfter;
  const text = lines.filter((line) => line.kind === 'text').length;
  const blank = lines.filter((line) => line.kind === 'blank').length;
  return text === 0 || blank * 5 >= text;
}

/**
 * A heading line followed, without a blank line, by the first sentence under it: "I. MỤC ĐÍCH\nBảo
 * đảm …". A heading wrapped over two lines goes on in lower case, in capitals, or inside "**".
 */
// A heading spans a few lines at most; a longer paragraph is no heading (and is not joined again per line).
const HEADING_LINES = 4;

function endsHeadingLine(current: SourceLine[], nextPlain: string, wrapped: boolean): boolean {
  if (current.length > HEADING_LINES || /^\p{Ll}/u.test(nextPlain) || isCapitals(nextPlain)) return false;
  const text = current.map((line) => line.text).join(' ');
  // "5. Giao Sở Nông nghiệp và" / "Môi trường chủ trì …": a line that stops on a joining word runs on.
  if (/(?:^|\s)(?:và|của|các|với|về|cho|trong|tại|theo|để|những|hoặc|cùng|,)\**$/u.test(text.trim())) return false;
  // "Trong giai đoạn 2026" / "- 2030 phấn đấu …": a range broken before its dash.
  if (/^[-–]\s*\d/.test(nextPlain) && /\d\**$/.test(text)) return false;
  if ((text.match(/\*\*/g) ?? []).length % 2 === 1) return false;
  const plain = plainOf(text);
  // "b) Thời gian: Từ ngày" / "15/11/2025 đến …": a label is no heading, its value runs on.
  if (readLabel(plain) !== null) return false;
  const marker = readMarker(plain);
  if (marker.type === 'letter' || marker.type === 'roman' || isCapitals(plain)) return true;
  // Where blank lines separate paragraphs, a numbered line that is neither bold nor in capitals
  // wraps ("3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc Việt Nam tỉnh …").
  if (wrapped && !isBold(text)) return false;
  return (marker.type === 'arabic' || marker.type === 'alpha') && plain.length < 80 && !endsSentence(plain);
}

export function buildParagraphs(lines: SourceLine[]): Paragraph[] {
  const wrapped = blankLinesSeparateParagraphs(lines);
  const raw: Array<{ kind: ParagraphKind; lines: SourceLine[]; brokenBefore: boolean; table?: Paragraph['table'] }> = [];
  let current: SourceLine[] | null = null;
  let brokenBefore = false;
  const tables = findCellTables(lines);
  let nextTable = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const table = tables[nextTable];
    if (table && index === table.first) {
      for (const row of table.rows) {
        if (row.lines.length > 0) raw.push({ kind: 'table-row', lines: row.lines, brokenBefore: false, table: { role: row.kind, cells: row.cells } });
      }
      current = null;
      brokenBefore = false;
      nextTable += 1;
      index = table.end - 1;
      continue;
    }
    const line = lines[index];
    if (line.kind === 'text') {
      const previous = current ? current[current.length - 1] : null;
      const plain = plainOf(line.text);
      const previousPlain = previous ? plainOf(previous.text) : '';
      // One paragraph per line: "p) Phân công … kèm theo Quyết định này." / "Hàng năm, trước ngày 25
      // tháng 12, …" — an unmarked sentence after a lettered item's sentence is the item's next sentence.
      const itemGoesOn = !wrapped && current !== null && /[.;]$/u.test(previousPlain) && readMarker(plainOf(current[0].text)).type === 'alpha' &&
        readMarker(plain).type === 'none' && readLabel(plain) === null && !isCapitals(plain) && !isBold(line.text);
      const runsOn = previous !== null && !startsBlock(plain, previousPlain) &&
        (wrapped || !endsSentence(previousPlain) || /^\p{Ll}/u.test(plain) || itemGoesOn) &&
        !(current !== null && endsHeadingLine(current, plain, wrapped));
      if (current && runsOn) {
        current.push(line);
      } else {
        current = [line];
        raw.push({ kind: 'text', lines: current, brokenBefore });
      }
      brokenBefore = false;
      continue;
    }
    current = null;
    if (line.kind === 'table-row' || line.kind === 'closing-separator') {
      raw.push({ kind: line.kind, lines: [line], brokenBefore: false });
    } else {
      brokenBefore = true;
    }
  }
  const paragraphs: Paragraph[] = [];
  for (const piece of raw) {
    const candidate = makeParagraph(piece.kind, piece.lines);
    if (piece.table) {
      candidate.table = piece.table;
      paragraphs.push(candidate);
      continue;
    }
    const previous = paragraphs[paragraphs.length - 1];
    if (previous && piece.brokenBefore && continuesAcrossBreak(previous, candidate)) {
      paragraphs[paragraphs.length - 1] = makeParagraph('text', [...previous.lines, ...piece.lines], true);
    } else {
      paragraphs.push(candidate);
    }
  }
  return paragraphs;
}
