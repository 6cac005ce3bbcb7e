/**
 * Workbooks saved by other programs than Excel open, are checked and summarised, and keep what the
 * planner entered: real files made by LibreOffice Calc and openpyxl (tests/fixtures/xlsx/producers,
 * README there says how each was made).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTasks } from '../../src/layout/readback';
import { summarizeWorkbook, validateWorkbook } from '../../src/services';
import { openXlsx } from '../../src/workbook/xlsx';
import { readablePackage } from '../../src/workbook/xlsx/xlsx-package';
import { builtWorkbook, SERVICE_OPTIONS } from '../fixtures/xlsx/planner-workbooks';

const PRODUCERS = join(__dirname, '../fixtures/xlsx/producers');
const fixture = (name: string) => new Uint8Array(readFileSync(join(PRODUCERS, name)));

/** Each file: its producer, and whether a planner's edits (B.I-01 done on 15/05/2019) are in it. */
const FILES = [
  { name: 'libreoffice.xlsx', producer: 'LibreOffice Calc 7.4', edited: false },
  { name: 'openpyxl.xlsx', producer: 'openpyxl 3.0.9', edited: true },
  { name: 'libreoffice-edited.xlsx', producer: 'openpyxl 3.0.9, then LibreOffice Calc 7.4', edited: true },
];

async function tasksOf(bytes: Uint8Array) {
  const [table] = await (await openXlsx(bytes)).readTables([{ sheet: 'Nhiệm vụ' }]);
  if (!table) throw new Error('no tasks table');
  return readTasks(table);
}

describe.each(FILES)('$name (saved by $producer)', ({ name, edited }) => {
  it('opens with its tasks table and every task of Kế hoạch 43', async () => {
    const read = await tasksOf(fixture(name));
    expect(read.tasks).toHaveLength(51);
    expect(read.problems).toEqual([]);
    const first = read.tasks.find((task) => task.id === 'B.I-01');
    expect(first?.progress).toBe(edited ? 'done' : null);
    expect(first?.completedOn).toBe(edited ? '2019-05-15' : null);
    expect(read.tasks.find((task) => task.id === 'B.I-02')?.progress).toBe(edited ? 'in-progress' : null);
  });

  it('is checked against the plan it stores', async () => {
    const result = await validateWorkbook(await openXlsx(fixture(name)), SERVICE_OPTIONS);
    expect(result.plan.number).toBe('43-KH/TU');
    expect(result.taskCount).toBe(51);
  });

  it('is summarised and saved again, and the copy opens with the edits kept', async () => {
    const workbook = await openXlsx(fixture(name));
    const result = await summarizeWorkbook(workbook, SERVICE_OPTIONS);
    expect(result.summary.overview.counts.total).toBe(51);
    expect(result.summary.overview.counts.done).toBe(edited ? 1 : 0);
    const again = await tasksOf(await workbook.toXlsxBytes());
    expect(again.tasks.find((task) => task.id === 'B.I-01')?.completedOn).toBe(edited ? '2019-05-15' : null);
  });
});

describe('the package step', () => {
  it('passes a file written by Excel’s conventions on unchanged (nothing to rename)', async () => {
    const built = await builtWorkbook();
    expect(readablePackage(built)).toBe(built);
  });

  it('rewrites openpyxl’s absolute targets, which ExcelJS could not follow', () => {
    const bytes = fixture('openpyxl.xlsx');
    const readable = readablePackage(bytes);
    expect(readable).not.toBe(bytes);
    // Stored relative now, as Excel writes them.
    const text = Buffer.from(readable).toString('latin1');
    expect(text).toContain('Target="../tables/table1.xml"');
    expect(text).not.toContain('Target="/xl/');
  });

});
