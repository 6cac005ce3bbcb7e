/**
 * The stored plan through the Office adapter, on the office-addin-mock stand-in for Excel: "Tải
 * kế hoạch" writes it on a sheet made "Hidden"; every command reads it back from there.
 */
import { plan43 } from '../../src/catalogues';
import type { Settings } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { isPlanMismatch, loadCatalogue, readWorkbookPlan, summarizeWorkbook, validateWorkbook } from '../../src/services';
import { createOfficePort, type BatchStats } from '../../src/workbook/office';
import { bacNinh } from '../fixtures/plans/bac-ninh';
import { FakeExcel } from './fake-excel';

const settings: Settings = { asOf: '2026-03-31', dueSoonDays: 7, beforeDateExclusive: false };

function portOn(fake: FakeExcel, stats: BatchStats[] = []) {
  return createOfficePort({ run: fake.run, isSetSupported: () => true, onStats: (_operation, s) => stats.push({ ...s }) });
}

describe('office adapter: the plan stored in the workbook', () => {
  it('is written on a hidden sheet and read back identical', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    await loadCatalogue(port, { catalogue: bacNinh(), settings });
    expect(fake.sheets.map((s) => [s.name, s.visibility])).toEqual([[SHEETS.tasks, 'Visible'], [SHEETS.owners, 'Visible'], [SHEETS.plan, 'Hidden']]);
    expect(fake.value(SHEETS.plan, 'D5')).toBe('141/KH-UBND');
    expect(fake.format(SHEETS.plan, 'D10')).toBe('@');
    expect(await readWorkbookPlan(port)).toEqual({ catalogue: bacNinh(), stored: true });
  });

  it('checking and summarising use it: 24 tasks of Kế hoạch 141/KH-UBND', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    await loadCatalogue(port, { catalogue: bacNinh(), settings });
    const checked = await validateWorkbook(port, { settings });
    expect([checked.plan.number, checked.taskCount]).toEqual(['141/KH-UBND', 24]);
    const summary = await summarizeWorkbook(port, { settings });
    expect(summary.summary.overview.counts.total).toBe(24);
    expect(fake.value(SHEETS.overview, 'A1')).toBe('Kế hoạch 141/KH-UBND — Báo cáo tình hình thực hiện');
  });

  it('loading Plan 43 into it is refused before anything is written', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    await loadCatalogue(port, { catalogue: bacNinh(), settings });
    const logged = fake.log.length;
    const error = await loadCatalogue(port, { catalogue: plan43, settings }).catch((e: unknown) => e);
    expect(isPlanMismatch(error) && error.words.vi).toMatch(/^Sổ tính này đang theo dõi Kế hoạch 141\/KH-UBND; kế hoạch vừa nhập là Kế hoạch 43-KH\/TU\./);
    expect(fake.log.slice(logged).filter((entry) => !entry.startsWith('load:'))).toEqual([]);
  });

  it('a plan of 51 tasks is read in one chunk of rows, well under the request budget', async () => {
    const fake = new FakeExcel();
    const stats: BatchStats[] = [];
    const port = portOn(fake, stats);
    await loadCatalogue(port, { catalogue: plan43, settings });
    stats.length = 0;
    await readWorkbookPlan(port);
    // listSheets 1 + (the table's shape with its first rows, all 7 of them) 1.
    expect(stats.map((s) => s.syncs)).toEqual([1, 1]);
    expect(Math.max(...fake.syncs.slice(-3).map((s) => s.bytes))).toBeLessThan(200_000);
  });
});
