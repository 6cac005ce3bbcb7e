/**
 * RowXmlWriter writes rows without ExcelJS's Row and Cell objects; the sheet it makes must be the
 * very XML ExcelJS's streaming writer makes from the same cells (and the same styles.xml), for
 * every kind of value the layout writes and the edge cases of ExcelJS's rules: empty rows skipped,
 * styled empty cells kept, merged cells taking the first cell's style, columns out of order.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { toExcelValue } from '../../src/workbook/xlsx/cell-values';
import { RowXmlWriter, type RowCell, type StyleTable } from '../../src/workbook/xlsx/row-xml';

/** A row to write; `table`: given to tableRow (its cells from one column on, in order) rather than row. */
type Row = { r: number; cells: [number, RowCell][]; height?: number; merges?: [number, number][]; table?: boolean };

const BORDERED: Partial<ExcelJS.Style> = { border: { top: { style: 'thin' } }, alignment: { vertical: 'top', wrapText: true } };
const BOLD: Partial<ExcelJS.Style> = { font: { bold: true, name: 'Calibri', size: 11 } };
const DATE: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy' };
const FILLED: Partial<ExcelJS.Style> = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } };

const ROWS: Row[] = [
  // A merged title: covered cells take the first cell's style.
  { r: 1, cells: [[1, { value: 'KẾ HOẠCH <số> 43 & "trích" \'dẫn\'', style: BOLD }]], merges: [[1, 4]] },
  // Every kind of value, columns given out of order.
  {
    r: 3,
    height: 45,
    cells: [
      [5, { value: { date: '2019-06-30' }, style: DATE }],
      [1, { value: 'Chữ\u0001 có\u0008 ký tự điều khiển\u007f và xuống\ndòng', style: BORDERED }],
      [2, { value: 1234.5, style: BORDERED }],
      [3, { value: 0, style: NO_STYLE() }],
      [4, { value: true, style: BORDERED }],
      [6, { value: { link: { sheet: 'Nhiệm vụ', cell: 'A5', text: 'Nhiệm vụ!A5 "x" & y' } }, style: FILLED }],
      [7, { value: { formula: '=SUM(B3:B4)' }, style: BORDERED }],
      [8, { value: { date: '1900-01-15' }, style: DATE }],
      [9, { value: '', style: BORDERED }],
      [10, { value: false, style: NO_STYLE() }],
    ],
  },
  // Styled empty cells beside a value.
  { r: 4, cells: [[1, { value: 'x', style: BORDERED }], [2, { value: null, style: BORDERED }], [3, { value: undefined, style: FILLED }], [4, { value: null, style: NO_STYLE() }]] },
  // Only styled empty cells and no height: ExcelJS leaves the row out.
  { r: 5, cells: [[1, { value: null, style: BORDERED }], [2, { value: undefined, style: FILLED }]] },
  // A height and nothing else.
  { r: 6, cells: [], height: 30 },
  // A height and only styled empty cells.
  { r: 7, cells: [[2, { value: null, style: BORDERED }]], height: 20 },
  // A merge whose first cell has no value nor style, and one over a cell that had a value.
  { r: 8, cells: [[3, { value: 'lost under the merge', style: FILLED }], [6, { value: 'ở lại', style: BORDERED }]], merges: [[1, 3], [5, 7]] },
  // Far columns (two and three letters).
  { r: 10, cells: [[27, { value: 'AA', style: BORDERED }], [703, { value: 'AAA', style: BORDERED }]] },
  // Table rows: values, a date before 1900 (written as text), empty ones with and without a height.
  { r: 12, table: true, height: 33, cells: [[2, { value: 'B.II.1-07', style: BORDERED }], [3, { value: null, style: BORDERED }], [4, { value: { date: '1899-12-31' }, style: DATE }], [5, { value: 3, style: NO_STYLE() }]] },
  { r: 13, table: true, cells: [[2, { value: null, style: BORDERED }], [3, { value: '', style: BORDERED }]] },
  { r: 14, table: true, height: 18, cells: [[2, { value: null, style: BORDERED }], [3, { value: null, style: NO_STYLE() }]] },
];

function NO_STYLE(): Partial<ExcelJS.Style> {
  return {};
}

/** One sheet streamed by ExcelJS, its rows drawn by `draw`; returns the sheet's XML and styles.xml. */
async function streamed(draw: (sheet: ExcelJS.Worksheet, styles: StyleTable) => void): Promise<{ sheet: string; styles: string }> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false });
  const sheet = writer.addWorksheet('Trang');
  sheet.getColumn(1).width = 30;
  draw(sheet, (writer as unknown as { styles: StyleTable }).styles);
  sheet.commit();
  await writer.commit();
  const bytes = (writer as unknown as { stream: { read(): Buffer } }).stream.read();
  const zip = await JSZip.loadAsync(bytes);
  return {
    sheet: await zip.file('xl/worksheets/sheet1.xml')!.async('string'),
    styles: await zip.file('xl/styles.xml')!.async('string'),
  };
}

