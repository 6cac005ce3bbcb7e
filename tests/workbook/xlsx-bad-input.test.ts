/**
 * Workbooks a planner has damaged, read through the xlsx adapter, the layout readback and the
 * services: each gets a clear message or a finding, nothing crashes, and what the planner wrote
 * survives a re-save. Inputs are built here with ExcelJS.
 */
import type ExcelJS from 'exceljs';
import { plan43 } from '../../src/catalogues';
import { readTasks } from '../../src/layout/readback';
import { summarizeWorkbook, validateWorkbook } from '../../src/services';
import type { TableRead } from '../../src/layout/readback/table-read';
import { isWorkbookError } from '../../src/workbook/port';
import {
  builtWorkbook,
  edited,
  handMadeTasks,
  plainBook,
  reopen,
  SERVICE_OPTIONS,
  sheetOf,
  tableModels,
} from '../fixtures/xlsx/planner-workbooks';

const TASKS = 'Nhiệm vụ';
let built: Uint8Array;

beforeAll(async () => {
  built = await builtWorkbook();
});

/** The sheet row of a task on the built tasks sheet (header on row 5, ids in column A). */
function rowOf(sheet: ExcelJS.Worksheet, id: string): number {
  for (let r = 6; r <= sheet.rowCount; r += 1) if (sheet.getCell(`A${r}`).value === id) return r;
  throw new Error(`no row for ${id}`);
}

async function tasksTable(bytes: Uint8Array): Promise<TableRead> {
  const workbook = await reopen(bytes);
  const [table] = await workbook.readTables([{ sheet: TASKS }]);
  if (!table) throw new Error('no tasks table');
  return table;
}

async function validate(bytes: Uint8Array) {
  return validateWorkbook(await reopen(bytes), SERVICE_OPTIONS);
}

const codesOf = (result: Awaited<ReturnType<typeof validate>>) => result.findings.map((l) => l.finding.code);

describe('a tasks table that is gone or renamed', () => {
  test('the tasks sheet deleted: a "table missing" error with planner words, not a crash', async () => {
    const bytes = await edited(built, (book) => book.removeWorksheet(sheetOf(book, TASKS).id));
    const error = await validate(bytes).then(() => null, (e: unknown) => e);
    expect(isWorkbookError(error) && error.kind).toBe('table-missing');
    expect(isWorkbookError(error) && error.words.vi).toMatch(/^Không tìm thấy bảng "PT_Tasks \(Nhiệm vụ\)"/);
  });

  test('the table removed but its cells left: the same clear error', async () => {
    const bytes = await edited(built, (book) => sheetOf(book, TASKS).removeTable('PT_Tasks'));
    await expect(validate(bytes)).rejects.toMatchObject({ kind: 'table-missing' });
  });

  test('the table renamed: the first table of the tasks sheet is read instead', async () => {
    const bytes = await edited(built, (book) => {
      const [model] = tableModels(sheetOf(book, TASKS));
      model.name = 'Bang_NV';
      model.displayName = 'Bang_NV';
    });
    expect((await (await reopen(bytes)).listSheets())[0]).toEqual({ name: TASKS, tables: ['Bang_NV'], hidden: false });
    const result = await validate(bytes);
    expect(result.taskCount).toBe(plan43.tasks.length);
  });
});

describe('columns reordered or renamed by the planner', () => {
  test('aliases in another order are matched by meaning; dates as text or serials are read', async () => {
    const bytes = await handMadeTasks(
      ['Nội dung', 'Deadline', 'Task id', 'Chủ trì', 'Tiến độ', 'Hoàn thành ngày'],
      [
        ['Rà soát tổ chức bộ máy', '30/06/2019', 'X-01', 'Ban Tổ chức Tỉnh ủy', 'Đã hoàn thành', 43640],
        ['Sáp nhập hai ban', 43646, 'X-02', 'Ban Tuyên giáo Tỉnh ủy; Ban Dân vận Tỉnh ủy', 'Đang thực hiện', null],
      ],
    );
    const read = readTasks(await tasksTable(bytes));
    expect(read.problems).toEqual([]);
    expect(read.tasks.map((t) => [t.id, t.text, t.deadline.end, t.lead, t.progress, t.completedOn])).toEqual([
      ['X-01', 'Rà soát tổ chức bộ máy', '2019-06-30', ['Ban Tổ chức Tỉnh ủy'], 'done', '2019-06-24'],
      ['X-02', 'Sáp nhập hai ban', '2019-06-30', ['Ban Tuyên giáo Tỉnh ủy', 'Ban Dân vận Tỉnh ủy'], 'in-progress', null],
    ]);
    expect(read.locate('X-02', 'end')).toEqual({ sheet: TASKS, cell: 'B5' });
  });

  test('a required column renamed past recognition: an error finding that names it, no tasks guessed', async () => {
    const bytes = await handMadeTasks(['Số hiệu', 'Nội dung'], [['X-01', 'Việc một']]);
    const result = await validate(bytes);
    expect(result.taskCount).toBe(0);
    expect(result.findings.map((l) => [l.finding.code, l.finding.severity])).toContainEqual(['SHEET_COLUMN_MISSING', 'error']);
    expect(result.findings.find((l) => l.finding.code === 'SHEET_COLUMN_MISSING')?.finding.message.vi).toContain('"Mã NV"');
  });
});

