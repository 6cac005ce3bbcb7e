import fc from 'fast-check';
import { plan43, plan43Owners } from '../../src/catalogues';
import type { Catalogue, Settings } from '../../src/core/model';
import { findingKind } from '../../src/layout/finding-kinds';
import { SHEETS, TABLES } from '../../src/layout/names';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../../src/services';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { WorkbookError } from '../../src/workbook/port';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };
const options = { catalogue: plan43, settings };
const FIRST = 6; // first data row of PT_Tasks
const rowOf = (wb: MemoryWorkbook, id: string) => {
  for (let r = FIRST; r < FIRST + 500; r += 1) if (wb.getCell(SHEETS.tasks, `A${r}`) === id) return r;
  throw new Error(`no row for ${id}`);
};

async function loaded(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await loadCatalogue(wb, options);
  return wb;
}

describe('loadCatalogue', () => {
  it('writes the tasks and owners sheets once, with every catalogue task', async () => {
    const wb = new MemoryWorkbook();
    const steps: number[] = [];
    const result = await loadCatalogue(wb, { ...options, onProgress: (p) => steps.push(p.fraction) });
    expect(wb.writes).toBe(1);
    expect(result).toMatchObject({ refreshed: false, taskCount: plan43.tasks.length, retired: [], kept: [], ownerCount: plan43Owners.length });
    expect(wb.sheetNames()).toEqual([SHEETS.tasks, SHEETS.owners, SHEETS.plan]);
    expect(wb.sheet(SHEETS.plan)?.hidden).toBe(true);
    expect(wb.getCell(SHEETS.tasks, 'A6')).toBe(plan43.tasks[0].id);
    expect(steps.at(-1)).toBe(1);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('keeps progress, completion date, notes and edited owners on reload; lists the kept edits', async () => {
    const wb = await loaded();
    const r = rowOf(wb, 'C.10-01');
    wb.setCell(SHEETS.tasks, `I${r}`, 'Đã hoàn thành');
    wb.setCell(SHEETS.tasks, `J${r}`, '15/02/2018');
    wb.setCell(SHEETS.tasks, `K${r}`, 'Đã có báo cáo');
    wb.setCell(SHEETS.tasks, `D${r}`, 'Sở Nội vụ');
    const result = await loadCatalogue(wb, options);
    const row = rowOf(wb, 'C.10-01');
    expect(wb.getCell(SHEETS.tasks, `I${row}`)).toBe('Đã hoàn thành');
    expect(wb.getCell(SHEETS.tasks, `J${row}`)).toEqual({ date: '2018-02-15' });
    expect(wb.getCell(SHEETS.tasks, `K${row}`)).toBe('Đã có báo cáo');
    expect(wb.getCell(SHEETS.tasks, `D${row}`)).toBe('Sở Nội vụ');
    expect(result.refreshed).toBe(true);
    expect(result.kept).toEqual([{ taskId: 'C.10-01', field: 'lead', sheet: 'Sở Nội vụ', plan: 'Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc UBND Tỉnh' }]);
  });

  it('keeps edits whatever they are (property: random edits survive a reload)', async () => {
    const progress = fc.constantFrom('Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Tạm dừng');
    const edit = fc.record({ task: fc.integer({ min: 0, max: plan43.tasks.length - 1 }), progress, note: fc.string({ maxLength: 20 }), day: fc.integer({ min: 1, max: 28 }) });
    await fc.assert(fc.asyncProperty(fc.array(edit, { maxLength: 8 }), async (edits) => {
      const wb = await loaded();
      const expected = new Map<string, { progress: string; note: string; day: number }>();
      for (const e of edits) {
        const id = plan43.tasks[e.task].id;
        const r = rowOf(wb, id);
        wb.setCell(SHEETS.tasks, `I${r}`, e.progress);
        wb.setCell(SHEETS.tasks, `K${r}`, e.note);
        wb.setCell(SHEETS.tasks, `J${r}`, `${e.day}/06/2018`);
        expected.set(id, e);
      }
      await loadCatalogue(wb, options);
      for (const [id, e] of expected) {
        const r = rowOf(wb, id);
        expect(wb.getCell(SHEETS.tasks, `I${r}`)).toBe(e.progress);
        const note = e.note.trim() === '' ? undefined : wb.getCell(SHEETS.tasks, `K${r}`);
        if (note !== undefined) expect(note).toBe(e.note.normalize('NFC').split(/\r?\n/).map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).join('\n').trim());
        expect(wb.getCell(SHEETS.tasks, `J${r}`)).toEqual({ date: `2018-06-${String(e.day).padStart(2, '0')}` });
      }
    }), { numRuns: 25 });
  });

  it('marks tasks no longer in the catalogue as retired and keeps rows the planner added', async () => {
    const wb = await loaded();
    const last = FIRST + plan43.tasks.length;
    wb.setCell(SHEETS.tasks, `A${last}`, 'BS-01');
    wb.setCell(SHEETS.tasks, `C${last}`, 'Nhiệm vụ do chuyên viên bổ sung');
    wb.setCell(SHEETS.tasks, `I${last}`, 'Đang thực hiện');
    const smaller: Catalogue = { ...plan43, tasks: plan43.tasks.filter((t) => t.id !== 'C.10-02') };
    const result = await loadCatalogue(wb, { ...options, catalogue: smaller });
    expect(result.retired).toEqual(['C.10-02']);
    expect(result.plannerRows).toEqual(['BS-01']);
    expect(result.taskCount).toBe(plan43.tasks.length + 1);
    expect(wb.getCell(SHEETS.tasks, `N${rowOf(wb, 'C.10-02')}`)).toBe('Đã rút khỏi kế hoạch');
    const planner = rowOf(wb, 'BS-01');
    expect(wb.getCell(SHEETS.tasks, `C${planner}`)).toBe('Nhiệm vụ do chuyên viên bổ sung');
    expect(wb.getCell(SHEETS.tasks, `I${planner}`)).toBe('Đang thực hiện');
    expect(wb.getCell(SHEETS.tasks, `N${planner}`)).toBe('Bổ sung');
    // Back in the catalogue: no longer retired.
    await loadCatalogue(wb, options);
    expect(wb.getCell(SHEETS.tasks, `N${rowOf(wb, 'C.10-02')}`)).toBe('Kế hoạch');
  });

  it('keeps a column the planner added to the table', async () => {
    const wb = await loaded();
    wb.setCell(SHEETS.tasks, 'P5', 'Người theo dõi');
    wb.setCell(SHEETS.tasks, `P${rowOf(wb, 'C.10-01')}`, 'Chị Lan');
    await loadCatalogue(wb, options);
    expect(wb.getCell(SHEETS.tasks, 'P5')).toBe('Người theo dõi');
    expect(wb.getCell(SHEETS.tasks, `P${rowOf(wb, 'C.10-01')}`)).toBe('Chị Lan');
  });

  it('stops, losing nothing, when the tasks table lost its id column', async () => {
    const wb = await loaded();
    wb.setCell(SHEETS.tasks, 'A5', 'Cột của tôi');
    wb.setCell(SHEETS.tasks, `I${FIRST}`, 'Đã hoàn thành');
    const error = await loadCatalogue(wb, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).words.vi).toContain('thiếu cột bắt buộc "Mã NV"');
    expect(wb.getCell(SHEETS.tasks, `I${FIRST}`)).toBe('Đã hoàn thành');
    expect(wb.writes).toBe(1);
  });

  it('keeps bodies the planner added to "Đơn vị"', async () => {
    const wb = await loaded();
    const row = 5 + plan43Owners.length;
    wb.setCell(SHEETS.owners, `A${row}`, 'Trung tâm Hành chính công');
    await loadCatalogue(wb, options);
    expect(wb.getCell(SHEETS.owners, `A${row}`)).toBe('Trung tâm Hành chính công');
  });

  it('never overwrites a planner sheet that happens to be called "Nhiệm vụ"', async () => {
    const wb = new MemoryWorkbook();
    wb.addPlannerSheet(SHEETS.tasks, { A1: 'của tôi' });
    await expect(loadCatalogue(wb, options)).rejects.toMatchObject({ kind: 'sheet-name-taken' });
    expect(wb.getCell(SHEETS.tasks, 'A1')).toBe('của tôi');
    expect(wb.writes).toBe(0);
  });
});

