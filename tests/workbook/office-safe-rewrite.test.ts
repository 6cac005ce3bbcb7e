/**
 * "Tải kế hoạch" on a workbook a planner has worked in, through the Office adapter on the test
 * Excel: a rewrite never leaves the planner's data half-gone (issue 10, point 4).
 */
import { plan43 } from '../../src/catalogues';
import type { Catalogue, Settings } from '../../src/core/model';
import { SHEETS, TABLES } from '../../src/layout/names';
import { readTasks } from '../../src/layout/readback';
import type { TableRead } from '../../src/layout/readback/table-read';
import { loadCatalogue, validateWorkbook } from '../../src/services';
import { createOfficePort } from '../../src/workbook/office';
import { isWorkbookError, WorkbookError } from '../../src/workbook/port';
import { bacNinh } from '../fixtures/plans/bac-ninh';
import { FakeExcel, type FakeSheet } from './fake-excel';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };
const TASKS = plan43.tasks.length; // 51, rows 6…56
const LAST = 5 + TASKS;

const portOn = (fake: FakeExcel) => createOfficePort({ run: fake.run, isSetSupported: fake.isSetSupported });

/** What the planner entered: a note on every task (column K), a column of their own with a formula, two fills. */
const noteOf = (row: number) => `Ghi chú của tôi, dòng ${row}`;
const formulaOf = (row: number) => `=K${row}&" (đã xem)"`;

async function plannersWorkbook(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  await loadCatalogue(portOn(fake), { catalogue: plan43, settings });
  const sheet = fake.sheet(SHEETS.tasks) as FakeSheet;
  for (let row = 6; row <= LAST; row += 1) fake.put(SHEETS.tasks, `K${row}`, [[noteOf(row)]], '@');
  // A column typed right of the table: Excel takes it into the table.
  fake.put(SHEETS.tasks, 'P5', [['Theo dõi']]);
  for (let row = 6; row <= LAST; row += 1) fake.put(SHEETS.tasks, `P${row}`, [[formulaOf(row)]]);
  sheet.tables[0].address = `A5:P${LAST}`;
  sheet.fills.set('K10', '#FFFF00');
  sheet.fills.set('C20', '#FFC7CE');
  return fake;
}

/** Every cell the planner entered, as it is now. */
function plannerCells(fake: FakeExcel) {
  const rows = Array.from({ length: TASKS }, (_, i) => i + 6);
  return {
    notes: rows.map((row) => fake.value(SHEETS.tasks, `K${row}`)),
    header: fake.value(SHEETS.tasks, 'P5'),
    formulas: rows.map((row) => fake.value(SHEETS.tasks, `P${row}`)),
    fills: [fake.sheet(SHEETS.tasks)?.fills.get('K10'), fake.sheet(SHEETS.tasks)?.fills.get('C20')],
  };
}

const entered = {
  notes: Array.from({ length: TASKS }, (_, i) => noteOf(i + 6)),
  header: 'Theo dõi',
  formulas: Array.from({ length: TASKS }, (_, i) => formulaOf(i + 6)),
  fills: ['#FFFF00', '#FFC7CE'],
};

/** Plan 43 with one task more, so the reload also adds a row. */
const grown: Catalogue = { ...plan43, tasks: [...plan43.tasks, { ...plan43.tasks[0], id: 'C.99-01', text: 'Nhiệm vụ mới thêm' }] };

