/**
 * `build` writes its workbook once and takes the bytes with SpecWorkbook.takeXlsxBytes, which lets
 * each sheet's rows go once streamed: the file is the same as toXlsxBytes writes, and afterwards
 * the workbook lists its sheets but refuses to read rows it no longer has.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { plan43 } from '../../src/catalogues';
import { SHEETS, TABLES } from '../../src/layout/names';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../../src/services';
import { SpecWorkbook } from '../../src/workbook/xlsx/spec-workbook';

const settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };

async function built(): Promise<SpecWorkbook> {
  const book = new SpecWorkbook();
  await loadCatalogue(book, { catalogue: plan43, settings });
  await validateWorkbook(book, { settings });
  await summarizeWorkbook(book, { settings });
  return book;
}

/** Every part of the package as text, but the creation time. */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files)
    .filter(([name]) => name !== 'docProps/core.xml')
    .map(([name, data]) => [name, strFromU8(data)]));
}

test('takeXlsxBytes writes the same package as toXlsxBytes', async () => {
  const kept = await built();
  const taken = await built();
  const [a, b] = [parts(await kept.toXlsxBytes()), parts(await taken.takeXlsxBytes())];
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const name of Object.keys(a)) expect({ name, xml: b[name] }).toEqual({ name, xml: a[name] });
  // Not vacuous: the tasks sheet's rows are in it.
  expect(Object.values(b).some((xml) => xml.includes(plan43.tasks[10].id))).toBe(true);
}, 60_000);

test('after takeXlsxBytes the sheets are listed, their rows are gone and reading them says so', async () => {
  const book = await built();
  const before = await book.listSheets();
  await book.takeXlsxBytes();
  expect(await book.listSheets()).toEqual(before);
  expect(book.sheets.every((sheet) => sheet.spec.tables.every((table) => table.rows.length === 0))).toBe(true);
  await expect(book.readTables([{ sheet: SHEETS.tasks, table: TABLES.tasks }])).rejects.toThrow(/already written/);
  // toXlsxBytes keeps them: the same workbook can be written twice.
  const other = await built();
  await other.toXlsxBytes();
  expect((await other.readTables([{ sheet: SHEETS.tasks, table: TABLES.tasks }]))[0]?.rows.length).toBe(plan43.tasks.length);
}, 60_000);
