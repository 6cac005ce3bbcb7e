import { writeFileSync } from 'node:fs';
import { SHEETS } from '../../src/layout/names';
import { builtWorkbook, edited, sheetOf } from '../fixtures/xlsx/planner-workbooks';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const folder = tempFolder();
afterAll(() => folder.cleanup());

interface JsonReport {
  file: string;
  asOf: string;
  taskCount: number;
  counts: { error: number; warning: number; info: number };
  findings: { code: string; taskId: string | null; target: { sheet: string; cell: string } | null }[];
}

describe('plan-tracker validate FILE.xlsx', () => {
  let path: string;
  beforeAll(async () => {
    const bytes = await edited(await builtWorkbook(), (book) => {
      const tasks = sheetOf(book, SHEETS.tasks);
      tasks.getCell('H7').value = 'khi nào xong';
      tasks.getCell('I8').value = 'gần xong';
    });
    path = folder.path('da-sua.xlsx');
    writeFileSync(path, bytes);
  });

  test('prints the findings of the edited workbook with the cell each points at', async () => {
    const { code, out } = await runPlanTracker('validate', path, '--as-of', '2019-06-30');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(`Kiểm tra ${path} (Kế hoạch 43-KH/TU, 51 nhiệm vụ), tính đến ngày 30/06/2019 / Checking ${path} (plan 43-KH/TU, 51 tasks) as of 30/06/2019`);
    expect(lines.some((l) => /^ {2}B\.I-02 +Nhiệm vụ!H7 +SHEET_DATE_UNREADABLE +Ngày "khi nào xong"/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}B\.I-03 +Nhiệm vụ!I8 +SHEET_PROGRESS_UNREADABLE +Tiến độ "gần xong"/.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^Tổng cộng \d+ phát hiện: 0 lỗi, \d+ cảnh báo, \d+ lưu ý \/ Total \d+ findings: 0 errors, \d+ warnings, \d+ notes$/);
  });

  test('--json gives the counts and each finding with its target cell', async () => {
    const { code, out } = await runPlanTracker('validate', path, '--as-of', '2019-06-30', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as JsonReport;
    expect(report).toMatchObject({ file: path, asOf: '2019-06-30', taskCount: 51 });
    expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.findings.length);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'SHEET_DATE_UNREADABLE', taskId: 'B.I-02', target: { sheet: SHEETS.tasks, cell: 'H7' } }));
  });

  test('a workbook without the tasks table: exit 1 and what to do', async () => {
    const bytes = await edited(await builtWorkbook(), (book) => book.removeWorksheet(sheetOf(book, SHEETS.tasks).id));
    const broken = folder.path('khong-nhiem-vu.xlsx');
    writeFileSync(broken, bytes);
    const { code, err } = await runPlanTracker('validate', broken);
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n').pop()).toBe(
      `plan-tracker validate: ${broken}: Không tìm thấy bảng "PT_Tasks (Nhiệm vụ)". Bảng có thể đã bị xóa hoặc đổi tên; hãy chạy "Tải kế hoạch" để tạo lại. / ` +
        'Table "PT_Tasks (Nhiệm vụ)" not found. It may have been deleted or renamed; run "Load plan" to recreate it.',
    );
  });

  test('a missing file is exit 1; two files or --plan without a file are exit 2', async () => {
    const missing = await runPlanTracker('validate', folder.path('khong-co.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.err.trimEnd().split('\n').pop()).toBe(`plan-tracker validate: không tìm thấy tệp / file not found: ${folder.path('khong-co.xlsx')}`);
    expect((await runPlanTracker('validate', path, path)).code).toBe(2);
    expect((await runPlanTracker('validate', '--plan', 'x.json')).code).toBe(2);
  });
});
