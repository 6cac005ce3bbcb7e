import { plan43, plan43Owners } from '../../src/catalogues';
import { commandHandlers } from '../../src/commands/commands';
import { localToday } from '../../src/core/dates';
import type { Localized } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { MemoryWorkbook } from '../../src/workbook/memory';

function setup() {
  const wb = new MemoryWorkbook();
  const reports: Localized[] = [];
  const handlers = commandHandlers({ port: () => wb, today: () => '2019-03-01', catalogue: plan43, owners: plan43Owners, report: (w) => reports.push(w) });
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

  it('use the local calendar day as today', () => {
    expect(localToday(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
  });
});
