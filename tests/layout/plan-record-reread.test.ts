/**
 * Reading the same plan record again (check and summarise each read it in one `build`) gives the
 * catalogue parsed the first time when the read cannot change (frozen, as SpecWorkbook keeps its
 * reads); a read that could change, or any other record, is parsed afresh.
 */
import { plan43 } from '../../src/catalogues';
import type { Catalogue } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { planSheet } from '../../src/layout/plan-sheet';
import { readPlanRecord, readPlanToCheck } from '../../src/layout/readback';
import type { TableSpec } from '../../src/layout/spec';
import type { ReadCell, TableRead } from '../../src/layout/readback/table-read';
import { bacNinh } from '../fixtures/plans/bac-ninh';
import { SpecWorkbook } from '../../src/workbook/xlsx/spec-workbook';

function asRead(table: TableSpec): TableRead {
  return {
    sheet: SHEETS.plan, table: table.name, headers: table.columns.map((c) => c.header),
    rows: table.rows.map((row) => row.map((cell) => (cell === '' ? null : (cell as ReadCell)))),
    headerRow: table.headerRow, firstColumn: table.firstColumn,
  };
}

const record = (catalogue: Catalogue) => asRead(planSheet(catalogue).tables[0]);

/** The read frozen all through, as SpecWorkbook hands out its reads. */
function frozen(read: TableRead): TableRead {
  read.rows.forEach((row) => Object.freeze(row));
  Object.freeze(read.rows);
  Object.freeze(read.headers);
  return Object.freeze(read);
}

describe('reading a plan record again', () => {
  it('gives the catalogue parsed the first time for the same frozen read, equal to the plan stored', () => {
    const read = frozen(record(plan43));
    const first = readPlanRecord(read);
    const again = readPlanRecord(read);
    expect(first.catalogue).not.toBeNull();
    expect(again.catalogue).toBe(first.catalogue);
    expect(again.catalogue?.tasks.map((t) => t.id)).toEqual(plan43.tasks.map((t) => t.id));
    expect(again.number).toBe(plan43.plan.number);
  });

  it('parses a read that could change every time, even the same one', () => {
    const read = record(plan43);
    const first = readPlanRecord(read).catalogue;
    expect(readPlanRecord(read).catalogue).not.toBe(first);
    const lastPart = read.rows[read.rows.length - 1];
    lastPart[3] = String(lastPart[3]).slice(0, -5);
    expect(readPlanRecord(read).catalogue).toBeNull();
  });

  it('gives the same catalogue through a SpecWorkbook until the plan is written again', async () => {
    const book = new SpecWorkbook();
    await book.write({ sheets: [planSheet(plan43)] });
    const ref = [{ sheet: SHEETS.plan }];
    const [first] = await book.readTables(ref);
    const [again] = await book.readTables(ref);
    expect(readPlanRecord(again as TableRead).catalogue).toBe(readPlanRecord(first as TableRead).catalogue);
    await book.write({ sheets: [planSheet(plan43)] });
    const [rewritten] = await book.readTables(ref);
    const reparsed = readPlanRecord(rewritten as TableRead).catalogue;
    expect(reparsed).not.toBe(readPlanRecord(first as TableRead).catalogue);
    expect(reparsed).toEqual(plan43);
  });

  it('parses another plan afresh, and a plan read before that afresh too', () => {
    const first = readPlanRecord(record(plan43)).catalogue;
    const imported = bacNinh();
    const other = readPlanRecord(record(imported)).catalogue;
    expect(other?.plan.number).toBe(imported.plan.number);
    expect(other?.tasks.length).toBe(imported.tasks.length);
    const back = readPlanRecord(record(plan43)).catalogue;
    expect(back).not.toBe(first);
    expect(back).toEqual(first);
  });

  it('does not answer a damaged record with the catalogue read before it', () => {
    expect(readPlanRecord(record(plan43)).catalogue).not.toBeNull();
    const damaged = record(plan43);
    const lastPart = damaged.rows[damaged.rows.length - 1];
    lastPart[3] = String(lastPart[3]).slice(0, -5);
    expect(readPlanRecord(damaged)).toEqual({ catalogue: null, number: plan43.plan.number });
    // And the damaged record, read again, is still damaged.
    expect(readPlanRecord(damaged).catalogue).toBeNull();
  });
});

describe('the plan to check (readPlanToCheck)', () => {
  it('is the stored plan without its tasks\' text and original, parsed once for a frozen read', () => {
    const read = frozen(record(plan43));
    const first = readPlanToCheck(read);
    const wordless = plan43.tasks.map(({ text: _text, original: _original, ...rest }) => rest);
    expect(first.plan?.tasks).toEqual(wordless);
    expect(first.plan?.plan).toEqual(plan43.plan);
    expect(first.plan?.sections).toEqual(plan43.sections);
    expect(first.plan?.gaps).toEqual(plan43.gaps);
    expect(first.plan?.tasks.some((task) => 'text' in task || 'original' in task)).toBe(false);
    expect(readPlanToCheck(read)).toBe(first);
  });

  it('refuses a damaged record as readPlanRecord does', () => {
    const damaged = record(plan43);
    const lastPart = damaged.rows[damaged.rows.length - 1];
    lastPart[3] = String(lastPart[3]).slice(0, -5);
    expect(readPlanToCheck(damaged)).toEqual({ plan: null, number: plan43.plan.number });
  });

  it('takes each part from its cell while the parse is at it, at most twice', () => {
    // Plan 43's tasks ten times over (new ids): a record of a dozen parts.
    const large: Catalogue = { ...plan43, tasks: Array.from({ length: 10 }, (_, copy) => plan43.tasks.map((task) => ({ ...task, id: `${task.id}/${copy}` }))).flat() };
    const read = record(large);
    const valueAt = read.headers.indexOf('Giá trị');
    const readings = new Map<number, number>();
    read.rows = read.rows.map((row, index) => {
      if (row[0] !== 'catalogue') return row;
      const cells = [...row];
      const value = cells[valueAt];
      Object.defineProperty(cells, valueAt, { get: () => { readings.set(index, (readings.get(index) ?? 0) + 1); return value; } });
      return cells;
    });
    expect(readPlanToCheck(read).plan?.tasks.map((task) => task.id)).toEqual(large.tasks.map((task) => task.id));
    expect(readings.size).toBeGreaterThan(5);
    expect(Math.max(...readings.values())).toBeLessThanOrEqual(2);
  });
});
