/**
 * The letterhead of a Vietnamese administrative document is two columns side by side: the issuer
 * and the number on the left, the national motto and "place, date" on the right. Read across, its
 * lines would mix the two ("UỶ BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …"); read column by column, as a
 * Word file's table is, the importer finds the issuer right above the number. Only the top of the
 * first page is read this way: further down, a wide gap is a table's, whose rows belong together.
 */
import type { PageLine } from './page-lines';

/** The letterhead sits within the first lines of the first page. */
const LETTERHEAD_LINES = 12;
/** A line further below the rows than this many row spacings is past the letterhead. */
const ROW_GAP = 1.5;

export interface Letterhead {
  /** The left column's lines, then the right column's. */
  columns: [string[], string[]];
  /** How many lines of the page the letterhead takes. */
  lineCount: number;
}

/** A two-part line's widest gap: where its left part ends and its right part starts. */
function widestGap(line: PageLine): { from: number; to: number } {
  let best = { from: 0, to: -Infinity };
  for (let i = 1; i < line.segments.length; i += 1) {
    const gap = { from: line.segments[i - 1].right, to: line.segments[i].x };
    if (gap.to - gap.from > best.to - best.from) best = gap;
  }
  return best;
}

/**
 * The x between the columns: the middle of the band no two-part line writes in (the left parts
 * end before it, the right parts start after it); the middle of the first gap if rows disagree.
 */
function gutterOf(lines: readonly PageLine[]): number {
  const gaps = lines.map(widestGap);
  const from = Math.max(...gaps.map((gap) => gap.from));
  const to = Math.min(...gaps.map((gap) => gap.to));
  return from < to ? (from + to) / 2 : (gaps[0].from + gaps[0].to) / 2;
}

export function readLetterhead(firstPage: readonly PageLine[]): Letterhead | null {
  const top = firstPage.slice(0, LETTERHEAD_LINES);
  let last = -1;
  top.forEach((line, index) => {
    if (line.segments.length >= 2) last = index;
  });
  if (last < 0) return null;
  const gutter = gutterOf(top.slice(0, last + 1).filter((line) => line.segments.length >= 2));
  // A column may run on below the other ("place, date" under a motto that wrapped): lines wholly on
  // one side, as close and as large as the rows above — not the title further down.
  const rowSpacing = last > 0 ? (top[0].y - top[last].y) / last : 1.2 * top[0].size;
  const runsOn = (line: PageLine, above: PageLine) =>
    (line.right < gutter || line.x > gutter) && above.y - line.y <= ROW_GAP * rowSpacing && line.size <= above.size;
  while (last + 1 < top.length && runsOn(top[last + 1], top[last])) last += 1;
  const lines = top.slice(0, last + 1);
  const left: string[] = [];
  const right: string[] = [];
  for (const line of lines) {
    const sides = { left: [] as string[], right: [] as string[] };
    for (const segment of line.segments) sides[(segment.x + segment.right) / 2 < gutter ? 'left' : 'right'].push(segment.text);
    if (sides.left.length > 0) left.push(sides.left.join(' '));
    if (sides.right.length > 0) right.push(sides.right.join(' '));
  }
  return { columns: [left, right], lineCount: lines.length };
}
