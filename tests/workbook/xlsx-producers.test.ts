/**
 * Workbooks saved by other programs than Excel open, are checked and summarised, and keep what the
 * planner entered: real files made by LibreOffice Calc and openpyxl (tests/fixtures/xlsx/producers,
 * README there says how each was made).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTasks } from '../../src/layout/readback';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../../src/services';
import { openXlsx } from '../../src/workbook/xlsx';
import { readablePackage } from '../../src/workbook/xlsx/xlsx-package';
import { builtWorkbook, plainBook, SERVICE_OPTIONS, sheetOf } from '../fixtures/xlsx/planner-workbooks';

// Each test opens, and some save, a whole workbook: seconds on a busy machine.
jest.setTimeout(30_000);

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

/** The planner's own sheet the edited fixtures hold: text with a comment, a date. */
const PLANNER_SHEET = { a1: 'Biên bản họp', comment: 'Hỏi lại đơn vị chủ trì', b2: new Date(Date.UTC(2019, 6, 1)) };

/** A comment's text, whichever form ExcelJS gives it in (plain text, or rich text runs). */
function commentText(note: unknown): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts ?? [];
  return texts.map((run) => run.text).join('');
}

async function plannerSheet(bytes: Uint8Array) {
  const sheet = sheetOf(await plainBook(bytes), 'Ghi chú họp');
  return { a1: sheet.getCell('A1').value, comment: commentText(sheet.getCell('A1').note), b2: sheet.getCell('B2').value };
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
    const bytes = await workbook.toXlsxBytes();
    const again = await tasksOf(bytes);
    expect(again.tasks.find((task) => task.id === 'B.I-01')?.completedOn).toBe(edited ? '2019-05-15' : null);
    if (edited) expect(await plannerSheet(bytes)).toEqual(PLANNER_SHEET);
  });

  if (edited) {
    it('"Tải kế hoạch" keeps the planner’s own sheet, its date and its comment', async () => {
      const workbook = await openXlsx(fixture(name));
      await loadCatalogue(workbook, SERVICE_OPTIONS);
      expect(await plannerSheet(await workbook.toXlsxBytes())).toEqual(PLANNER_SHEET);
    });
  }
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
    // Stored (not compressed) and relative now, as Excel writes them; asserted as booleans so a
    // failure does not print the whole package.
    const text = Buffer.from(readable).toString('utf8');
    expect(text.includes('Target="../tables/table1.xml"')).toBe(true);
    expect(text.includes('Target="/xl/')).toBe(false);
    // openpyxl's comment part, under the name ExcelJS looks for, its text in a run ExcelJS reads.
    expect(text.includes('Target="../comments1.xml"')).toBe(true);
    expect(text.includes('<text><r><t xml:space="preserve">Hỏi lại đơn vị chủ trì</t></r></text>')).toBe(true);
  });

});
