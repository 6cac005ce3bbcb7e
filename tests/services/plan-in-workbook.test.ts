/**
 * The workbook knows its plan: a workbook built from an imported plan (Kế hoạch 141/KH-UBND, Bắc
 * Ninh, 24 tasks) is checked and summarised against that plan, refreshed as that plan, and never
 * has Plan 43 mixed into it; replacing its plan keeps the old rows on a sheet of their own.
 */
import { plan43, plan43Owners } from '../../src/catalogues';
import { serializeCatalogue } from '../../src/core/catalogue';
import type { Settings } from '../../src/core/model';
import { ownersOfPlan } from '../../src/core/owners';
import { SHEETS, TABLES } from '../../src/layout/names';
import { ownersSheet } from '../../src/layout/owners-sheet';
import { HISTORY_COLUMNS } from '../../src/layout/summary/history-sheet';
import { tasksSheet } from '../../src/layout/tasks-sheet';
import { isPlanMismatch, loadCatalogue, readWorkbookPlan, summarizeWorkbook, validateWorkbook } from '../../src/services';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { isWorkbookError } from '../../src/workbook/port';
import { bacNinh } from '../fixtures/plans/bac-ninh';

const settings: Settings = { asOf: '2026-03-31', dueSoonDays: 7, beforeDateExclusive: false };
const BAC_NINH = bacNinh();
const FIRST = 6; // first data row of PT_Tasks

/** The values of one column of the tasks table, top to bottom. */
function column(wb: MemoryWorkbook, sheet: string, letter: string, rows: number, first = FIRST): unknown[] {
  return Array.from({ length: rows }, (_, i) => wb.getCell(sheet, `${letter}${first + i}`) ?? null);
}

async function bacNinhWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await loadCatalogue(wb, { catalogue: BAC_NINH, settings });
  return wb;
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(() => null, (error: unknown) => error);
}

describe('a workbook built from an imported plan', () => {
  it('stores the plan on a hidden sheet and reads it back identical', async () => {
    const wb = await bacNinhWorkbook();
    expect(wb.sheetNames()).toEqual([SHEETS.tasks, SHEETS.owners, SHEETS.plan]);
    expect(wb.sheet(SHEETS.plan)?.hidden).toBe(true);
    const held = await readWorkbookPlan(wb);
    expect(held?.stored).toBe(true);
    expect(serializeCatalogue(held?.catalogue ?? plan43)).toBe(serializeCatalogue(BAC_NINH));
  });

  it("is checked and summarised against its own 24 tasks and issue date, never Plan 43's", async () => {
    const wb = await bacNinhWorkbook();
    const checked = await validateWorkbook(wb, { settings });
    expect([checked.plan.number, checked.taskCount]).toEqual(['141/KH-UBND', 24]);
    const ids = checked.findings.map((l) => l.finding.taskId).filter((id): id is string => id !== null);
    expect(ids.every((id) => BAC_NINH.tasks.some((t) => t.id === id))).toBe(true);
    expect(wb.getCell(SHEETS.findings, 'A1')).toBe('Kế hoạch 141/KH-UBND — Kết quả kiểm tra');

    const summary = await summarizeWorkbook(wb, { settings });
    expect(summary.plan.number).toBe('141/KH-UBND');
    expect(summary.summary.overview.counts.total).toBe(24);
    expect(summary.paragraph.vi).toContain('trong tổng số 24 nhiệm vụ của Kế hoạch số 141/KH-UBND');
  });

  it('writes the bodies of its own plan on "Đơn vị", not Plan 43\'s registry', async () => {
    const wb = await bacNinhWorkbook();
    const owners = ownersOfPlan(BAC_NINH);
    expect(column(wb, SHEETS.owners, 'A', owners.length + 1, 5)).toEqual([...owners.map((o) => o.name), null]);
    expect(wb.getCell(SHEETS.owners, 'A6')).toBe('Ủy ban nhân dân cấp xã');
    expect(wb.getCell(SHEETS.owners, 'B6')).toBe('UBND cấp xã');
  });

  it('"Tải kế hoạch" without a plan refreshes its own plan, keeping the planner\'s progress', async () => {
    const wb = await bacNinhWorkbook();
    wb.setCell(SHEETS.tasks, `I${FIRST}`, 'Đang thực hiện');
    const result = await loadCatalogue(wb, { settings });
    expect(result).toMatchObject({ plan: { number: '141/KH-UBND' }, refreshed: true, replaced: null, taskCount: 24, added: [], retired: [] });
    expect(wb.getCell(SHEETS.tasks, `I${FIRST}`)).toBe('Đang thực hiện');
    expect(column(wb, SHEETS.tasks, 'N', 25)).toEqual([...Array(24).fill('Kế hoạch'), null]);
  });

  it('loading Plan 43 into it is refused with both numbers, Vietnamese first, and nothing is written', async () => {
    const wb = await bacNinhWorkbook();
    const before = JSON.stringify(wb.dump());
    const error = await failure(loadCatalogue(wb, { catalogue: plan43, settings }));
    expect(isPlanMismatch(error)).toBe(true);
    expect(isWorkbookError(error) && error.kind).toBe('plan-mismatch');
    expect(isWorkbookError(error) && error.words).toEqual({
      vi: 'Sổ tính này đang theo dõi Kế hoạch 141/KH-UBND; kế hoạch vừa nhập là Kế hoạch 43-KH/TU. ' +
        'Tiện ích không trộn hai kế hoạch trong một sổ tính. Để theo dõi Kế hoạch 43-KH/TU, hãy mở một sổ tính mới rồi tải kế hoạch vào đó; ' +
        'hoặc chọn thay thế kế hoạch: các dòng của Kế hoạch 141/KH-UBND được giữ nguyên (giá trị) trên trang "Nhiệm vụ (141-KH-UBND)", rồi Kế hoạch 43-KH/TU được tải vào.',
      en: 'This workbook tracks plan 141/KH-UBND; the imported plan is 43-KH/TU. The add-in never mixes two plans in one workbook. ' +
        'To track plan 43-KH/TU, open a new workbook and load the plan there; or choose to replace the plan: the rows of plan 141/KH-UBND are kept (as values) ' +
        'on the sheet "Nhiệm vụ (141-KH-UBND)", then plan 43-KH/TU is loaded.',
    });
    expect(wb.writes).toBe(1);
    expect(JSON.stringify(wb.dump())).toBe(before);
  });

  it('the same plan imported again (same number) is a normal refresh', async () => {
    const wb = await bacNinhWorkbook();
    const again = { ...BAC_NINH, tasks: BAC_NINH.tasks.slice(0, 23) };
    const result = await loadCatalogue(wb, { catalogue: again, settings });
    expect([result.refreshed, result.replaced, result.retired]).toEqual([true, null, [BAC_NINH.tasks[23].id]]);
  });
});

