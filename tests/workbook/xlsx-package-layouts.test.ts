/**
 * Packages laid out otherwise than Excel lays them out, all within the standard: parts under
 * other names (the workbook as xl/book.xml, a sheet as worksheets/Tasks.xml, a table as
 * TasksTable.xml), relationship targets written "./…", percent-encoded or absolute, zip entries
 * named with a leading slash. Made here from the built workbook: Google Sheets and WPS cannot run
 * on this machine, so these stand in for what other writers do, not for a file of theirs.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { readTasks } from '../../src/layout/readback';
import { summarizeWorkbook } from '../../src/services';
import { openXlsx } from '../../src/workbook/xlsx';
import { builtWorkbook, SERVICE_OPTIONS } from '../fixtures/xlsx/planner-workbooks';

// Each test opens and saves a whole workbook: seconds on a busy machine.
jest.setTimeout(30_000);

let built: Uint8Array;
beforeAll(async () => {
  built = await builtWorkbook();
});

type Edit = (parts: Unzipped) => void;

function text(parts: Unzipped, name: string): string {
  return strFromU8(parts[name]);
}

function move(parts: Unzipped, from: string, to: string): void {
  parts[to] = parts[from];
  delete parts[from];
}

function replaceIn(parts: Unzipped, name: string, from: string, to: string): void {
  const before = text(parts, name);
  if (!before.includes(from)) throw new Error(`"${from}" is not in ${name}`);
  parts[name] = strToU8(before.split(from).join(to));
}

/** The workbook part as xl/book.xml, its relationships following it. */
const workbookElsewhere: Edit = (parts) => {
  move(parts, 'xl/workbook.xml', 'xl/book.xml');
  move(parts, 'xl/_rels/workbook.xml.rels', 'xl/_rels/book.xml.rels');
  replaceIn(parts, '_rels/.rels', 'Target="xl/workbook.xml"', 'Target="xl/book.xml"');
  replaceIn(parts, '[Content_Types].xml', 'PartName="/xl/workbook.xml"', 'PartName="/xl/book.xml"');
};

/** The tasks sheet and its table under names of their own, targets "./…" and percent-encoded. */
const otherNames: Edit = (parts) => {
  move(parts, 'xl/worksheets/sheet1.xml', 'xl/worksheets/Nhiệm vụ.xml');
  move(parts, 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/_rels/Nhiệm vụ.xml.rels');
  const rels = Object.keys(parts).find((name) => name.startsWith('xl/_rels/') && name.endsWith('.rels'));
  if (!rels) throw new Error('no workbook relationships');
  replaceIn(parts, rels, 'Target="worksheets/sheet1.xml"', `Target="./worksheets/${encodeURIComponent('Nhiệm vụ')}.xml"`);
  replaceIn(parts, '[Content_Types].xml', 'PartName="/xl/worksheets/sheet1.xml"', 'PartName="/xl/worksheets/Nhi%E1%BB%87m%20v%E1%BB%A5.xml"');
  const table = /Target="\.\.\/tables\/(table\d+)\.xml"/.exec(text(parts, 'xl/worksheets/_rels/Nhiệm vụ.xml.rels'));
  if (!table) throw new Error('no table on the tasks sheet');
  move(parts, `xl/tables/${table[1]}.xml`, 'xl/tables/TasksTable.xml');
  replaceIn(parts, 'xl/worksheets/_rels/Nhiệm vụ.xml.rels', `Target="../tables/${table[1]}.xml"`, 'Target="/xl/tables/TasksTable.xml"');
  replaceIn(parts, '[Content_Types].xml', `PartName="/xl/tables/${table[1]}.xml"`, 'PartName="/xl/tables/TasksTable.xml"');
};

/** Every zip entry named "/xl/…" rather than "xl/…". */
const leadingSlash: Edit = (parts) => {
  for (const name of Object.keys(parts)) move(parts, name, `/${name}`);
};

function laidOut(...edits: Edit[]): Uint8Array {
  const parts = unzipSync(built);
  for (const edit of edits) edit(parts);
  return zipSync(parts);
}

async function tasksRead(bytes: Uint8Array) {
  const [table] = await (await openXlsx(bytes)).readTables([{ sheet: 'Nhiệm vụ' }]);
  if (!table) throw new Error('no tasks table');
  return readTasks(table);
}

/** What ExcelJS alone makes of the package: the tasks table, or the error. */
async function plainExcelJs(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
  const sheet = book.getWorksheet('Nhiệm vụ');
  return sheet ? `${(sheet as unknown as { getTables(): unknown[] }).getTables().length} tables` : 'no tasks sheet';
}

describe.each([
  ['the workbook part under another name', [workbookElsewhere]],
  ['a sheet and its table under names of their own, targets "./", percent-encoded and absolute', [otherNames]],
  ['zip entries with a leading slash', [leadingSlash]],
  ['all of these at once', [workbookElsewhere, otherNames, leadingSlash]],
] as [string, Edit[]][])('%s', (_name, edits) => {
  it('opens with the tasks table and all 51 tasks, is summarised and saved again', async () => {
    const bytes = laidOut(...edits);
    const read = await tasksRead(bytes);
    expect(read.tasks).toHaveLength(51);
    expect(read.problems).toEqual([]);
    const workbook = await openXlsx(bytes);
    const result = await summarizeWorkbook(workbook, SERVICE_OPTIONS);
    expect(result.summary.overview.counts.total).toBe(51);
    expect((await tasksRead(await workbook.toXlsxBytes())).tasks).toHaveLength(51);
  });
});

it('ExcelJS alone does not read these layouts (what the package step is for)', async () => {
  expect(await plainExcelJs(built)).toBe('1 tables');
  expect(await plainExcelJs(laidOut(workbookElsewhere))).not.toBe('1 tables');
  expect(await plainExcelJs(laidOut(otherNames))).not.toBe('1 tables');
});