describe('cells a planner typed', () => {
  test('text in a date cell: a finding on that cell; a serial number in a General cell: read as the date', async () => {
    let textRow = 0;
    let serialRow = 0;
    const bytes = await edited(built, (book) => {
      const sheet = sheetOf(book, TASKS);
      textRow = rowOf(sheet, 'B.II.1-03');
      serialRow = rowOf(sheet, 'B.II.1-04');
      sheet.getCell(`H${textRow}`).value = 'cuối tháng 6';
      sheet.getCell(`H${serialRow}`).value = 43830;
      sheet.getCell(`H${serialRow}`).style = { numFmt: 'General' };
    });
    const result = await validate(bytes);
    const unreadable = result.findings.find((l) => l.finding.code === 'SHEET_DATE_UNREADABLE');
    expect(unreadable?.finding.taskId).toBe('B.II.1-03');
    expect(unreadable?.target).toEqual({ sheet: TASKS, cell: `H${textRow}` });
    const read = readTasks(await tasksTable(bytes));
    expect(read.tasks.find((t) => t.id === 'B.II.1-04')?.deadline.end).toBe('2019-12-31');
  });

  test('blank rows in the middle are skipped; the other tasks are all read', async () => {
    const bytes = await edited(built, (book) => {
      const sheet = sheetOf(book, TASKS);
      for (let c = 1; c <= 15; c += 1) sheet.getRow(10).getCell(c).value = null;
    });
    const result = await validate(bytes);
    expect(result.taskCount).toBe(plan43.tasks.length - 1);
    expect(codesOf(result).filter((code) => code.startsWith('SHEET_'))).toEqual([]);
  });

  test('merged cells: the master cell holds the value, the covered cells read empty, and the merge survives a summary', async () => {
    const bytes = await edited(built, (book) => {
      const sheet = sheetOf(book, TASKS);
      sheet.getCell('K6').value = 'Ghi chú chung cho ba nhiệm vụ';
      sheet.mergeCells('K6:K8');
    });
    const workbook = await reopen(bytes);
    const [table] = await workbook.readTables([{ sheet: TASKS }]);
    const read = readTasks(table as TableRead);
    expect(read.tasks.slice(0, 3).map((t) => t.note)).toEqual(['Ghi chú chung cho ba nhiệm vụ', '', '']);
    await summarizeWorkbook(workbook, SERVICE_OPTIONS);
    const after = sheetOf(await plainBook(await workbook.toXlsxBytes()), TASKS);
    expect(after.getCell('K6').value).toBe('Ghi chú chung cho ba nhiệm vụ');
    expect(after.getCell('K7').isMerged).toBe(true);
  });

  test('formulas give their result; a formula without one and error values become findings, not crashes', async () => {
    const bytes = await edited(built, (book) => {
      const sheet = sheetOf(book, TASKS);
      sheet.getCell(`H${rowOf(sheet, 'C.1-01')}`).value = { formula: 'DATE(2019,9,30)', result: new Date(Date.UTC(2019, 8, 30)) };
      sheet.getCell(`H${rowOf(sheet, 'C.1-02')}`).value = { formula: 'EDATE(G7,3)' };
      sheet.getCell(`D${rowOf(sheet, 'C.2-01')}`).value = { error: '#REF!' };
      sheet.getCell(`J${rowOf(sheet, 'C.2-02')}`).value = { formula: 'NA()', result: { error: '#N/A' } };
    });
    const read = readTasks(await tasksTable(bytes));
    expect(read.tasks.find((t) => t.id === 'C.1-01')?.deadline.end).toBe('2019-09-30');
    const problems = read.problems.map((p) => [p.code, p.taskId]);
    expect(problems).toEqual(expect.arrayContaining([
      ['SHEET_DATE_UNREADABLE', 'C.1-02'],
      ['SHEET_CELL_ERROR', 'C.2-01'],
      ['SHEET_CELL_ERROR', 'C.2-02'],
    ]));
    const result = await validate(bytes);
    expect(result.taskCount).toBe(plan43.tasks.length);
  });

  test('5,000 junk rows typed under the table: every row is reported, the plan tasks still read, a summary is still made', async () => {
    const bytes = await edited(built, (book) => {
      const sheet = sheetOf(book, TASKS);
      const first = 6 + plan43.tasks.length;
      for (let i = 0; i < 5000; i += 1) {
        const row = sheet.getRow(first + i);
        row.getCell(3).value = `rác ${i} =SUM(A1)`;
        row.getCell(9).value = i % 2 ? 'xong rồi?' : 12345;
      }
    });
    const workbook = await reopen(bytes);
    const result = await validateWorkbook(workbook, SERVICE_OPTIONS);
    expect(result.taskCount).toBe(plan43.tasks.length + 5000);
    expect(codesOf(result).filter((c) => c === 'SHEET_ROW_WITHOUT_ID')).toHaveLength(5000);
    const summary = await summarizeWorkbook(workbook, SERVICE_OPTIONS);
    expect(summary.summary.overview.counts.total).toBe(plan43.tasks.length + 5000);
  }, 60_000);
});