describe('replacing the plan a workbook tracks', () => {
  async function edited(): Promise<MemoryWorkbook> {
    const wb = await bacNinhWorkbook();
    wb.setCell(SHEETS.tasks, `I${FIRST}`, 'Đã hoàn thành');
    wb.setCell(SHEETS.tasks, `J${FIRST}`, { date: '2026-01-20' });
    wb.setCell(SHEETS.tasks, `A${FIRST + 24}`, 'BS-01');
    wb.setCell(SHEETS.tasks, `C${FIRST + 24}`, 'Nhiệm vụ chuyên viên thêm');
    wb.setCell(SHEETS.owners, `A${5 + ownersOfPlan(BAC_NINH).length}`, 'Trung tâm Phục vụ hành chính công');
    await summarizeWorkbook(wb, { settings });
    return wb;
  }

  it('keeps the old rows, as values, on a sheet of their own, then writes the new plan fresh: nothing marked withdrawn', async () => {
    const wb = await edited();
    const result = await loadCatalogue(wb, { catalogue: plan43, settings, replace: true });
    expect(result).toMatchObject({ plan: { number: '43-KH/TU' }, refreshed: false, replaced: { plan: { number: '141/KH-UBND' }, sheet: 'Nhiệm vụ (141-KH-UBND)' }, taskCount: 51, retired: [], plannerRows: [] });
    expect(wb.writes).toBe(3);

    const archive = wb.sheet('Nhiệm vụ (141-KH-UBND)');
    expect(archive?.tables.map((t) => [t.rowCount, t.columnCount])).toEqual([[25, 15], [1, HISTORY_COLUMNS.length]]);
    expect(column(wb, archive?.name ?? '', 'A', 25, 5)).toEqual([...BAC_NINH.tasks.map((t) => t.id), 'BS-01']);
    expect([wb.getCell(archive?.name ?? '', 'I5'), wb.getCell(archive?.name ?? '', 'J5')]).toEqual(['Đã hoàn thành', { date: '2026-01-20' }]);

    expect(column(wb, SHEETS.tasks, 'A', 52)).toEqual([...plan43.tasks.map((t) => t.id), null]);
    expect(column(wb, SHEETS.tasks, 'N', 51).every((origin) => origin === 'Kế hoạch')).toBe(true);
    expect(column(wb, SHEETS.tasks, 'I', 51).every((progress) => progress === null)).toBe(true);
    expect((await readWorkbookPlan(wb))?.catalogue.plan.number).toBe('43-KH/TU');
    // The history compared report dates of the old tasks: it went with them.
    expect(wb.sheet(SHEETS.history)?.tables[0].rowCount).toBe(0);
    // "Đơn vị": Plan 43's bodies, and the one the planner added.
    expect(column(wb, SHEETS.owners, 'A', plan43Owners.length + 2, 5)).toEqual([...plan43Owners.map((o) => o.name), 'Trung tâm Phục vụ hành chính công', null]);
    expect(wb.sheetNames()).toEqual([SHEETS.tasks, SHEETS.owners, SHEETS.plan, SHEETS.overview, SHEETS.byLead, SHEETS.overdue, SHEETS.dueSoon, SHEETS.timeline, SHEETS.noDeadline, SHEETS.annex, SHEETS.history, 'Nhiệm vụ (141-KH-UBND)']);

    const checked = await validateWorkbook(wb, { settings });
    expect([checked.plan.number, checked.taskCount]).toEqual(['43-KH/TU', 51]);
  });

  it('a second replacement by the same old plan keeps the first archive and takes the next name', async () => {
    const wb = await edited();
    await loadCatalogue(wb, { catalogue: plan43, settings, replace: true });
    await loadCatalogue(wb, { catalogue: BAC_NINH, settings, replace: true });
    await loadCatalogue(wb, { catalogue: plan43, settings, replace: true });
    expect(wb.sheetNames().filter((name) => name.startsWith('Nhiệm vụ ('))).toEqual(['Nhiệm vụ (141-KH-UBND)', 'Nhiệm vụ (43-KH-TU)', 'Nhiệm vụ (141-KH-UBND) 2']);
    expect(wb.getCell('Nhiệm vụ (141-KH-UBND)', 'I5')).toBe('Đã hoàn thành');
  });

  it('replace changes nothing when the plan is the same', async () => {
    const wb = await edited();
    const result = await loadCatalogue(wb, { catalogue: BAC_NINH, settings, replace: true });
    expect([result.refreshed, result.replaced, result.plannerRows]).toEqual([true, null, ['BS-01']]);
  });
});

