import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SHEETS, TABLES } from '../../src/layout/names';
import { openXlsx } from '../../src/workbook/xlsx';
import { builtWorkbook, edited, plainBook, sheetOf } from '../fixtures/xlsx/planner-workbooks';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const folder = tempFolder();
afterAll(() => folder.cleanup());
// A test builds, edits, summarises and reopens whole workbooks: seconds on a busy machine.
jest.setTimeout(30_000);

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The built workbook after a planner's meeting: one task done, a note, and a sheet of their own. */
async function plannerEdited(): Promise<string> {
  const bytes = await edited(await builtWorkbook(), (book) => {
    const tasks = sheetOf(book, SHEETS.tasks);
    tasks.getCell('I6').value = 'Đã hoàn thành';
    tasks.getCell('J6').value = new Date(Date.UTC(2019, 5, 20));
    tasks.getCell('K6').value = '- Đã báo cáo tại cuộc họp tháng 6';
    const mine = book.addWorksheet('Ghi chú họp');
    mine.getCell('A1').value = 'Biên bản họp';
    mine.getCell('B2').value = { formula: 'COUNTA(A:A)', result: 1 };
    mine.getCell('C3').value = new Date(Date.UTC(2019, 6, 1));
    mine.getCell('C3').numFmt = 'dd/mm/yyyy';
  });
  const path = folder.path(`da-sua-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

describe('plan-tracker summary', () => {
  test("writes a copy with fresh summary sheets; the input and the planner's cells are kept", async () => {
    const input = await plannerEdited();
    const before = digest(input);
    const out = folder.path('bao-cao.xlsx');
    const { code, out: stdout, err } = await runPlanTracker('summary', input, '--out', out, '--as-of', '2019-09-30');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`Đã ghi ${out}, Kế hoạch 43-KH/TU (51 nhiệm vụ), báo cáo tính đến ngày 30/09/2019: Tổng quan, Theo đơn vị, Quá hạn, Sắp đến hạn, Tiến độ theo quý, Không thời hạn, Phụ lục, Lịch sử.`);
    expect(err).toMatch(/^ {2}0% Đang đọc tệp .*\n/);
    expect(digest(input)).toBe(before);

    const book = await plainBook(readFileSync(out));
    const mine = sheetOf(book, 'Ghi chú họp');
    expect([mine.getCell('A1').value, mine.getCell('B2').value, mine.getCell('C3').value]).toEqual([
      'Biên bản họp', { formula: 'COUNTA(A:A)', result: 1 }, new Date(Date.UTC(2019, 6, 1)),
    ]);
    const tasks = sheetOf(book, SHEETS.tasks);
    expect([tasks.getCell('I6').value, tasks.getCell('J6').value, tasks.getCell('K6').value]).toEqual([
      'Đã hoàn thành', new Date(Date.UTC(2019, 5, 20)), '- Đã báo cáo tại cuộc họp tháng 6',
    ]);
    const [overview, history] = await (await openXlsx(readFileSync(out))).readTables([
      { sheet: SHEETS.overview, table: TABLES.overview },
      { sheet: SHEETS.history, table: TABLES.history },
    ]);
    expect(overview?.rows[2]).toEqual(['Đã hoàn thành', 1, 0.02]);
    // The build's report (30/06) and this one (30/09) are both in the history.
    expect(history?.rows.map((row) => row[0])).toEqual(expect.arrayContaining([{ date: '2019-06-30' }, { date: '2019-09-30' }]));
  });

  test('--out may name the input itself, which is then updated in place', async () => {
    const input = await plannerEdited();
    const { code } = await runPlanTracker('summary', input, '--out', input, '--as-of', '2019-09-30');
    expect(code).toBe(0);
    const [overview] = await (await openXlsx(readFileSync(input))).readTables([{ sheet: SHEETS.overview }]);
    expect(overview?.rows[2]).toEqual(['Đã hoàn thành', 1, 0.02]);
  });

  test('files that are not workbooks: exit 1 and one bilingual line, never a stack trace', async () => {
    const cases: [string, Uint8Array][] = [
      ['rong.xlsx', new Uint8Array(0)],
      ['van-ban.xlsx', new TextEncoder().encode('Đây là một tệp văn bản đổi tên thành .xlsx')],
      ['ngau-nhien.xlsx', Uint8Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256)],
    ];
    for (const [name, bytes] of cases) {
      const path = folder.path(name);
      writeFileSync(path, bytes);
      for (const argv of [['summary', path, '--out', folder.path('ra.xlsx')], ['validate', path]]) {
        const { code, err } = await runPlanTracker(...argv);
        expect(code).toBe(1);
        const lines = err.trimEnd().split('\n');
        expect(lines[lines.length - 1]).toMatch(new RegExp(`^plan-tracker ${argv[0]}: .*${name}: Tệp .*(rỗng|không phải sổ tính Excel).* / The file `));
        expect(err).not.toMatch(/\n\s+at /);
      }
    }
  });

  test("a planner's sheet that has one of the add-in's names is not overwritten: exit 1, file untouched", async () => {
    const bytes = await edited(await builtWorkbook(), (book) => {
      book.removeWorksheet(sheetOf(book, SHEETS.overdue).id);
      book.addWorksheet(SHEETS.overdue).getCell('A1').value = 'Danh sách của tôi';
    });
    const input = folder.path('trung-ten.xlsx');
    writeFileSync(input, bytes);
    const out = folder.path('trung-ten-ra.xlsx');
    const { code, err } = await runPlanTracker('summary', input, '--out', out, '--as-of', '2019-09-30');
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n').pop()).toMatch(/^plan-tracker summary: .*trung-ten\.xlsx: Đã có trang tính "Quá hạn" không do tiện ích tạo ra\. .* \/ A sheet "Quá hạn" already exists/);
    expect(existsSync(out)).toBe(false);
  });

  test('a wrong call is exit 2', async () => {
    expect((await runPlanTracker('summary', '--out', folder.path('a.xlsx'))).code).toBe(2);
    expect((await runPlanTracker('summary', folder.path('a.xlsx'))).code).toBe(2);
    expect((await runPlanTracker('summary', folder.path('a.xlsx'), '--out', folder.path('b.ods'))).code).toBe(2);
  });
});
