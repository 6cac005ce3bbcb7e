/**
 * The source split into lines, each classified once: text, blank, decoration, page noise, footnote,
 * table row. Extraction leaves table pipes, page footers and footnote lines between the sentences of
 * a plan; knowing them line by line lets the paragraph builder step over them.
 */

export type LineKind =
  | 'text'
  | 'blank'
  | 'separator' // decoration: "-------", "*", "** **"
  | 'closing-separator' // "* * *": the body of the plan is over, closing remarks follow
  | 'noise' // page footer or page number
  | 'footnote' // "² Đối với …"
  | 'table-row' // "| 1 | … | … |"
  | 'table-rule'; // "|---|---|"

export interface SourceLine {
  index: number;
  /** Offsets of the line in the normalised source. */
  start: number;
  end: number;
  raw: string;
  /** The line without table pipes at its edges, trimmed; emphasis markers kept. */
  text: string;
  kind: LineKind;
  footnote?: { mark: string; text: string };
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/u;
const MARKDOWN_FOOTNOTE_LINE = /^\[\^(\w{1,6})\]:\s*(.*)$/u;
const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:trang|page)\s+\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/iu;
const DECORATION = /^(?:[-=_~.·•]{3,}|\*{1,2}(?:\s+\*{1,2})?)$/u;
const CLOSING_STARS = /^\*(?:\s+\*){2,}$|^\*{3}$/u;
const TABLE_RULE = /^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*$/u;

/** Superscript footnote digits as plain digits ("²" → "2"), so marks and footnote lines compare. */
export function footnoteKey(mark: string): string {
  return [...mark].map((c) => String(Math.max(0, SUPERSCRIPT_DIGITS.indexOf(c)))).join('');
}

/**
 * A running page footer such as "HCS&KHTU 2018/KH-THUC HIEN-NQ-18": short, no lower-case letters,
 * no Vietnamese diacritics (headings in capitals keep theirs), a digit and a file-name symbol.
 */
function isPageFooter(text: string): boolean {
  if (text.length > 80 || /\p{Ll}/u.test(text) || !/\d/.test(text) || !/[/&_]/.test(text) || text.length < 12 || !/[A-Z]{3,}/.test(text)) return false;
  if (/^(?:số|so)\b/iu.test(text)) return false;
  // A document number on a line of its own ("7360/KH-UBND", after a "Số:" line) is no footer.
  if (/^\d{1,5}\s*\/\s*[A-ZĐ0-9]{1,8}(?:-[A-ZĐ0-9]{1,10})*$/u.test(text)) return false;
  return !/[^\x20-\x7e]/.test(text);
}

/** The line without the table pipes at its edges. A scan, not a regex: "\s*\|+$" backtracks on long runs of spaces. */
function stripPipes(raw: string): string {
  let from = 0;
  let to = raw.length;
  const isSpace = (c: string) => c === ' ' || c === '\t';
  while (from < to && (isSpace(raw[from]) || raw[from] === '|')) from += 1;
  while (to > from && (isSpace(raw[to - 1]) || raw[to - 1] === '|')) to -= 1;
  return raw.slice(from, to).trim();
}

function classify(raw: string): Pick<SourceLine, 'text' | 'kind' | 'footnote'> {
  const trimmed = raw.trim();
  if (trimmed.startsWith('|') && (trimmed.match(/\|/g) ?? []).length >= 3) {
    if (TABLE_RULE.test(trimmed)) return { text: '', kind: 'table-rule' };
    if (stripPipes(trimmed).replace(/[|\s*]/g, '') !== '') return { text: trimmed, kind: 'table-row' };
  }
  const text = stripPipes(raw);
  if (text === '') return { text, kind: 'blank' };
  if (CLOSING_STARS.test(text)) return { text, kind: 'closing-separator' };
  if (DECORATION.test(text)) return { text, kind: 'separator' };
  if (PAGE_NUMBER.test(text) || isPageFooter(text)) return { text, kind: 'noise' };
  const footnote = FOOTNOTE_LINE.exec(text) ?? MARKDOWN_FOOTNOTE_LINE.exec(text);
  if (footnote) return { text, kind: 'footnote', footnote: { mark: footnoteKey(footnote[1]), text: footnote[2].trim() } };
  return { text, kind: 'text' };
}

// C0/C1 controls other than tab and line feed, and the no-break space: each becomes a space.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0]/g;

/** NFC, one kind of line break, no BOM or control characters that would break offsets or regexes. */
export function normalizeSource(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL_CHARACTERS, ' ');
}

export function splitSourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let index = 0;
  for (const raw of source.split('\n')) {
    lines.push({ index, start, end: start + raw.length, raw, ...classify(raw) });
    start += raw.length + 1;
    index += 1;
  }
  return lines;
}
