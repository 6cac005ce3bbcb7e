/**
 * How the preview lays one sheet out, read from the sheet's spec as Excel would: column widths the
 * layout asks for, merged titles, text that overflows into empty cells to its right, header rows.
 * Pure, so the layout rules are tested without a browser.
 */
import { cellA1, parseCell } from '../../layout/a1';
import type { MemorySheet } from '../../workbook/memory';

/** Excel's default column width, in characters (8.43 for Calibri 11). */
const DEFAULT_WIDTH = 8.43;

/** Excel's own conversion of a width in characters to pixels at 100 % zoom (7 px a digit + 5 px padding). */
export function columnPixels(widthInCharacters: number): number {
  return Math.round(widthInCharacters * 7 + 5);
}

export interface SheetGrid {
  rows: number;
  columns: number;
  /** Pixel width of each column, index 0 = column A. */
  widths: number[];
  /** Header rows of the sheet's tables (1-based): they stay in view while the sheet scrolls. */
  headerRows: Set<number>;
  /** Cells merged across columns (A1 → number of columns). */
  spans: Map<string, number>;
  /** Rows of text blocks (titles, captions, paragraphs): their text runs over empty cells as in Excel. */
  textRows: Set<number>;
}

export function sheetGrid(sheet: MemorySheet): SheetGrid {
  let rows = 0;
  let columns = 0;
  for (const address of sheet.cells.keys()) {
    const { row, column } = parseCell(address);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  const characters: number[] = Array.from({ length: columns }, () => DEFAULT_WIDTH);
  const headerRows = new Set<number>();
  for (const table of sheet.spec?.tables ?? []) {
    headerRows.add(table.headerRow);
    table.columns.forEach((column, index) => {
      const at = table.firstColumn - 1 + index;
      if (at < columns) characters[at] = column.width;
    });
  }
  // Titles and paragraphs merged across columns in the workbook are merged here too.
  const spans = new Map<string, number>();
  const textRows = new Set<number>();
  for (const block of sheet.spec?.blocks ?? []) {
    textRows.add(block.row);
    if ((block.mergeAcross ?? 1) > 1) spans.set(cellA1(block.row, block.column), block.mergeAcross ?? 1);
  }
  return { rows, columns, widths: characters.map(columnPixels), headerRows, spans, textRows };
}

const isEmpty = (sheet: MemorySheet, address: string) => {
  const value = sheet.cells.get(address);
  return value === undefined || value === null || value === '';
};

/**
 * The cells of one row as the preview draws them: a merged cell covers its columns; on a text row a
 * title runs over the empty cells to its right, as Excel shows a long title in A1.
 */
export function rowCells(sheet: MemorySheet, grid: SheetGrid, row: number): { column: number; span: number }[] {
  const cells: { column: number; span: number }[] = [];
  for (let column = 1; column <= grid.columns; ) {
    let span = Math.min(grid.spans.get(cellA1(row, column)) ?? 1, grid.columns - column + 1);
    if (span === 1 && grid.textRows.has(row) && !isEmpty(sheet, cellA1(row, column))) {
      while (column + span <= grid.columns && isEmpty(sheet, cellA1(row, column + span)) && !grid.spans.has(cellA1(row, column + span))) span += 1;
    }
    cells.push({ column, span });
    column += span;
  }
  return cells;
}
