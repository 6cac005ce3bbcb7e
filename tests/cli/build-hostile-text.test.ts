/**
 * A plan whose text holds characters XML forbids, or more than a cell holds, still builds a
 * workbook that opens: `validate` reads it back, and the cut text is reported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { plan43 } from '../../src/catalogues';
import { serializeCatalogue } from '../../src/core/catalogue';
import { CELL_TEXT_LIMIT } from '../../src/core/text/cell-text';
import { SHEETS } from '../../src/layout/names';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const folder = tempFolder();
afterAll(() => folder.cleanup());

test('build writes a workbook its own validate accepts, without the forbidden characters, long text cut and reported', async () => {
  const [first, second] = plan43.tasks;
  const tasks = plan43.tasks.map((task) => {
    if (task === first) return { ...task, text: `Nội dung\uFFFE\uFFFF\u0001 có\u000Bký tự lạ` };
    if (task === second) return { ...task, text: 'Dài '.repeat(10_000) };
    return task;
  });
  const plan = folder.path('ke-hoach.json');
  writeFileSync(plan, serializeCatalogue({ ...plan43, tasks }));
  const out = folder.path('ky-tu-la.xlsx');
  expect((await runPlanTracker('build', '--out', out, '--plan', plan, '--as-of', '2019-06-30')).code).toBe(0);

  const { code, out: printed } = await runPlanTracker('validate', out, '--as-of', '2019-06-30', '--json');
  expect(code).toBe(0);
  const report = JSON.parse(printed) as { findings: { code: string; taskId: string | null }[] };
  expect(report.findings.filter((f) => f.code === 'TEXT_TOO_LONG').map((f) => f.taskId)).toEqual([second.id]);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  const texts: string[] = [];
  book.getWorksheet(SHEETS.tasks)?.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') texts.push(cell.value); }));
  expect(texts).toContain('Nội dung có\nký tự lạ');
  expect(texts.find((text) => text.startsWith('Dài Dài'))).toHaveLength(CELL_TEXT_LIMIT);
});
