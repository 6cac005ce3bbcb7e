/** The preview lays a sheet out as Excel would: widths, headers, titles over empty cells. */
import { plan43 } from '../../src/catalogues';
import { SHEETS } from '../../src/layout/names';
import { loadCatalogue } from '../../src/services';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { columnPixels, rowCells, sheetGrid } from '../../src/taskpane/preview/sheet-grid';

describe('the preview sheet grid', () => {
  test("Excel's width in characters → pixels", () => {
    expect(columnPixels(8.43)).toBe(64);
    expect(columnPixels(10)).toBe(75);
  });

  test('the tasks sheet: column widths from the layout, its table header row, the title over empty cells', async () => {
    const book = new MemoryWorkbook();
    await loadCatalogue(book, { catalogue: plan43, settings: { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false } });
    const sheet = book.sheet(SHEETS.tasks)!;
    const grid = sheetGrid(sheet);
    const table = sheet.spec!.tables[0];
    expect(grid.headerRows).toEqual(new Set([table.headerRow]));
    table.columns.forEach((column, index) => expect(grid.widths[table.firstColumn - 1 + index]).toBe(columnPixels(column.width)));
    // Widths differ as the layout asks (the task text is wide, the id narrow), not one size for all.
    expect(new Set(grid.widths).size).toBeGreaterThan(3);
    const titleRow = sheet.spec!.blocks[0].row;
    const [title] = rowCells(sheet, grid, titleRow);
    expect(title.column).toBe(1);
    expect(title.span).toBeGreaterThan(1);
    // A table row is one cell per column.
    expect(rowCells(sheet, grid, table.headerRow + 1)).toHaveLength(grid.columns);
  });
});
