/**
 * SpecWorkbook keeps each table's read until the table changes, frozen, and patches without
 * copying every row up front. The port's promises still hold: a read answers what the file will
 * hold (patched values, text made cell-safe), no caller can change the workbook, or what the next
 * caller reads, through a read, and a patch never changes the caller's own rows.
 */
import { readTasks } from '../../src/layout/readback';
import type { CellValue } from '../../src/layout/spec';
import { SpecWorkbook } from '../../src/workbook/xlsx/spec-workbook';
import { contractSheet } from './contract/port-contract';

const ref = [{ sheet: 'Dữ liệu' }];

async function bookWith(rows: CellValue[][]): Promise<SpecWorkbook> {
  const book = new SpecWorkbook();
  await book.write({ sheets: [contractSheet('Dữ liệu', rows)] });
  return book;
}

const rowsOf = (): CellValue[][] => [
  ['A-01', 'Một', { date: '2018-12-31' }, 3, true, null],
  ['A-02', 'Hai', null, 0, false, null],
  ['A-03', 'Ba', null, null, null, null],
];

test('a read after a patch answers the patched value, made cell-safe; an earlier read stays as it was', async () => {
  const book = await bookWith(rowsOf());
  const [before] = await book.readTables(ref);
  await book.write({ sheets: [], patches: [{ sheet: 'Dữ liệu', topLeft: 'B5', values: [['Hai\u0001 đã sửa'], ['']] }] });
  const [after] = await book.readTables(ref);
  expect(after?.rows[1][1]).toBe('Hai đã sửa');
  expect(after?.rows[2][1]).toBeNull();
  expect(before?.rows[1][1]).toBe('Hai');
  // Only the rows the patch changed are new; the others are the same read rows.
  expect(after?.rows[0]).toBe(before?.rows[0]);
  expect(after?.rows[1]).not.toBe(before?.rows[1]);
  // And the file holds it: the spec's row was patched too.
  expect(book.sheets[0].spec.tables[0].rows[1][1]).toBe('Hai\u0001 đã sửa');
});

test('a patch that writes what the table already holds keeps the same read', async () => {
  const book = await bookWith(rowsOf());
  const [before] = await book.readTables(ref);
  await book.write({ sheets: [], patches: [{ sheet: 'Dữ liệu', topLeft: 'A4', values: [['A-01', 'Một', { date: '2018-12-31' }, 3]] }] });
  const [after] = await book.readTables(ref);
  expect(after).toBe(before);
});

test('a caller cannot change the workbook, or the next read, through what a read returns', async () => {
  const book = await bookWith(rowsOf());
  const [read] = await book.readTables(ref);
  if (!read) throw new Error('no read');
  expect(() => { read.rows[0][1] = 'đổi'; }).toThrow(TypeError);
  expect(() => { read.rows.push([]); }).toThrow(TypeError);
  expect(() => { read.headers[0] = 'đổi'; }).toThrow(TypeError);
  const [again] = await book.readTables(ref);
  expect(again?.rows[0][1]).toBe('Một');
  expect(again?.rows).toHaveLength(3);
  expect(book.sheets[0].spec.tables[0].rows[0][1]).toBe('Một');
});

test("a patch never changes the caller's rows", async () => {
  const rows = rowsOf();
  const firstRow = rows[0];
  const book = await bookWith(rows);
  await book.write({ sheets: [], patches: [{ sheet: 'Dữ liệu', topLeft: 'D4', values: [[99], [98]] }] });
  expect(rows).toEqual(rowsOf());
  expect(rows[0]).toBe(firstRow);
  const [read] = await book.readTables(ref);
  expect(read?.rows.map((row) => row[3])).toEqual([99, 98, null]);
});

test('a sheet written again is read again', async () => {
  const book = await bookWith(rowsOf());
  const [before] = await book.readTables(ref);
  await book.write({ sheets: [contractSheet('Dữ liệu', [['B-01', 'Mới', null, null, null, null]])] });
  const [after] = await book.readTables(ref);
  expect(after).not.toBe(before);
  expect(after?.rows).toEqual([['B-01', 'Mới', null, null, null, null]]);
});

test('the tasks are read once from a read that does not change, and afresh after a change', async () => {
  const book = await bookWith(rowsOf());
  const [read] = await book.readTables(ref);
  if (!read) throw new Error('no read');
  const first = readTasks(read);
  expect(readTasks(read)).toBe(first);
  expect(Object.isFrozen(first.tasks)).toBe(true);
  await book.write({ sheets: [], patches: [{ sheet: 'Dữ liệu', topLeft: 'B4', values: [['Một đã sửa']] }] });
  const [changed] = await book.readTables(ref);
  const second = readTasks(changed as NonNullable<typeof changed>);
  expect(second).not.toBe(first);
  // A read that could change is read every time.
  const copy = { ...read, rows: read.rows.map((row) => [...row]) };
  expect(readTasks(copy)).not.toBe(readTasks(copy));
});
