/**
 * What an .xlsx written without Excel prints across sheets and in place of a chart: page numbers
 * that run on from sheet to sheet after a reopen, page headers refreshed on a sheet not rewritten,
 * and data bars where the chart would be.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetSpec } from '../../src/layout/spec';
import { newXlsx, openXlsx, type XlsxWorkbook } from '../../src/workbook/xlsx';
import { contractSheet } from './contract/port-contract';

async function sheetXml(bytes: Uint8Array, index: number): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(`xl/worksheets/sheet${index}.xml`)?.async('string')) ?? '';
}

async function reopened(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  return openXlsx(await workbook.toXlsxBytes());
}

function chartSheet(): SheetSpec {
  // Counts 0–7 in B:D under the header row 3; the chart stacks C:D only.
  const base = contractSheet('Theo đơn vị', [
    ['A-01', 'x', null, 1, 7, null],
    ['A-02', 'y', null, 0, 3, null],
  ]);
  const table = base.tables[0];
  return {
    ...base,
    tables: [{ ...table, columns: table.columns.map((c) => (c.key === 'done' ? { ...c, numberFormat: '0' as const } : c)) }],
    charts: [{
      type: 'bar-stacked', title: 'Tình trạng', categories: 'A4:A5', series: 'D3:E5', anchor: 'A9',
      widthColumns: 6, heightRows: 10, seriesColours: ['#C6EFCE', '#C00000'], fallbackText: 'Biểu đồ chỉ có trong Excel',
    }],
  };
}

describe('xlsx adapter: printing the workbook whole', () => {
  test('page numbers run on across sheets after a reopen and save: no sheet restarts at 1', async () => {
    const first = newXlsx();
    await first.write({ sheets: [contractSheet('Một'), contractSheet('Hai')] });
    const bytes = await (await reopened(first)).toXlsxBytes();
    for (const index of [1, 2]) {
      const setup = /<pageSetup[^>]*>/.exec(await sheetXml(bytes, index))?.[0] ?? '';
      expect(setup).toContain('orientation="landscape"');
      expect(setup).not.toContain('useFirstPageNumber');
      expect(setup).not.toContain('firstPageNumber');
    }
  });

  test('a first page number the file asks for is kept', async () => {
    const first = newXlsx();
    await first.write({ sheets: [contractSheet('Một')] });
    const zip = await JSZip.loadAsync(await first.toXlsxBytes());
    const xml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    zip.file('xl/worksheets/sheet1.xml', xml.replace('<pageSetup ', '<pageSetup firstPageNumber="5" useFirstPageNumber="1" '));
    const planners = await openXlsx(await zip.generateAsync({ type: 'uint8array' }));
    const setup = /<pageSetup[^>]*>/.exec(await sheetXml(await planners.toXlsxBytes(), 1))?.[0] ?? '';
    expect(setup).toContain('firstPageNumber="5"');
    expect(setup).toContain('useFirstPageNumber="1"');
  });

  test('a page header is refreshed on a sheet the request does not rewrite; its footer and cells stay', async () => {
    const first = newXlsx();
    await first.write({ sheets: [contractSheet('Một')] });
    const workbook = await reopened(first);
    await workbook.write({ sheets: [], pageHeaders: [{ sheet: 'Một', header: { left: 'Kế hoạch 43-KH/TU', right: 'Tính đến ngày 31/12/2019' } }] });
    const xml = await sheetXml(await workbook.toXlsxBytes(), 1);
    expect(xml).toContain('<oddHeader>&amp;LKế hoạch 43-KH/TU&amp;RTính đến ngày 31/12/2019</oddHeader>');
    expect(xml).toContain('<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>');
    const [table] = await workbook.readTables([{ sheet: 'Một' }]);
    expect(table?.rows.map((row) => row[0])).toEqual(['A-01', 'A-02', 'A-03']);
  });

  test('a page header for a sheet that is not there stops the write before anything changes', async () => {
    const workbook = newXlsx();
    await workbook.write({ sheets: [contractSheet('Một')] });
    await expect(workbook.write({ sheets: [contractSheet('Hai')], pageHeaders: [{ sheet: 'Không có', header: {} }] })).rejects.toMatchObject({ kind: 'sheet-missing' });
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(['Một']);
  });
});

describe('xlsx adapter: a chart it cannot draw', () => {
  test('each charted column gets data bars in its series colour, all on one scale from 0 to the largest count', async () => {
    const workbook = newXlsx();
    await workbook.write({ sheets: [chartSheet()] });
    const xml = await sheetXml(await workbook.toXlsxBytes(), 1);
    const bars = [...xml.matchAll(/<conditionalFormatting sqref="([A-Z]+\d+:[A-Z]+\d+)">\s*<cfRule type="dataBar"[^>]*>([\s\S]*?)<\/cfRule>/g)]
      .map(([, range, body]) => ({
        range,
        scale: [...body.matchAll(/<cfvo type="num" val="(\d+)"\/>/g)].map((m) => Number(m[1])),
        colour: /<color rgb="(\w+)"\/>/.exec(body)?.[1],
      }));
    expect(bars).toEqual([
      { range: 'D4:D5', scale: [0, 7], colour: 'FFC6EFCE' },
      { range: 'E4:E5', scale: [0, 7], colour: 'FFC00000' },
    ]);
  });

  test('the words at the anchor say where the chart went; the bars survive a reopen and save', async () => {
    const workbook = newXlsx();
    await workbook.write({ sheets: [chartSheet()] });
    const bytes = await (await reopened(workbook)).toXlsxBytes();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(book.getWorksheet('Theo đơn vị')?.getCell('A9').value).toBe('Tình trạng: Biểu đồ chỉ có trong Excel');
    // One rule per column (ExcelJS adds each its Excel 2010 extension, which names no colour).
    expect((await sheetXml(bytes, 1)).match(/<cfRule type="dataBar"/g)).toHaveLength(2);
  });
});
