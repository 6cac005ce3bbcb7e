/**
 * "Lập báo cáo" for a new report date leaves no sheet telling the old one: the date cells, status
 * columns and page headers of "Nhiệm vụ" and "Đơn vị", and, in a checked workbook, "Kiểm tra" with
 * its marks (issue 11, point 5).
 */
import { plan43 } from '../../src/catalogues';
import type { Settings } from '../../src/core/model';
import { STATUS_LABELS } from '../../src/core/status';
import { SHEETS, TABLES } from '../../src/layout/names';
import type { TableRead } from '../../src/layout/readback/table-read';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../../src/services';
import { reportDatePatches } from '../../src/services/report-date';
import { MemoryWorkbook } from '../../src/workbook/memory';

const march: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };
const later: Settings = { asOf: '2021-01-01', dueSoonDays: 14, beforeDateExclusive: false };
const FIRST = 6; // first data row of PT_Tasks

function rowOf(wb: MemoryWorkbook, id: string): number {
  for (let r = FIRST; r < FIRST + 500; r += 1) if (wb.getCell(SHEETS.tasks, `A${r}`) === id) return r;
  throw new Error(`no row for ${id}`);
}

async function loaded(settings: Settings = march): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await loadCatalogue(wb, { catalogue: plan43, settings });
  return wb;
}

/** Every cell and fill of a sheet, for comparing two runs. */
function sheetState(wb: MemoryWorkbook, name: string): unknown {
  const sheet = wb.sheet(name);
  return { cells: [...(sheet?.cells ?? [])].sort(), fills: [...(sheet?.fills ?? [])].sort(), print: sheet?.print };
}

describe('a report for a new date', () => {
  it('puts the new date and due-soon window in the cells the colour rules read, and the statuses as of that date', async () => {
    const wb = await loaded();
    const r = rowOf(wb, 'B.II.1-02'); // due by the end of 2020: in progress in 2019, overdue in 2021
    expect(wb.getCell(SHEETS.tasks, `L${r}`)).toBe(STATUS_LABELS['in-progress'].vi);
    await summarizeWorkbook(wb, { settings: later });
    expect(wb.getCell(SHEETS.tasks, 'C2')).toEqual({ date: '2021-01-01' });
    expect(wb.getCell(SHEETS.tasks, 'F2')).toBe(14);
    expect(wb.getCell(SHEETS.tasks, `L${r}`)).toBe(STATUS_LABELS.overdue.vi);
    expect(wb.getCell(SHEETS.tasks, `M${r}`)).toBe(1);
    // The labels beside the cells are the layout's, untouched.
    expect([wb.getCell(SHEETS.tasks, 'A2'), wb.getCell(SHEETS.tasks, 'E2')]).toEqual(['Tính đến ngày:', 'Sắp đến hạn (ngày):']);
  });

  it('prints the new date at the top of "Nhiệm vụ" and "Đơn vị", which it does not rewrite', async () => {
    const wb = await loaded();
    const before = wb.sheet(SHEETS.tasks)?.print;
    expect(before?.header.right).toBe('Tính đến ngày 01/03/2019');
    await summarizeWorkbook(wb, { settings: later });
    for (const name of [SHEETS.tasks, SHEETS.owners]) {
      expect(wb.sheet(name)?.print?.header).toEqual({ left: 'Kế hoạch 43-KH/TU', right: 'Tính đến ngày 01/01/2021' });
    }
    // The rest of the print setup is the tasks sheet's own.
    expect({ ...wb.sheet(SHEETS.tasks)?.print, header: null }).toEqual({ ...before, header: null });
  });

  it('rewrites "Kiểm tra" and its marks exactly as a check on that date would', async () => {
    const wb = await loaded();
    await validateWorkbook(wb, { settings: march });
    const marchFindings = wb.getCell(SHEETS.findings, 'A2');
    const result = await summarizeWorkbook(wb, { settings: later });
    const afterReport = { findings: sheetState(wb, SHEETS.findings), tasks: sheetState(wb, SHEETS.tasks) };
    expect(wb.getCell(SHEETS.findings, 'A2')).toMatch(/^Tính đến ngày 01\/01\/2021: \d+ phát hiện/);
    expect(wb.getCell(SHEETS.findings, 'A2')).not.toBe(marchFindings);
    // A task overdue only by the new date is a finding, and its deadline cell is marked.
    const r = rowOf(wb, 'B.II.1-02');
    expect(result.findings?.some((f) => f.finding.code === 'TASK_OVERDUE' && f.finding.taskId === 'B.II.1-02')).toBe(true);
    expect(wb.sheet(SHEETS.tasks)?.fills.get(`H${r}`)).toBe('#FFFF00');
    await validateWorkbook(wb, { settings: later });
    expect({ findings: sheetState(wb, SHEETS.findings), tasks: sheetState(wb, SHEETS.tasks) }).toEqual(afterReport);
  });

  it('takes back a mark the earlier date put: a report for an earlier date clears what no longer holds', async () => {
    const wb = await loaded(later);
    await validateWorkbook(wb, { settings: later });
    const r = rowOf(wb, 'B.II.1-02');
    expect(wb.sheet(SHEETS.tasks)?.fills.get(`H${r}`)).toBe('#FFFF00');
    await summarizeWorkbook(wb, { settings: march });
    expect(wb.sheet(SHEETS.tasks)?.fills.get(`H${r}`)).toBeUndefined();
  });

  it('adds no "Kiểm tra" to a workbook never checked, and leaves a planner\'s sheet of that name alone', async () => {
    const wb = await loaded();
    const result = await summarizeWorkbook(wb, { settings: later });
    expect(result.findings).toBeNull();
    expect(wb.sheet(SHEETS.findings)).toBeUndefined();

    const planners = await loaded();
    planners.addPlannerSheet(SHEETS.findings, { A1: 'Ghi chép kiểm tra của tôi' });
    await summarizeWorkbook(planners, { settings: later });
    expect(planners.getCell(SHEETS.findings, 'A1')).toBe('Ghi chép kiểm tra của tôi');
    expect(planners.sheet(SHEETS.findings)?.cells.size).toBe(1);
  });

  it('writes the date cells only where the layout put them: not when the tasks table moved', () => {
    const table = (sheet: string, headerRow: number, firstColumn = 1): TableRead =>
      ({ sheet, table: TABLES.tasks, headerRow, firstColumn, headers: [], rows: [] }) as unknown as TableRead;
    expect(reportDatePatches(table(SHEETS.tasks, 5), later)).toEqual([
      { sheet: SHEETS.tasks, topLeft: 'C2', values: [[{ date: '2021-01-01' }]] },
      { sheet: SHEETS.tasks, topLeft: 'F2', values: [[14]] },
    ]);
    expect(reportDatePatches(table(SHEETS.tasks, 7), later)).toEqual([]);
    expect(reportDatePatches(table(SHEETS.tasks, 5, 2), later)).toEqual([]);
    expect(reportDatePatches(table('Bảng của tôi', 5), later)).toEqual([]);
  });
});