/** The same rows through ExcelJS's Row and Cell objects, as stream-sheet.ts drew them before. */
function withExcelJs(sheet: ExcelJS.Worksheet): void {
  for (const { r, cells, height, merges } of ROWS) {
    const row = sheet.getRow(r);
    for (const [column, cell] of cells) {
      const target = row.getCell(column);
      if (cell.value !== undefined) target.value = toExcelValue(cell.value);
      target.style = cell.style;
    }
    if (height !== undefined) row.height = height;
    for (const [left, right] of merges ?? []) sheet.mergeCells(r, left, r, right);
    row.commit();
  }
}

function withRowXml(sheet: ExcelJS.Worksheet, styles: StyleTable): void {
  const writer = new RowXmlWriter(sheet, styles);
  for (const { r, cells, height, merges, table } of ROWS) {
    if (table) writer.tableRow(r, cells[0][0], cells.map(([, cell]) => cell.value ?? null), cells.map(([, cell]) => cell.style), height ?? null);
    else writer.row(r, new Map(cells), height ?? null, merges);
  }
  writer.flush();
}

describe('RowXmlWriter', () => {
  it('writes the sheet and styles ExcelJS writes from the same cells', async () => {
    const expected = await streamed(withExcelJs);
    const actual = await streamed(withRowXml);
    expect(actual.sheet).toBe(expected.sheet);
    expect(actual.styles).toBe(expected.styles);
  });

  it('escapes markup and drops control characters in text', async () => {
    const { sheet } = await streamed(withRowXml);
    expect(sheet).toContain('<v>KẾ HOẠCH &lt;số&gt; 43 &amp; &quot;trích&quot; &apos;dẫn&apos;</v>');
    expect(sheet).toContain('<v>Chữ có ký tự điều khiển và xuống\ndòng</v>');
    expect(sheet).not.toContain('lost under the merge');
    expect(sheet).toContain('<mergeCell ref="A1:D1"/>');
    expect(sheet).toContain('<mergeCell ref="E8:G8"/>');
    expect(sheet).not.toContain('<row r="5"');
    expect(sheet).toContain('<c r="AAA10"');
    expect(sheet).toContain('<v>31/12/1899</v>');
    expect(sheet).not.toContain('<row r="13"');
    expect(sheet).toContain('<row r="14" ht="18" customHeight="1" spans="2:3" x14ac:dyDescent="0.25"><c r="B14" s=');
  });

  it('writes a row longer than its buffer whole', async () => {
    // Longer than a row's room in the buffer (64 KB of UTF-8), shorter than a cell holds (32,767).
    const long = 'Nội dung dài. '.repeat(2_000);
    const { sheet } = await streamed((worksheet, styles) => {
      const writer = new RowXmlWriter(worksheet, styles);
      writer.row(1, new Map([[1, { value: 'trước', style: {} }]]), null);
      writer.row(2, new Map([[1, { value: long, style: {} }]]), null);
      writer.row(3, new Map([[1, { value: 'sau', style: {} }]]), null);
      writer.flush();
    });
    expect(sheet).toContain(`<row r="2" spans="1:1" x14ac:dyDescent="0.25"><c r="A2" t="str"><v>${long}</v></c></row>`);
    expect(sheet.indexOf('trước')).toBeLessThan(sheet.indexOf(long));
    expect(sheet.indexOf(long)).toBeLessThan(sheet.indexOf('sau'));
  });

  it('draws one cell per column for a table row shorter or longer than its columns', async () => {
    const styles = [BORDERED, FILLED, DATE];
    const asTableRows = await streamed((worksheet, table) => {
      const writer = new RowXmlWriter(worksheet, table);
      writer.tableRow(2, 2, ['ngắn'], styles, null);
      writer.tableRow(3, 2, ['a', 'b', { date: '2019-06-30' }, 'thừa'], styles, null);
      writer.flush();
    });
    const asCells = await streamed((worksheet, table) => {
      const writer = new RowXmlWriter(worksheet, table);
      writer.row(2, new Map([[2, { value: 'ngắn', style: BORDERED }], [3, { style: FILLED }], [4, { style: DATE }]]), null);
      writer.row(3, new Map([[2, { value: 'a', style: BORDERED }], [3, { value: 'b', style: FILLED }], [4, { value: { date: '2019-06-30' }, style: DATE }]]), null);
      writer.flush();
    });
    expect(asTableRows.sheet).toBe(asCells.sheet);
    expect(asTableRows.sheet).not.toContain('thừa');
    expect(asTableRows.sheet).toContain('<c r="D2" s=');
  });
});
