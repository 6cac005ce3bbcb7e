/** "Kiểm tra" on a workbook a planner edited: the sheet is checked against the plan it stores. */
import { plan43 } from '../../src/catalogues';
import type { Settings } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { loadCatalogue, validateWorkbook } from '../../src/services';
import { MemoryWorkbook } from '../../src/workbook/memory';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
const FIRST = 6;
const rowOf = (wb: MemoryWorkbook, id: string) => {
  for (let r = FIRST; r < FIRST + 500; r += 1) if (wb.getCell(SHEETS.tasks, `A${r}`) === id) return r;
  throw new Error(`no row for ${id}`);
};

describe('validateWorkbook follows the planner', () => {
  it('reports a deadline cleared in the sheet, at the cell that was cleared', async () => {
    const wb = new MemoryWorkbook();
    await loadCatalogue(wb, { catalogue: plan43, settings });
    const phraseRow = rowOf(wb, 'C.9-02');
    wb.setCell(SHEETS.tasks, `F${phraseRow}`, null);
    wb.setCell(SHEETS.tasks, `G${phraseRow}`, null);
    wb.setCell(SHEETS.tasks, `H${phraseRow}`, null);
    const dateRow = rowOf(wb, 'B.II-01');
    wb.setCell(SHEETS.tasks, `H${dateRow}`, null);
    const result = await validateWorkbook(wb, { settings });
    const cleared = result.findings.filter((l) => l.finding.code === 'DEADLINE_CLEARED');
    expect(cleared.map((l) => [l.finding.taskId, l.target?.cell])).toEqual([
      ['B.II-01', `H${dateRow}`],
      ['C.9-02', `F${phraseRow}`],
    ]);
    expect(cleared[0].finding.message.vi).toContain('kế hoạch giao thời hạn “hoàn thành trong Quý I/2018” nhưng ô Hạn hoàn thành đang trống');
    expect(cleared[1].finding.message.vi).toContain('kế hoạch giao thời hạn “thực hiện trong tháng 02/2018” nhưng ô Thời gian thực hiện đang trống');
    // The plan's own tasks without a deadline are still one note.
    expect(result.findings.filter((l) => l.finding.code === 'DEADLINES_NOT_STATED')).toHaveLength(1);
    expect(result.findings.filter((l) => l.finding.code === 'DEADLINE_MISSING')).toEqual([]);
  });
});
