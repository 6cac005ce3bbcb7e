/**
 * SpecWorkbook keeps long texts deflated (src/workbook/xlsx/packed-text.ts): the stored plan's
 * JSON is most of what a large `build` holds. Packing must change nothing anyone sees: the text
 * comes back character for character, reads answer what they answered unpacked, the file holds the
 * same cells, and the caller's rows are never changed.
 */
import { plan43 } from '../../src/catalogues';
import { readPlanRecord } from '../../src/layout/readback';
import { planSheet } from '../../src/layout/plan-sheet';
import type { CellValue } from '../../src/layout/spec';
import { newXlsx, openXlsx } from '../../src/workbook/xlsx';
import { PACK_WHEN, PackedText, packLongTexts, unpackedRow } from '../../src/workbook/xlsx/packed-text';
import { readBack } from '../../src/workbook/xlsx/read-back';
import { SpecWorkbook } from '../../src/workbook/xlsx/spec-workbook';
import { contractSheet } from './contract/port-contract';

/** Long texts packed at any size, as a large plan's are. */
const EVERY_LONG_TEXT = { cell: PACK_WHEN.cell, table: 0 };
const PACK_FROM = PACK_WHEN.cell;

/** A long text with what a careless codec would change: a lone surrogate, a pair, a control character, a non-character. */
function awkwardText(length: number): string {
  const pieces = ['Kế hoạch 43-KH/TU ', '😀', '\uD800', 'x\u0001y', '\uFFFE', ' "quoted" ', '\r\n', 'Ủy ban nhân dân tỉnh '];
  let text = '';
  for (let i = 0; text.length < length; i++) text += pieces[i % pieces.length];
  return text;
}

test('a packed text comes back character for character, lone surrogates and all', () => {
  const wellFormed = awkwardText(100_000).replace(/\uD800(?![\uDC00-\uDFFF])/g, '');
  for (const text of ['', 'a', awkwardText(PACK_FROM), awkwardText(100_000), wellFormed]) {
    expect(PackedText.pack(text).text()).toBe(text);
  }
});

test('only texts of PACK_FROM characters or more are packed, in a copy: the caller\'s rows stay as they were', () => {
  const long = awkwardText(PACK_FROM);
  const short = long.slice(0, PACK_FROM - 1);
  const rows: CellValue[][] = [['A', short, 3], ['B', long, { date: '2018-12-31' }]];
  const packed = packLongTexts(rows, EVERY_LONG_TEXT);
  expect(packed).not.toBe(rows);
  expect(packed[0]).toBe(rows[0]);
  expect(packed[1][1]).toBeInstanceOf(PackedText);
  expect(rows[1][1]).toBe(long);
  expect(unpackedRow(packed[1])).toEqual(rows[1]);
  // Nothing to pack: the same arrays, so a table of short cells costs nothing.
  const plain: CellValue[][] = [['A', short]];
  expect(packLongTexts(plain, EVERY_LONG_TEXT)).toBe(plain);
  expect(unpackedRow(plain[0])).toBe(plain[0]);
  // Long texts that come to less than the table's threshold: not worth the time, left as they are.
  expect(packLongTexts(rows, { cell: PACK_FROM, table: long.length + 1 })).toBe(rows);
  expect(packLongTexts(rows)).toBe(rows);
});

test('SpecWorkbook reads and writes a long text as it would unpacked, and holds it packed', async () => {
  const long = awkwardText(20_000);
  const rows: CellValue[][] = [['A-01', long, null, 1, true, null], ['A-02', 'Ngắn', null, 2, false, null]];
  const book = new SpecWorkbook(EVERY_LONG_TEXT);
  await book.write({ sheets: [contractSheet('Dữ liệu', rows)] });
  expect(book.sheets[0].spec.tables[0].rows[0][1]).toBeInstanceOf(PackedText);
  expect(rows[0][1]).toBe(long);

  const [read] = await book.readTables([{ sheet: 'Dữ liệu' }]);
  expect(read?.rows[0][1]).toBe(readBack(long));
  expect(read?.rows[1]).toEqual(['A-02', 'Ngắn', null, 2, false, null]);
  expect(Object.isFrozen(read?.rows[0])).toBe(true);
  expect(() => { (read?.rows[0] as unknown[])[1] = 'đổi'; }).toThrow(TypeError);

  // The file holds the cell the normal writer (which never packs) writes from the same rows.
  const normal = newXlsx();
  await normal.write({ sheets: [contractSheet('Dữ liệu', rows)] });
  const reread = async (bytes: Uint8Array) => (await (await openXlsx(bytes)).readTables([{ sheet: 'Dữ liệu' }]))[0]?.rows[0][1];
  const expected = await reread(await normal.toXlsxBytes());
  expect(typeof expected === 'string' && expected.length).toBeGreaterThan(PACK_FROM);
  expect(await reread(await book.toXlsxBytes())).toBe(expected);
});

test('the stored plan is kept packed and parsed once while its table is unchanged', async () => {
  const book = new SpecWorkbook(EVERY_LONG_TEXT);
  await book.write({ sheets: [planSheet(plan43)] });
  const held = book.sheets[0].spec.tables[0].rows;
  expect(held.some((row) => row.some((value) => value instanceof PackedText))).toBe(true);
  const [first] = await book.readTables([{ sheet: planSheet(plan43).name }]);
  const [second] = await book.readTables([{ sheet: planSheet(plan43).name }]);
  if (!first || !second) throw new Error('no plan table');
  expect(second).toBe(first);
  const parsed = readPlanRecord(first);
  expect(parsed.catalogue?.tasks.map((task) => task.id)).toEqual(plan43.tasks.map((task) => task.id));
  expect(readPlanRecord(second)).toBe(parsed);
});