describe('a workbook written before plans were stored', () => {
  /** What earlier versions wrote: the tasks and owners of Plan 43, no PT_Plan. */
  async function legacy(): Promise<MemoryWorkbook> {
    const wb = new MemoryWorkbook();
    const tasks = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));
    await wb.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks, settings }), ownersSheet(plan43.plan, plan43Owners)] });
    return wb;
  }

  it('keeps working as Plan 43', async () => {
    const wb = await legacy();
    expect(await readWorkbookPlan(wb)).toEqual({ catalogue: plan43, stored: false });
    const checked = await validateWorkbook(wb, { settings });
    expect([checked.plan.number, checked.taskCount]).toEqual(['43-KH/TU', 51]);
    const loaded = await loadCatalogue(wb, { settings });
    expect([loaded.plan.number, loaded.refreshed, loaded.retired]).toEqual(['43-KH/TU', true, []]);
    expect((await readWorkbookPlan(wb))?.stored).toBe(true);
  });

  it('is read against the plan it was built from when told (the CLI\'s --plan)', async () => {
    const wb = await legacy();
    const checked = await validateWorkbook(wb, { settings, legacyPlan: { ...plan43, plan: { ...plan43.plan, number: '43-KH/TU (bản sửa)' } } });
    expect(checked.plan.number).toBe('43-KH/TU (bản sửa)');
  });

  it('refuses another plan as a workbook of Plan 43 would', async () => {
    const wb = await legacy();
    const error = await failure(loadCatalogue(wb, { catalogue: BAC_NINH, settings }));
    expect(isPlanMismatch(error) && [error.held.number, error.given.number, error.archiveSheet]).toEqual(['43-KH/TU', '141/KH-UBND', 'Nhiệm vụ (43-KH-TU)']);
  });
});

describe('an empty workbook and a damaged record', () => {
  it('an empty workbook holds no plan; Plan 43 is the default to load', async () => {
    const wb = new MemoryWorkbook();
    expect(await readWorkbookPlan(wb)).toBeNull();
    expect((await loadCatalogue(wb, { settings })).plan.number).toBe('43-KH/TU');
  });

  it('a damaged plan record stops every command with words naming the plan', async () => {
    const wb = await bacNinhWorkbook();
    wb.setCell(SHEETS.plan, 'D10', '{ hỏng');
    for (const work of [validateWorkbook(wb, { settings }), summarizeWorkbook(wb, { settings }), loadCatalogue(wb, { settings }), readWorkbookPlan(wb)]) {
      const error = await failure(work);
      expect(isWorkbookError(error) && [error.kind, error.words.vi]).toEqual(['plan-unreadable', expect.stringContaining('"141/KH-UBND"')]);
    }
    expect(wb.sheet(SHEETS.plan)?.tables[0].name).toBe(TABLES.plan);
  });

  it('loading the plan it names again repairs it; another plan is still refused', async () => {
    const wb = await bacNinhWorkbook();
    wb.setCell(SHEETS.plan, 'D10', '{ hỏng');
    const error = await failure(loadCatalogue(wb, { catalogue: plan43, settings }));
    expect(isWorkbookError(error) && error.kind).toBe('plan-unreadable');
    wb.setCell(SHEETS.tasks, `I${FIRST}`, 'Đang thực hiện');
    const result = await loadCatalogue(wb, { catalogue: BAC_NINH, settings });
    expect([result.refreshed, result.retired, wb.getCell(SHEETS.tasks, `I${FIRST}`)]).toEqual([true, [], 'Đang thực hiện']);
    expect((await readWorkbookPlan(wb))?.catalogue).toEqual(BAC_NINH);
  });
});
