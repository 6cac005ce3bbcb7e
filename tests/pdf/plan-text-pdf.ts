/**
 * A plan's text printed line for line into a PDF by minimalPdf: 10 pt lines down to the bottom
 * margin of an A4 page, a blank line as a wider gap, a running header and the page number at the foot of every page — a PDF
 * with a text layer like a printed plan's, made in milliseconds and without LibreOffice (the
 * browser test uses it). Test support only.
 */
import { minimalPdf, type MinimalLine, type MinimalPage } from './minimal-pdf';

const TOP = 770;
const BOTTOM = 60;
const LINE = 14;
const BLANK = 8;

export function planTextPdf(text: string, runningHeader: string): Buffer {
  const pages: MinimalPage[] = [];
  let lines: MinimalLine[] = [];
  let y = TOP;
  const newPage = () => {
    pages.push({ lines: [{ text: runningHeader, x: 180, y: 810, size: 9 }, ...lines, { text: String(pages.length + 1), x: 295, y: 30, size: 9 }] });
    lines = [];
    y = TOP;
  };
  let blank = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    if (blank && lines.length > 0) y -= BLANK;
    if (y < BOTTOM) newPage();
    blank = false;
    lines.push({ text: line, x: 60, y, size: 10 });
    y -= LINE;
  }
  if (lines.length > 0) newPage();
  return minimalPdf(pages);
}