describe('validateWorkbook', () => {
  it('writes the findings sheet, marks offending cells and returns located findings', async () => {
    const wb = await loaded();
    const r = rowOf(wb, 'C.10-01');
    wb.setCell(SHEETS.tasks, `I${r}`, 'Đã hoàn thành');
    wb.setCell(SHEETS.tasks, `H${r}`, { error: '#REF!' });
    const result = await validateWorkbook(wb, { settings });
    expect(wb.writes).toBe(2);
    const refError = result.findings.find((f) => f.finding.code === 'SHEET_CELL_ERROR');
    expect(refError?.target).toEqual({ sheet: SHEETS.tasks, cell: `H${r}` });
    const gap = result.findings.find((f) => f.finding.code === 'SOURCE_GAP');
    expect(gap?.target ?? null).toBeNull();
    expect(result.counts.error + result.counts.warning + result.counts.info).toBe(result.findings.length);
    expect(wb.getCell(SHEETS.findings, 'C5')).toBe(findingKind(result.findings[0].finding.code).vi);
    expect(wb.sheet(SHEETS.tasks)?.fills.get(`H${r}`)).toBe('#FFFF00');
    expect(wb.selection).toEqual({ sheet: SHEETS.findings, cell: 'A5' });
  });

  it('clears the previous marks on the next run', async () => {
    const wb = await loaded();
    const r = rowOf(wb, 'C.10-01');
    wb.setCell(SHEETS.tasks, `J${r}`, 'not a date');
    await validateWorkbook(wb, { settings });
    expect(wb.sheet(SHEETS.tasks)?.fills.get(`J${r}`)).toBe('#FFFF00');
    wb.setCell(SHEETS.tasks, `J${r}`, null);
    await validateWorkbook(wb, { settings });
    expect(wb.sheet(SHEETS.tasks)?.fills.get(`J${r}`)).toBeUndefined();
  });

  it('stops with planner words when the tasks table is missing', async () => {
    const wb = new MemoryWorkbook();
    const error = await validateWorkbook(wb, { settings }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).words.vi).toContain('Tải kế hoạch');
  });

  it('finds the tasks table after the planner renamed it', async () => {
    const wb = await loaded();
    wb.renameTable(SHEETS.tasks, TABLES.tasks, 'Bang1');
    const result = await validateWorkbook(wb, { settings });
    expect(result.taskCount).toBe(plan43.tasks.length);
  });
});

