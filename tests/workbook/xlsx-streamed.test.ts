/**
 * `build` streams its workbook (SpecWorkbook + stream-xlsx.ts) instead of building ExcelJS cells in
 * memory. The file must be the same workbook the normal writer makes: after the same load, check
 * and summary, both files reopened by ExcelJS hold the same cells (values and styles), row
 * heights, column widths, merges, dropdowns, conditional formats, views, print setup and tables.
 */
import ExcelJS from 'exceljs';
import { plan43 } from '../../src/catalogues';
import type { Catalogue } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../../src/services';
import type { WorkbookPort } from '../../src/workbook/port';
import { newXlsx, openXlsx } from '../../src/workbook/xlsx';
import { SpecWorkbook } from '../../src/workbook/xlsx/spec-workbook';

const settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };

async function build(port: WorkbookPort, catalogue: Catalogue): Promise<void> {
  await loadCatalogue(port, { catalogue, settings });
  await validateWorkbook(port, { settings });
  await summarizeWorkbook(port, { settings });
}

async function reopened(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

interface TableModel {
  table: { name: string; tableRef: string; columns: { name: string }[]; style: unknown };
}

/** Everything a planner sees of a sheet, as plain data. */
type Formatting = { ref: string; rules: Record<string, unknown>[] };

/**
 * A data bar as both writers can say it: ExcelJS's streaming writer has no Excel 2010 extension
 * part, so a streamed bar is the 2007 kind (type, scale, colour, priority; Excel and LibreOffice
 * draw it) without the extension's length, border and direction settings.
 */
function comparable(formattings: Formatting[]): Formatting[] {
  const keep = ['type', 'priority', 'cfvo', 'color'];
  return formattings.map(({ ref, rules }) => ({
    ref,
    rules: rules.map((rule) => (rule.type === 'dataBar' ? Object.fromEntries(keep.map((key) => [key, rule[key]])) : rule)),
  }));
}

function describeSheet(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number> = {};
  sheet.eachRow((row, r) => {
    if (row.height) heights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, style: cell.style };
    });
  });
  const model = sheet.model as unknown as { merges: string[]; dataValidations: unknown; conditionalFormattings: Formatting[] };
  const tables = Object.values((sheet as unknown as { tables: Record<string, TableModel> }).tables).map(({ table }) => ({
    name: table.name,
    ref: table.tableRef,
    columns: table.columns.map((column) => column.name),
    style: table.style,
  }));
  return {
    state: sheet.state,
    cells,
    heights,
    widths: (sheet.columns ?? []).map((column) => column.width),
    merges: model.merges,
    validations: model.dataValidations,
    conditionalFormats: comparable(model.conditionalFormattings),
    views: sheet.views,
    pageSetup: sheet.pageSetup,
    headerFooter: sheet.headerFooter,
    tabColour: sheet.properties.tabColor,
    tables,
  };
}

test('the streamed workbook holds what the normal writer writes, sheet for sheet and cell for cell', async () => {
  const normal = newXlsx();
  await build(normal, plan43);
  const streamed = new SpecWorkbook();
  await build(streamed, plan43);
  const [a, b] = [await reopened(await normal.toXlsxBytes()), await reopened(await streamed.toXlsxBytes())];

  expect(b.worksheets.map((sheet) => sheet.name)).toEqual(a.worksheets.map((sheet) => sheet.name));
  expect(b.views).toEqual(a.views);
  for (const sheet of a.worksheets) {
    const other = b.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    expect({ sheet: sheet.name, ...describeSheet(other) }).toEqual({ sheet: sheet.name, ...describeSheet(sheet) });
  }
  // Not a vacuous comparison: the tasks sheet has its table, its rows and the check's marks.
  const tasks = describeSheet(b.getWorksheet(SHEETS.tasks) as ExcelJS.Worksheet);
  expect((tasks.tables as { name: string; ref: string }[])[0].ref).toMatch(/^A5:[A-Z]+56$/);
  expect(Object.keys(tasks.cells as object).length).toBeGreaterThan(plan43.tasks.length * 10);
}, 60_000);

test('the streamed workbook reads back as the add-in reads any workbook: same tasks, same findings', async () => {
  const streamed = new SpecWorkbook();
  await build(streamed, plan43);
  const first = await validateWorkbook(streamed, { settings });
  const reopenedBook = await openXlsx(await streamed.toXlsxBytes());
  const again = await validateWorkbook(reopenedBook, { settings });
  expect(again.taskCount).toBe(plan43.tasks.length);
  expect(again.counts).toEqual(first.counts);
  expect(again.findings.map((f) => [f.finding.code, f.target?.cell])).toEqual(first.findings.map((f) => [f.finding.code, f.target?.cell]));
  expect((await reopenedBook.listSheets()).find((sheet) => sheet.name === SHEETS.plan)?.hidden).toBe(true);
}, 60_000);
