/**
 * The stored plan survives LibreOffice Calc: a workbook built from an imported plan, opened and
 * saved again as .xlsx by LibreOffice, still has PT_Plan hidden and the same catalogue in it.
 * Needs soffice (CI installs libreoffice-calc-nogui).
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plan43 } from '../../src/catalogues';
import { serializeCatalogue } from '../../src/core/catalogue';
import { SHEETS } from '../../src/layout/names';
import { readWorkbookPlan } from '../../src/services';
import { openXlsx } from '../../src/workbook/xlsx';
import { BAC_NINH_FILE, bacNinh } from '../fixtures/plans/bac-ninh';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';
import { convert, hasSoffice } from './libreoffice';

if (!hasSoffice) {
  const message = 'LibreOffice (soffice) is not installed: the stored-plan check in tests/libreoffice cannot run. Install libreoffice-calc-nogui.';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
}
const describeWithLibreOffice = hasSoffice ? describe : describe.skip;

describeWithLibreOffice('LibreOffice keeps the stored plan', () => {
  const folder = tempFolder();
  const profile = join(tmpdir(), `plan-tracker-lo-plan-${process.pid}`);
  afterAll(() => {
    folder.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  test('saved again by LibreOffice, PT_Plan is still hidden and holds the same plan', async () => {
    const built = folder.path('bac-ninh.xlsx');
    expect((await runPlanTracker('build', '--plan', BAC_NINH_FILE, '--out', built, '--as-of', '2026-03-31')).code).toBe(0);
    convert(built, 'xlsx', folder.path('lo'), profile);
    const resaved = await openXlsx(readFileSync(folder.path('lo/bac-ninh.xlsx')));
    expect((await resaved.listSheets()).filter((s) => s.hidden).map((s) => s.name)).toEqual([SHEETS.plan]);
    const held = await readWorkbookPlan(resaved);
    expect(held?.stored).toBe(true);
    expect(serializeCatalogue(held?.catalogue ?? plan43)).toBe(serializeCatalogue(bacNinh()));
  }, 240_000);
});
