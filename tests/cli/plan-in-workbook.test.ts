/**
 * The command line takes the plan from the workbook: `build --plan bac-ninh.txt` stores Kế hoạch
 * 141/KH-UBND in the file, and `validate FILE` / `summary FILE` then work on its 24 tasks without
 * being told again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { plan43 } from '../../src/catalogues';
import { serializeCatalogue } from '../../src/core/catalogue';
import { SHEETS } from '../../src/layout/names';
import { readWorkbookPlan } from '../../src/services';
import { openXlsx } from '../../src/workbook/xlsx';
import { BAC_NINH_FILE } from '../fixtures/plans/bac-ninh';
import { builtWorkbook, edited } from '../fixtures/xlsx/planner-workbooks';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const folder = tempFolder();
afterAll(() => folder.cleanup());

describe('a workbook built from an imported plan, on the command line', () => {
  const built = folder.path('bac-ninh.xlsx');

  beforeAll(async () => {
    const { code, out } = await runPlanTracker('build', '--plan', BAC_NINH_FILE, '--out', built, '--as-of', '2026-03-31');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/, Kế hoạch 141\/KH-UBND, tính đến ngày 31\/03\/2026: 24 nhiệm vụ, \d+ phát hiện .*, 11 trang tính\.$/);
    expect(out.split('\n')[1]).toContain('the plan is stored on the hidden sheet PT_Plan.');
  });

  test('validate FILE reports its plan and its 24 tasks', async () => {
    const { code, out } = await runPlanTracker('validate', built, '--as-of', '2026-03-31');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      `Kiểm tra ${built} (Kế hoạch 141/KH-UBND, 24 nhiệm vụ), tính đến ngày 31/03/2026 / Checking ${built} (plan 141/KH-UBND, 24 tasks) as of 31/03/2026`,
    );
    const json = JSON.parse((await runPlanTracker('validate', built, '--as-of', '2026-03-31', '--json')).out) as { plan: string; taskCount: number };
    expect([json.plan, json.taskCount]).toEqual(['141/KH-UBND', 24]);
  });

  test('summary FILE reports its plan and its 24 tasks, and the copy still stores the plan', async () => {
    const out = folder.path('bao-cao.xlsx');
    const result = await runPlanTracker('summary', built, '--out', out, '--as-of', '2026-06-30');
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe(
      `Đã ghi ${out}, Kế hoạch 141/KH-UBND (24 nhiệm vụ), báo cáo tính đến ngày 30/06/2026: Tổng quan, Theo đơn vị, Quá hạn, Sắp đến hạn, Tiến độ theo quý, Không thời hạn, Phụ lục, Lịch sử.`,
    );
    expect(result.out).toContain('trong tổng số 24 nhiệm vụ của Kế hoạch số 141/KH-UBND');
    const copy = await openXlsx(readFileSync(out));
    expect((await copy.listSheets()).find((s) => s.name === SHEETS.plan)?.hidden).toBe(true);
    expect((await readWorkbookPlan(copy))?.catalogue.plan.number).toBe('141/KH-UBND');
  });

  test('--plan naming another plan than the stored one is a one-line failure, not a check against it', async () => {
    const other = folder.path('ke-hoach-43.json');
    writeFileSync(other, serializeCatalogue(plan43));
    for (const argv of [['validate', built, '--plan', other], ['summary', built, '--out', folder.path('x.xlsx'), '--plan', other]]) {
      const { code, err } = await runPlanTracker(...argv);
      expect(code).toBe(1);
      expect(err.trimEnd().split('\n').pop()).toBe(
        `plan-tracker ${argv[0]}: ${built}: sổ tính lưu Kế hoạch 141/KH-UBND, không phải Kế hoạch 43-KH/TU; bỏ --plan để dùng kế hoạch đã lưu, ` +
          'hoặc tạo sổ tính mới: build --plan FILE --out MOI.xlsx / the workbook stores plan 141/KH-UBND, not 43-KH/TU; drop --plan to use the stored plan, ' +
          'or make a new workbook: build --plan FILE --out NEW.xlsx',
      );
    }
    // The same plan named again is fine.
    expect((await runPlanTracker('validate', built, '--plan', BAC_NINH_FILE)).code).toBe(0);
  });

  test('a workbook written before plans were stored is checked as Plan 43', async () => {
    const legacy = folder.path('cu.xlsx');
    writeFileSync(legacy, await edited(await builtWorkbook(), (book) => {
      const plan = book.getWorksheet(SHEETS.plan);
      if (plan) book.removeWorksheet(plan.id);
    }));
    const { code, out } = await runPlanTracker('validate', legacy, '--as-of', '2019-06-30');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toContain('(Kế hoạch 43-KH/TU, 51 nhiệm vụ)');
  });
});
