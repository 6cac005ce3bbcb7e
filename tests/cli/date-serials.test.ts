/**
 * Date-formatted numbers Excel does not show as dates stay numbers: `summary` never rewrites a
 * planner's cell as "NaN" (ExcelJS did, for numbers past a JS Date), and a task's date cell holding
 * one is reported by `validate`, not skipped. Serials 1–60 follow Excel's phantom 29/02/1900.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fromExcelSerial, isExcelDateSerial, toExcelSerial } from '../../src/core/dates';
import { SHEETS } from '../../src/layout/names';
import { readCell, toExcelValue } from '../../src/workbook/xlsx';
import { builtWorkbook, edited, sheetOf } from '../fixtures/xlsx/planner-workbooks';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const folder = tempFolder();
afterAll(() => folder.cleanup());

const SERIALS = [1, 59, 60, 61, 43646, 2_958_465, 2_958_466, 1e12, -5];

async function sheetXml(path: string, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rId = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)![1];
  return zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
}

test('Excel serials and ISO dates, with the phantom 29/02/1900', () => {
  expect([1, 59, 61].map(fromExcelSerial)).toEqual(['1900-01-01', '1900-02-28', '1900-03-01']);
  expect(['1900-01-01', '1900-02-28', '1900-03-01', '2019-06-30'].map(toExcelSerial)).toEqual([1, 59, 61, 43646]);
  expect(SERIALS.map(isExcelDateSerial)).toEqual([true, true, false, true, true, true, false, false, false]);
  expect(toExcelValue({ date: '1900-01-01' })).toBe(1);
  expect(toExcelValue({ date: '1899-12-31' })).toBe('31/12/1899');
});

test("summary keeps a planner's out-of-range date cells as numbers; readCell reads each serial as Excel shows it", async () => {
  const bytes = await edited(await builtWorkbook(), (book) => {
    const mine = book.addWorksheet('Của tôi');
    SERIALS.forEach((serial, i) => {
      const cell = mine.getCell(i + 1, 1);
      cell.value = serial;
      cell.numFmt = 'dd/mm/yyyy';
    });
    const formula = mine.getCell(SERIALS.length + 1, 1);
    formula.value = { formula: 'A8*1', result: 1e12 };
    formula.numFmt = 'dd/mm/yyyy';
  });
  const input = folder.path('ngay-la.xlsx');
  writeFileSync(input, bytes);
  const out = folder.path('ngay-la-bao-cao.xlsx');
  expect((await runPlanTracker('summary', input, '--out', out, '--as-of', '2019-06-30')).code).toBe(0);

  const xml = await sheetXml(out, 'Của tôi');
  expect(xml).not.toContain('NaN');
  const values = [...xml.matchAll(/<c r="A\d+"[^>]*><v>([^<]*)<\/v><\/c>/g)].map((m) => Number(m[1]));
  expect(values).toEqual(SERIALS);
  expect(xml).toMatch(new RegExp(`<c r="A${SERIALS.length + 1}"[^>]*><f>A8\\*1</f><v>1000000000000</v></c>`));

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  const mine = book.getWorksheet('Của tôi') as ExcelJS.Worksheet;
  expect(SERIALS.map((_, i) => readCell(mine.getCell(i + 1, 1)))).toEqual([
    { date: '1900-01-01' }, { date: '1900-02-28' }, 60, { date: '1900-03-01' }, { date: '2019-06-30' }, { date: '9999-12-31' }, 2_958_466, 1e12, -5,
  ]);
  expect(readCell(mine.getCell(SERIALS.length + 1, 1))).toBe(1e12);
}, 60_000);

test('a task whose completion date is a number past any date is reported by validate', async () => {
  const bytes = await edited(await builtWorkbook(), (book) => {
    const tasks = sheetOf(book, SHEETS.tasks);
    tasks.getCell('J6').value = 5e9;
  });
  const path = folder.path('hoan-thanh-la.xlsx');
  writeFileSync(path, bytes);
  const { code, out } = await runPlanTracker('validate', path, '--as-of', '2019-06-30', '--json');
  expect(code).toBe(0);
  const report = JSON.parse(out) as { findings: { code: string; target: { cell: string } | null; message: { vi: string } }[] };
  const onCell = report.findings.filter((f) => f.target?.cell === 'J6');
  expect(onCell.length).toBeGreaterThan(0);
  expect(JSON.stringify(onCell)).toContain('5000000000');
}, 60_000);