describe('summarizeWorkbook', () => {
  it('writes the summary sheets and one history record; twice gives the same sheets', async () => {
    const wb = await loaded();
    wb.setCell(SHEETS.tasks, `I${rowOf(wb, 'C.10-01')}`, 'Đã hoàn thành');
    const first = await summarizeWorkbook(wb, { settings });
    const dump = JSON.stringify(wb.dump());
    const second = await summarizeWorkbook(wb, { settings });
    expect(JSON.stringify(wb.dump())).toBe(dump);
    expect(second.summary).toEqual(first.summary);
    expect(first.sheets).toEqual(['Tổng quan', 'Theo đơn vị', 'Quá hạn', 'Sắp đến hạn', 'Tiến độ theo quý', 'Không thời hạn', 'Phụ lục', 'Lịch sử']);
    expect(wb.getCell(SHEETS.overview, 'A3')).toBe(first.paragraph.vi);
    expect(first.paragraph.vi).toMatch(/^Tính đến ngày 01\/3\/2019/);
    expect(wb.sheet(SHEETS.history)?.tables[0].rowCount).toBe(1);
  });

  it('compares with the latest earlier report date', async () => {
    const wb = await loaded();
    await summarizeWorkbook(wb, { settings: { ...settings, asOf: '2018-06-01' } });
    wb.setCell(SHEETS.tasks, `I${rowOf(wb, 'C.10-01')}`, 'Đã hoàn thành');
    const later = await summarizeWorkbook(wb, { settings });
    expect(later.summary.changes?.since).toBe('2018-06-01');
    expect(later.summary.changes?.completed.map((t) => t.id)).toEqual(['C.10-01']);
    expect(wb.sheet(SHEETS.history)?.tables[0].rowCount).toBe(2);
  });

  it('touches no sheet the add-in does not own', async () => {
    const wb = await loaded();
    const mine = wb.addPlannerSheet('Ghi chép', { A1: 'Họp giao ban', B2: 42, C3: { date: '2019-01-01' } });
    const before = new Map(mine.cells);
    await summarizeWorkbook(wb, { settings });
    await validateWorkbook(wb, { settings });
    expect(wb.sheet('Ghi chép')?.cells).toEqual(before);
  });

  it('refuses to overwrite a planner sheet named like a summary sheet', async () => {
    const wb = await loaded();
    wb.addPlannerSheet(SHEETS.overview, { A1: 'bản của tôi' });
    await expect(summarizeWorkbook(wb, { settings })).rejects.toMatchObject({ kind: 'sheet-name-taken' });
    expect(wb.getCell(SHEETS.overview, 'A1')).toBe('bản của tôi');
  });
});
