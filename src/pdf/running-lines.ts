/**
 * Page headers, footers and page numbers taken off a PDF's pages, so that a sentence running from
 * one page to the next reads on. A running line is one at the top or bottom edge of a page that
 * repeats, at the same height, on more than half of the pages ("Kế hoạch số 141/KH-UBND",
 * "Trang 3/7" — numbers may change); a bare page number ("3", "- 3 -", "Trang 3") goes wherever
 * it stands at an edge. Lines inside the page are never touched.
 */
import type { PageLine } from './page-lines';

/** How many lines from each edge may be page furniture (a header of two lines and a rule). */
const EDGE_LINES = 3;
/** Points a repeated line may move between pages and still be "at the same height". */
const SAME_HEIGHT = 3;

const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:trang|page)\s+\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?$|^\d{1,4}\s*\/\s*\d{1,4}$/iu;

/** Digits differ from page to page in "Trang 3/7"; case and spacing do not matter. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

interface EdgeLine {
  page: number;
  index: number;
  key: string;
  y: number;
}

function edgeLines(pages: readonly PageLine[][]): EdgeLine[] {
  const edges: EdgeLine[] = [];
  pages.forEach((lines, page) => {
    const indexes = new Set<number>();
    for (let i = 0; i < Math.min(EDGE_LINES, lines.length); i += 1) indexes.add(i);
    for (let i = Math.max(0, lines.length - EDGE_LINES); i < lines.length; i += 1) indexes.add(i);
    for (const index of indexes) edges.push({ page, index, key: repeatKey(lines[index].text), y: lines[index].y });
  });
  return edges;
}

/** "page:index" of every edge line repeated on more than half of the pages at the same height. */
function repeatedAtEdges(pages: readonly PageLine[][]): Set<string> {
  const byKey = new Map<string, EdgeLine[]>();
  for (const edge of edgeLines(pages)) byKey.set(edge.key, [...(byKey.get(edge.key) ?? []), edge]);
  const repeated = new Set<string>();
  for (const edges of byKey.values()) {
    for (const edge of edges) {
      const pagesAtHeight = new Set(edges.filter((other) => Math.abs(other.y - edge.y) <= SAME_HEIGHT).map((other) => other.page));
      if (pagesAtHeight.size >= 2 && pagesAtHeight.size * 2 > pages.length) repeated.add(`${edge.page}:${edge.index}`);
    }
  }
  return repeated;
}

export interface PagesWithoutRunningLines {
  pages: PageLine[][];
  /** The lines taken off, in page order (for a count and a test). */
  removed: string[];
}

export function withoutRunningLines(pages: readonly PageLine[][]): PagesWithoutRunningLines {
  const repeated = repeatedAtEdges(pages);
  const removed: string[] = [];
  const furniture = (page: number, index: number, line: PageLine) => repeated.has(`${page}:${index}`) || PAGE_NUMBER.test(line.text);
  const kept = pages.map((lines, page) => {
    let first = 0;
    let end = lines.length;
    // From each edge inwards, only while the lines are furniture: the body starts at the first that is not.
    while (first < end && first < EDGE_LINES && furniture(page, first, lines[first])) first += 1;
    while (end > first && end > lines.length - EDGE_LINES && furniture(page, end - 1, lines[end - 1])) end -= 1;
    removed.push(...lines.slice(0, first).map((line) => line.text), ...lines.slice(end).map((line) => line.text));
    return lines.slice(first, end);
  });
  return { pages: kept, removed };
}
