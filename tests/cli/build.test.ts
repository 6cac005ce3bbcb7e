import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { plan43 } from '../../src/catalogues';
import { SHEETS, TABLES } from '../../src/layout/names';
import { openXlsx } from '../../src/workbook/xlsx';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const folder = tempFolder();
afterAll(() => folder.cleanup());

const ALL_SHEETS = [
  SHEETS.tasks, SHEETS.owners, SHEETS.findings, SHEETS.overview, SHEETS.byLead, SHEETS.overdue,
  SHEETS.dueSoon, SHEETS.timeline, SHEETS.noDeadline, SHEETS.annex, SHEETS.history,
];

describe('plan-tracker build', () => {
  test('writes the whole workbook: every sheet, every plan task, findings and summaries; progress on stderr', async () => {
    const out = folder.path('ke-hoach-43.xlsx');
    const { code, out: stdout, err } = await runPlanTracker('build', '--out', out, '--as-of', '2019-06-30');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^Đã tạo .*ke-hoach-43\.xlsx \(\d+ KB\), Kế hoạch 43-KH\/TU, tính đến ngày 30\/06\/2019: 51 nhiệm vụ, \d+ phát hiện \(0 lỗi, \d+ cảnh báo, \d+ lưu ý\), 11 trang tính\.$/);
    expect(stdout).toContain('Tính đến ngày 30/6/2019, trong tổng số 51 nhiệm vụ của Kế hoạch số 43-KH/TU');
    const progress = err.trimEnd().split('\n');
    expect(progress[0]).toMatch(/^ {2}\d% Đang đọc bảng tính… \/ Reading the workbook…$/);
    expect(progress).toContain(' 85% Đang ghi tệp ' + out + '… / Saving ' + out + '…');
    expect(progress[progress.length - 1]).toBe('100% Đã ghi tệp. / File saved.');
    expect(progress.every((line) => /^ {0,2}\d{1,3}% \S/.test(line))).toBe(true);

    const workbook = await openXlsx(readFileSync(out));
    const sheets = await workbook.listSheets();
    // The plan is stored on a hidden sheet after the two it is loaded with.
    expect(sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual(ALL_SHEETS);
    expect(sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([SHEETS.plan]);
    const [tasks, overview] = await workbook.readTables([{ sheet: SHEETS.tasks, table: TABLES.tasks }, { sheet: SHEETS.overview, table: TABLES.overview }]);
    expect(tasks?.rows.map((row) => row[0])).toEqual(plan43.tasks.map((t) => t.id));
    expect(overview?.rows[0]).toEqual(['Tổng số nhiệm vụ', 51, 1]);
  });

  test('--plan reads a catalogue file instead of the embedded plan', async () => {
    const plan = folder.path('mot-phan.json');
    writeFileSync(plan, JSON.stringify({ ...plan43, tasks: plan43.tasks.slice(0, 5) }));
    const out = folder.path('mot-phan.xlsx');
    const { code, out: stdout } = await runPlanTracker('build', '--out', out, '--as-of', '2019-06-30', '--plan', plan);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 5 nhiệm vụ,/);
    const [tasks] = await (await openXlsx(readFileSync(out))).readTables([{ sheet: SHEETS.tasks }]);
    expect(tasks?.rows).toHaveLength(5);
  });

  test('a wrong call is exit 2 with the usage; a file problem is exit 1 with one clear line', async () => {
    for (const argv of [[], ['--out', folder.path('x.csv')], ['--out', folder.path('x.xlsx'), '--as-of', '31/06/2019'], ['--out']]) {
      const { code, err } = await runPlanTracker('build', ...argv);
      expect(code).toBe(2);
      expect(err).toContain('Usage: build --out FILE.xlsx');
    }
    const missingPlan = await runPlanTracker('build', '--out', folder.path('y.xlsx'), '--plan', folder.path('khong-co.json'));
    expect(missingPlan.code).toBe(1);
    expect(missingPlan.err).toBe(`plan-tracker build: không tìm thấy tệp / file not found: ${folder.path('khong-co.json')}\n`);
    const badFolder = await runPlanTracker('build', '--out', folder.path('khong-co/thu-muc/z.xlsx'), '--as-of', '2019-06-30');
    expect(badFolder.code).toBe(1);
    // Said before the work starts: no progress line, only the failure.
    expect(badFolder.err).toMatch(/^plan-tracker build: không ghi được tệp \/ cannot write file: .*z\.xlsx \(ENOENT\) — thư mục không tồn tại \/ the folder does not exist\n$/);
    expect(existsSync(folder.path('y.xlsx'))).toBe(false);
  });
});
