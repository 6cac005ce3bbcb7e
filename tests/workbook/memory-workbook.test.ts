import { plan43 } from '../../src/catalogues';
import type { Settings } from '../../src/core/model';
import { SHEETS, TABLES } from '../../src/layout/names';
import { tasksSheet } from '../../src/layout/tasks-sheet';
import { MemoryWorkbook } from '../../src/workbook/memory';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };
const tasks = plan43.tasks.slice(0, 3).map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));

describe('memory workbook', () => {
  it('writes a spec and reads the table back as cells', async () => {
    const wb = new MemoryWorkbook();
    await wb.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks, settings })] });
    const [table, missing] = await wb.readTables([{ sheet: SHEETS.tasks, table: TABLES.tasks }, { sheet: 'Không có' }]);
    expect(missing).toBeNull();
    expect(table?.rows).toHaveLength(3);
    expect(table?.rows[0][0]).toBe(tasks[0].id);
    expect(table?.rows[0][4]).toBeNull();
    expect(wb.sheet(SHEETS.tasks)?.numberFormats.get('H6')).toBe('dd/mm/yyyy');
    expect(wb.sheet(SHEETS.tasks)?.numberFormats.get('H208')).toBe('dd/mm/yyyy');
    expect(await wb.listSheets()).toEqual([{ name: SHEETS.tasks, tables: [TABLES.tasks], hidden: false }]);
  });

  it('grows a table when the planner types under it, and applies patches and marks', async () => {
    const wb = new MemoryWorkbook();
    await wb.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks, settings })] });
    wb.setCell(SHEETS.tasks, 'A9', 'BS-1');
    await wb.write({
      sheets: [],
      patches: [{ sheet: SHEETS.tasks, topLeft: 'L6', values: [['x'], ['y']] }],
      marks: [{ sheet: SHEETS.tasks, clear: 'A6:O9', cells: ['B7'], fill: '#FFFF00' }],
      activate: { sheet: SHEETS.tasks, cell: 'B7' },
    });
    const [table] = await wb.readTables([{ sheet: SHEETS.tasks }]);
    expect(table?.rows).toHaveLength(4);
    expect(table?.rows[3][0]).toBe('BS-1');
    expect([wb.getCell(SHEETS.tasks, 'L6'), wb.getCell(SHEETS.tasks, 'L7')]).toEqual(['x', 'y']);
    expect([...(wb.sheet(SHEETS.tasks)?.fills.entries() ?? [])]).toEqual([['B7', '#FFFF00']]);
    expect(wb.selection).toEqual({ sheet: SHEETS.tasks, cell: 'B7' });
  });

  it('records the print setup, print area included', async () => {
    const wb = new MemoryWorkbook();
    await wb.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks, settings })] });
    expect(wb.sheet(SHEETS.tasks)?.print).toEqual({
      orientation: 'landscape', fitToWidth: true, repeatRows: { first: 5, last: 5 },
      header: { left: 'Kế hoạch 43-KH/TU', right: 'Tính đến ngày 01/03/2019' }, footer: { center: 'Trang &P/&N' },
      printArea: 'A1:M8',
    });
  });

  it('finds a sheet by its name in any case or Unicode form, as Excel does', async () => {
    const wb = new MemoryWorkbook();
    await wb.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks, settings })] });
    expect(wb.sheet('NHIỆM VỤ')?.name).toBe(SHEETS.tasks);
    expect(wb.sheet('nhiệm vụ'.normalize('NFD'))?.name).toBe(SHEETS.tasks);
    expect(wb.getCell('nhiệm vụ', 'A6')).toBe(tasks[0].id);
    expect(wb.sheet('Nhiem vu')).toBeUndefined();
  });
});
