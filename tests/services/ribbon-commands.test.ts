import { commandHandlers } from '../../src/commands/commands';
import { localToday } from '../../src/core/dates';
import type { Localized } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { loadCatalogue, readWorkbookPlan } from '../../src/services';
import { PANEL_STRINGS } from '../../src/taskpane/panel/strings';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { bacNinh } from '../fixtures/plans/bac-ninh';

function setup() {
  const wb = new MemoryWorkbook();
  const reports: Localized[] = [];
  const handlers = commandHandlers({ port: () => wb, today: () => '2019-03-01', report: (w) => { reports.push(w); } });
  return { wb, reports, handlers };
}

describe('ribbon commands', () => {
  it('run the services and complete the event once', async () => {
    const { wb, reports, handlers } = setup();
    let completed = 0;
    const event = { completed: () => { completed += 1; } };
    await handlers.loadPlan(event);
    await handlers.validatePlan(event);
    await handlers.summarizePlan(event);
    expect(completed).toBe(3);
    expect(reports).toEqual([]);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining([SHEETS.tasks, SHEETS.findings, SHEETS.overview]));
    expect(wb.getCell(SHEETS.tasks, 'C2')).toEqual({ date: '2019-03-01' });
  });

  it('complete the event and report planner words when the command fails', async () => {
    const { reports, handlers } = setup();
    let completed = 0;
    await handlers.summarizePlan({ completed: () => { completed += 1; } });
    expect(completed).toBe(1);
    expect(reports[0].vi).toContain('Không tìm thấy bảng');
  });

  it('report the words the pane shows for a failure that is no WorkbookError', async () => {
    const reports: Localized[] = [];
    const handlers = commandHandlers({ port: () => { throw new Error('boom'); }, today: () => '2019-03-01', report: (w) => { reports.push(w); } });
    await handlers.validatePlan({ completed: () => {} });
    expect(reports).toEqual([{ vi: PANEL_STRINGS.unexpected.vi, en: PANEL_STRINGS.unexpected.en }]);
  });

  it("work on the plan the workbook stores: loading a Bắc Ninh workbook refreshes Bắc Ninh, not Plan 43", async () => {
    const { wb, reports, handlers } = setup();
    await loadCatalogue(wb, { catalogue: bacNinh(), settings: { asOf: '2026-03-01', dueSoonDays: 7, beforeDateExclusive: false } });
    const event = { completed: () => {} };
    await handlers.loadPlan(event);
    await handlers.validatePlan(event);
    expect(reports).toEqual([]);
    expect((await readWorkbookPlan(wb))?.catalogue.plan.number).toBe('141/KH-UBND');
    expect(wb.getCell(SHEETS.findings, 'A1')).toBe('Kế hoạch 141/KH-UBND — Kết quả kiểm tra');
    // 24 tasks in rows 6–29, none withdrawn, none of Plan 43's added after them.
    expect(Array.from({ length: 25 }, (_, i) => wb.getCell(SHEETS.tasks, `N${6 + i}`))).toEqual([...Array(24).fill('Kế hoạch'), undefined]);
  });

  it('use the local calendar day as today', () => {
    expect(localToday(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
  });
});
