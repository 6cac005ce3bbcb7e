/**
 * ExcelJS writes a print area "A1:M56" as "$A1:$M56" (it only puts "$" before each part), and
 * LibreOffice ignores such a half-relative print area and prints every column, tiny. Handing
 * ExcelJS "A$1:M$56" gives the absolute "$A$1:$M$56" every reader honours; it reads back "A1:M56".
 */
import { columnLetter, parseRange } from '../../layout/a1';

/** One or several ("&&"-joined) print areas in the form ExcelJS turns into absolute references. */
export function exceljsPrintArea(area: string): string {
  return area
    .split('&&')
    .map((part) => {
      const { top, left, bottom, right } = parseRange(part.replace(/\$/g, ''));
      return `${columnLetter(left)}$${top}:${columnLetter(right)}$${bottom}`;
    })
    .join('&&');
}
