/**
 * The lines of one PDF page, rebuilt from where its text runs are drawn. A PDF holds no lines or
 * spaces, only runs of glyphs at positions: runs whose baselines are close form a line, read left
 * to right, with a space where a gap is left between two runs and a wide gap marking columns
 * (the letterhead's two halves, table cells). Pure: the runs come from pdf.js (src/pdf/pdf-text.ts).
 */

/** A run of text where the page draws it: baseline start in PDF points, y growing upwards. */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the glyph height the run is drawn at). */
  size: number;
  /** Set in a bold face (headings are bold; the importer reads a wholly bold paragraph as one). */
  bold?: boolean;
}

/** Part of a line between wide gaps: a column of the letterhead, a table cell, or the whole line. */
export interface LineSegment {
  text: string;
  x: number;
  right: number;
}

export interface PageLine {
  /** The segments joined by a space. */
  text: string;
  segments: LineSegment[];
  x: number;
  right: number;
  /** Baseline of the line's largest text (a raised footnote mark does not move it). */
  y: number;
  size: number;
  /** Every run of the line is bold. */
  bold: boolean;
}

/** Baselines closer than this share a line: raised marks, split accents, a neighbouring column. */
const SAME_LINE = 0.5;
/** A gap wider than this between two runs is a space (word spaces are ~0.25 em, kerning far less). */
const WORD_GAP = 0.15;
/** A gap wider than this separates columns, not words (justified spacing stays well under it). */
const COLUMN_GAP = 2.5;

/** Control characters some fonts map glyphs to (\u0005 for a split accent), soft hyphens, zero widths. */
const INVISIBLE = /[\p{Cc}\u00ad\u200b-\u200d\u2060\ufeff]/gu;

function segmentsOf(runs: PositionedText[], size: number): LineSegment[] {
  const segments: LineSegment[] = [];
  let current: LineSegment | null = null;
  for (const run of runs) {
    const gap = current ? run.x - current.right : 0;
    if (!current || gap > COLUMN_GAP * size) {
      current = { text: run.text, x: run.x, right: run.x + run.width };
      segments.push(current);
      continue;
    }
    const spaced = /\s$/.test(current.text) || /^\s/.test(run.text);
    current.text += !spaced && gap > WORD_GAP * size ? ` ${run.text}` : run.text;
    current.right = Math.max(current.right, run.x + run.width);
  }
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trim();
  return segments.filter((segment) => segment.text !== '');
}

function lineOf(runs: PositionedText[]): PageLine | null {
  const main = runs.reduce((a, b) => (b.size > a.size ? b : a));
  const segments = segmentsOf([...runs].sort((a, b) => a.x - b.x), main.size);
  if (segments.length === 0) return null;
  return {
    text: segments.map((segment) => segment.text).join(' '),
    segments,
    x: segments[0].x,
    right: segments[segments.length - 1].right,
    y: main.y,
    size: main.size,
    bold: runs.every((run) => run.bold === true),
  };
}

/** The page's lines from top to bottom. Runs with no visible character are left out. */
export function pageLines(runs: readonly PositionedText[]): PageLine[] {
  const visible = runs
    .map((run) => ({ ...run, text: run.text.replace(INVISIBLE, '') }))
    .filter((run) => run.text.trim() !== '' && Number.isFinite(run.x) && Number.isFinite(run.y))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PageLine[] = [];
  let group: PositionedText[] = [];
  let top = 0;
  let size = 0;
  for (const run of visible) {
    if (group.length > 0 && top - run.y <= SAME_LINE * Math.max(size, run.size)) {
      group.push(run);
      size = Math.max(size, run.size);
      continue;
    }
    const line = group.length > 0 ? lineOf(group) : null;
    if (line) lines.push(line);
    group = [run];
    top = run.y;
    size = run.size;
  }
  const last = group.length > 0 ? lineOf(group) : null;
  if (last) lines.push(last);
  return lines;
}