describe('office adapter: a reload keeps what the planner entered', () => {
  it('keeps notes, their own column\'s formulas and their fills, and adds a new task below', async () => {
    const fake = await plannersWorkbook();
    const result = await loadCatalogue(portOn(fake), { catalogue: grown, settings });
    expect(result.added).toEqual(['C.99-01']);
    expect(plannerCells(fake)).toEqual(entered);
    expect([fake.value(SHEETS.tasks, `A${LAST + 1}`), fake.value(SHEETS.tasks, `C${LAST + 1}`)]).toEqual(['C.99-01', 'Nhiệm vụ mới thêm']);
    expect(fake.format(SHEETS.tasks, 'P6')).toBe('General');
    // The same table object, grown by one row: nothing deleted, nothing re-created.
    expect(fake.sheet(SHEETS.tasks)?.tables).toEqual([expect.objectContaining({ name: TABLES.tasks, address: `A5:P${LAST + 1}` })]);
    expect(fake.log.filter((entry) => entry === `table.delete:${TABLES.tasks}` || entry === `clear:${SHEETS.tasks}`)).toEqual([]);
  });

  it('keeps rows where the planner sorted them', async () => {
    const fake = await plannersWorkbook();
    const sheet = fake.sheet(SHEETS.tasks) as FakeSheet;
    // Swap rows 6 and 7 (a sort), whole rows as Excel moves them.
    for (const column of 'ABCDEFGHIJKLMNOP') {
      const [six, seven] = [sheet.cells.get(`${column}6`), sheet.cells.get(`${column}7`)];
      if (seven) sheet.cells.set(`${column}6`, seven); else sheet.cells.delete(`${column}6`);
      if (six) sheet.cells.set(`${column}7`, six); else sheet.cells.delete(`${column}7`);
    }
    const [first, second] = [fake.value(SHEETS.tasks, 'A6'), fake.value(SHEETS.tasks, 'A7')];
    await loadCatalogue(portOn(fake), { catalogue: plan43, settings });
    expect([fake.value(SHEETS.tasks, 'A6'), fake.value(SHEETS.tasks, 'A7')]).toEqual([first, second]);
    expect([fake.value(SHEETS.tasks, 'K6'), fake.value(SHEETS.tasks, 'P6')]).toEqual([noteOf(7), formulaOf(7)]);
  });

  it('loses nothing the planner entered when any sync of the reload fails, and never says to save', async () => {
    const failures: number[] = [];
    for (let sync = 1; ; sync += 1) {
      const fake = await plannersWorkbook();
      fake.failOnSync(sync, 'GeneralException');
      const error = await loadCatalogue(portOn(fake), { catalogue: grown, settings }).then(() => null, (e: unknown) => e);
      if (error === null) break;
      failures.push(sync);
      expect(isWorkbookError(error)).toBe(true);
      const words = (error as WorkbookError).words;
      expect(words.vi).not.toMatch(/hãy lưu|lưu tệp,/i);
      expect(words.en).not.toMatch(/\bsave the file\b/i);
      expect(plannerCells(fake)).toEqual(entered);
      // Readable through the add-in too: the tasks table reads back with every note.
      const [table] = await portOn(fake).readTables([{ sheet: SHEETS.tasks, table: TABLES.tasks }]);
      expect(readTasks(table as TableRead).tasks.filter((t) => t.note.startsWith('Ghi chú của tôi'))).toHaveLength(TASKS);
      // And the reload, run again, completes with everything still there.
      await loadCatalogue(portOn(fake), { catalogue: grown, settings });
      expect(plannerCells(fake)).toEqual(entered);
    }
    // List, read, look (2: names, then the table's shape), content: each failed once.
    expect(failures.length).toBeGreaterThanOrEqual(5);
  }, 120_000);

  it('stops before any change when a renamed sheet still holds PT_Tasks', async () => {
    const fake = await plannersWorkbook();
    (fake.sheet(SHEETS.tasks) as FakeSheet).name = 'Nhiệm vụ (cũ)';
    const before = fake.log.length;
    const error = (await loadCatalogue(portOn(fake), { catalogue: plan43, settings }).catch((e: unknown) => e)) as WorkbookError;
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.words.vi).toContain('"Nhiệm vụ (cũ)"');
    expect(error.words.vi).toContain('chưa có gì bị ghi');
    expect(fake.sheets.map((s) => s.name)).not.toContain(SHEETS.tasks);
    expect(fake.log.slice(before).filter((entry) => !entry.startsWith('load:'))).toEqual([]);
    expect(fake.value('Nhiệm vụ (cũ)', 'K6')).toBe(noteOf(6));
  });

  it('stops before any change when one of the sheets it writes is protected', async () => {
    const fake = await plannersWorkbook();
    (fake.sheet(SHEETS.owners) as FakeSheet).protected = true;
    const before = fake.log.length;
    const error = (await loadCatalogue(portOn(fake), { catalogue: grown, settings }).catch((e: unknown) => e)) as WorkbookError;
    expect([error.kind, error.words.vi]).toEqual(['sheet-protected', expect.stringContaining(`"${SHEETS.owners}"`)]);
    expect(fake.log.slice(before).filter((entry) => !entry.startsWith('load:'))).toEqual([]);
    expect(plannerCells(fake)).toEqual(entered);
    expect(fake.sheet(SHEETS.tasks)?.tables[0].address).toBe(`A5:P${LAST}`);
  });

  it('does not take a Total Row the planner switched on for a task, and keeps it below the table', async () => {
    const fake = await plannersWorkbook();
    const sheet = fake.sheet(SHEETS.tasks) as FakeSheet;
    fake.put(SHEETS.tasks, `A${LAST + 1}`, [['Tổng']]);
    fake.put(SHEETS.tasks, `K${LAST + 1}`, [[TASKS]]);
    sheet.tables[0] = { ...sheet.tables[0], address: `A5:P${LAST + 1}`, totals: true };
    await loadCatalogue(portOn(fake), { catalogue: grown, settings });
    expect([fake.value(SHEETS.tasks, `A${LAST + 1}`), fake.value(SHEETS.tasks, `A${LAST + 2}`)]).toEqual(['C.99-01', 'Tổng']);
    expect(plannerCells(fake)).toEqual(entered);
    const checked = await validateWorkbook(portOn(fake), { settings });
    expect(checked.taskCount).toBe(TASKS + 1);
    expect(checked.findings.map((f) => f.finding.taskId)).not.toContain('Tổng');
  });

  it('writes a renamed column of ours where the planner renamed it (matched as the readback does)', async () => {
    const fake = await plannersWorkbook();
    fake.put(SHEETS.tasks, 'L5', [['Trạng thái']]); // "Tình trạng", renamed
    await loadCatalogue(portOn(fake), { catalogue: plan43, settings });
    expect(fake.value(SHEETS.tasks, 'L5')).toBe('Trạng thái');
    expect(fake.value(SHEETS.tasks, 'Q5')).toBeUndefined();
    expect(String(fake.value(SHEETS.tasks, 'L6'))).toMatch(/hạn|Chưa|Không/);
  });

  it('replacing the plan writes the new tasks fresh, the old rows and the planner\'s cells kept on the archive sheet', async () => {
    const fake = await plannersWorkbook();
    const result = await loadCatalogue(portOn(fake), { catalogue: bacNinh(), settings, replace: true });
    const archive = fake.sheet(result.replaced?.sheet ?? '') as FakeSheet;
    const archived = [...archive.cells.values()].map((cell) => cell.value);
    expect(archived).toEqual(expect.arrayContaining([noteOf(6), noteOf(LAST)]));
    const tasks = fake.sheet(SHEETS.tasks) as FakeSheet;
    expect(tasks.tables.map((t) => t.name)).toEqual([TABLES.tasks]);
    expect([...tasks.cells.values()].map((cell) => cell.value)).not.toEqual(expect.arrayContaining([noteOf(6)]));
    expect(fake.value(SHEETS.tasks, 'P5')).toBeUndefined();
    expect(fake.sheets.map((s) => s.name).indexOf(archive.name)).toBeGreaterThan(fake.sheets.map((s) => s.name).indexOf(SHEETS.plan));
  });
});
