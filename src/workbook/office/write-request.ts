/**
 * Writes one WriteRequest inside an Excel.run, batch-minded, and never leaves the planner's data
 * half-gone. Syncs:
 *   1  look (read-only): names, protection, charts (./write-check.ts); +1 for the shape of tables
 *      refreshed in place. Anything that would make the write fail stops it here, unchanged.
 *   ≥1 content: tables the planner works in refreshed in place (./refresh-table.ts); the add-in's
 *      report sheets emptied and rewritten, each in the same request as its new content when it
 *      fits; then patches, marks, the sheet to show.
 * So a command's write is 2 syncs while its content fits in one request (4 MB by default), and
 * no request carries more than the budget unless one operation alone is larger.
 */
import { columnWidths } from '../../layout/column-widths';
import { cellA1, parseRange, rangeA1 } from '../../layout/a1';
import { NUMBER_FORMATS, type SheetSpec, type TableSpec, type TextBlock } from '../../layout/spec';
import type { ProgressListener, RangePatch, WriteRequest } from '../port';
import { jsonBytes, OPERATION_BYTES, type Batcher } from './batch';
import { applyValidation, columnWidthPoints, toGrid, writeGrid } from './grid';
import { refreshTable } from './refresh-table';
import { checkBeforeWriting, type ExistingSheet, type InPlaceTable } from './write-check';
// The .xlsx export's text-size estimates (pure code): Excel sizes neither merged cells nor upright
// headers to their text, so both adapters give those rows the same estimated height.
import { mergedParagraphHeight, rowHeightFor, uprightHeaderHeight } from '../xlsx/row-heights';

/** Excel's default column width in characters, for columns no table sizes. */
const DEFAULT_COLUMN_WIDTH = 8.43;


/** A report paragraph with no given height: as tall as its text over the merged columns. */
function estimatedParagraphHeight(block: TextBlock, widths: ReadonlyMap<number, number>): number | null {
  if (block.style !== 'paragraph' || typeof block.cells[0] !== 'string') return null;
  return mergedParagraphHeight(block, (column) => widths.get(column) ?? DEFAULT_COLUMN_WIDTH);
}

export { columnWidthPoints };

export interface WriteCapabilities {
  /** ExcelApi 1.9: page layout (print setup). Skipped when absent, and said once per write. */
  pageLayout: boolean;
}

/** Page header/footer text: "&" is a code there, so a literal one is doubled. */
function headerText(text: string | undefined): string {
  return (text ?? '').replace(/&(?![PN])/g, '&&');
}

async function writeBlock(sheet: Excel.Worksheet, batch: Batcher, block: TextBlock, widths: ReadonlyMap<number, number>): Promise<void> {
  if (block.cells.length === 0) return;
  await writeGrid(sheet, batch, block.row, block.column, toGrid([block.cells], []));
  await batch.reserve(3 * OPERATION_BYTES);
  const first = sheet.getRange(cellA1(block.row, block.column));
  const whole = sheet.getRange(rangeA1(block.row, block.column, block.row, block.column + Math.max(block.cells.length, block.mergeAcross ?? 1) - 1));
  switch (block.style) {
    case 'title':
      first.format.font.bold = true;
      first.format.font.size = 14;
      break;
    case 'subtitle':
      whole.format.font.italic = true;
      whole.format.font.bold = true;
      break;
    case 'caption':
      first.format.font.bold = true;
      break;
    case 'note':
      first.format.font.italic = true;
      first.format.font.color = '#595959';
      break;
    case 'official':
      whole.format.font.bold = true;
      whole.format.font.size = 13;
      break;
    case 'paragraph':
      break;
  }
  if (block.mergeAcross && block.mergeAcross > 1) {
    const merged = sheet.getRange(rangeA1(block.row, block.column, block.row, block.column + block.mergeAcross - 1));
    merged.merge(false);
    merged.format.wrapText = true;
    merged.format.verticalAlignment = 'Top';
  }
  if (block.align === 'center') whole.format.horizontalAlignment = 'Center';
  const height = block.height ?? estimatedParagraphHeight(block, widths);
  if (height) sheet.getRange(`${block.row}:${block.row}`).format.rowHeight = height;
}

async function writeTable(sheet: Excel.Worksheet, batch: Batcher, table: TableSpec): Promise<void> {
  const width = table.columns.length;
  const formats = table.columns.map((c) => c.numberFormat);
  await writeGrid(sheet, batch, table.headerRow, table.firstColumn, toGrid([table.columns.map((c) => c.header)], []));
  // An Excel table needs one data row; an empty list gets one blank row.
  const rows = table.rows.length ? table.rows : [table.columns.map(() => null)];
  await writeGrid(sheet, batch, table.headerRow + 1, table.firstColumn, toGrid(rows, formats));
  const lastRow = table.headerRow + rows.length;

  await batch.reserve(5 * OPERATION_BYTES);
  const created = sheet.tables.add(rangeA1(table.headerRow, table.firstColumn, lastRow, table.firstColumn + width - 1), true);
  created.name = table.name;
  created.style = 'TableStyleLight9';
  sheet.getRange(rangeA1(table.headerRow, table.firstColumn, lastRow, table.firstColumn + width - 1)).format.verticalAlignment = 'Top';
  // Upright headers need the header row as tall as their text; Excel would keep it one line high.
  const upright = uprightHeaderHeight(table.columns.filter((c) => c.verticalHeader).map((c) => c.header));
  if (upright !== null) {
    const wrapped = rowHeightFor(table.columns.map((c) => c.header), table.columns.map((c) => (c.verticalHeader ? null : c.width)));
    sheet.getRange(`${table.headerRow}:${table.headerRow}`).format.rowHeight = Math.max(upright, wrapped ?? 0);
  }

  for (const [c, column] of table.columns.entries()) {
    const col = table.firstColumn + c;
    await batch.reserve(5 * OPERATION_BYTES);
    const headerCell = sheet.getRange(rangeA1(table.headerRow, col, table.headerRow, col));
    headerCell.format.columnWidth = columnWidthPoints(column.width);
    if (column.verticalHeader) headerCell.format.textOrientation = 90;
    const body = sheet.getRange(rangeA1(table.headerRow + 1, col, lastRow + table.spareRows, col));
    if (column.wrap) body.format.wrapText = true;
    if (table.spareRows > 0) {
      const spare = sheet.getRange(rangeA1(lastRow + 1, col, lastRow + table.spareRows, col));
      await batch.reserve(table.spareRows * (column.numberFormat.length + 5));
      spare.numberFormat = Array.from({ length: table.spareRows }, () => [column.numberFormat]);
    }
    applyValidation(body, column);
  }
  // After values, widths and wrapping are set: each data row as tall as its wrapped text.
  if (table.columns.some((c) => c.wrap)) {
    await batch.reserve(OPERATION_BYTES);
    sheet.getRange(rangeA1(table.headerRow + 1, table.firstColumn, lastRow, table.firstColumn + width - 1)).format.autofitRows();
  }
}

async function writeSheetContent(
  sheet: Excel.Worksheet,
  batch: Batcher,
  spec: SheetSpec,
  capabilities: WriteCapabilities,
  inPlace: ReadonlyMap<string, InPlaceTable>,
): Promise<void> {
  const widths = columnWidths(spec);
  for (const block of spec.blocks) await writeBlock(sheet, batch, block, widths);
  for (const table of spec.tables) {
    const existing = inPlace.get(table.name);
    if (existing) await refreshTable(batch, table, existing);
    else await writeTable(sheet, batch, table);
  }
  for (const fill of spec.fills) {
    await batch.reserve(3 * OPERATION_BYTES);
    const range = sheet.getRange(fill.range);
    range.format.fill.color = fill.fill;
    if (fill.fontColour) range.format.font.color = fill.fontColour;
    if (fill.bold) range.format.font.bold = true;
  }
  // conditionalFormats.add puts each new rule at the top of the sheet's priority list, so the
  // spec's rules (first = highest priority, as in the .xlsx export) are added last to first.
  for (const rule of [...spec.conditionalFormats].reverse()) {
    await batch.reserve(4 * OPERATION_BYTES + rule.formula.length);
    const format = sheet.getRange(rule.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    if (rule.fontColour) format.custom.format.font.color = rule.fontColour;
    format.stopIfTrue = rule.stopIfTrue;
  }
  if (spec.tabColour) sheet.tabColor = spec.tabColour;
  // "Hidden", not "VeryHidden": the .xlsx export and LibreOffice keep it, and a planner can unhide it.
  if (spec.hidden) sheet.visibility = 'Hidden';
  if (spec.freeze) {
    await batch.reserve(OPERATION_BYTES);
    const { rows, columns } = spec.freeze;
    if (columns > 0 && rows > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeA1(1, 1, rows, columns)));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
  for (const chart of spec.charts) {
    await batch.reserve((6 + 2 * chart.seriesColours.length) * OPERATION_BYTES);
    const created = sheet.charts.add('BarStacked', sheet.getRange(chart.series), 'Columns');
    created.title.text = chart.title;
    const anchor = parseRange(chart.anchor);
    created.setPosition(cellA1(anchor.top, anchor.left), cellA1(anchor.top + chart.heightRows - 1, anchor.left + chart.widthColumns - 1));
    const categories = sheet.getRange(chart.categories);
    chart.seriesColours.forEach((colour, i) => {
      const series = created.series.getItemAt(i);
      series.setXAxisValues(categories);
      series.format.fill.setSolidColor(colour);
    });
  }
  if (spec.font) {
    await batch.reserve(OPERATION_BYTES);
    sheet.getUsedRange().format.font.name = spec.font;
  }
  if (spec.print && capabilities.pageLayout) {
    await batch.reserve(10 * OPERATION_BYTES);
    const layout = sheet.pageLayout;
    // A4, as the .xlsx export sets it: Vietnamese offices print on A4 whatever Excel's locale says.
    layout.paperSize = 'A4';
    layout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.repeatRows) layout.setPrintTitleRows(`$${spec.print.repeatRows.first}:$${spec.print.repeatRows.last}`);
    if (spec.print.printArea) layout.setPrintArea(spec.print.printArea);
    const pages = layout.headersFooters.defaultForAllPages;
    pages.leftHeader = headerText(spec.print.header.left);
    pages.centerHeader = headerText(spec.print.header.center);
    pages.rightHeader = headerText(spec.print.header.right);
    pages.leftFooter = headerText(spec.print.footer.left);
    pages.centerFooter = headerText(spec.print.footer.center);
    pages.rightFooter = headerText(spec.print.footer.right);
  }
}

async function writePatch(context: Excel.RequestContext, batch: Batcher, patch: RangePatch): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(patch.sheet);
  const origin = parseRange(patch.topLeft);
  const grid = toGrid(patch.values, []);
  // Only give formats where a value needs one (a date, text that looks like a formula).
  const needsFormats = grid.formats.some((row) => row.some((f) => f !== NUMBER_FORMATS.general));
  if (needsFormats) {
    await writeGrid(sheet, batch, origin.top, origin.left, grid);
    return;
  }
  let start = 0;
  while (start < grid.values.length) {
    let end = start;
    let bytes = OPERATION_BYTES;
    const room = Math.max(batch.room, batch.budget / 2);
    while (end < grid.values.length) {
      const rowBytes = jsonBytes(grid.values[end]) + 1;
      if (end > start && bytes + rowBytes > room) break;
      bytes += rowBytes;
      end += 1;
    }
    await batch.reserve(bytes);
    const width = grid.values[start].length;
    sheet.getRange(rangeA1(origin.top + start, origin.left, origin.top + end - 1, origin.left + width - 1)).values = grid.values.slice(start, end);
    start = end;
  }
}


/** A rough size of a sheet's content as sent: its cells twice (values and formats) and its operations. */
function sheetBytes(spec: SheetSpec): number {
  let bytes = (spec.blocks.length * 4 + spec.conditionalFormats.length * 5 + spec.fills.length * 3 + spec.charts.length * 20 + 20) * OPERATION_BYTES;
  for (const table of spec.tables) bytes += 2 * jsonBytes(table.rows) + table.columns.length * 5 * OPERATION_BYTES;
  return bytes;
}

/**
 * Empties one of the add-in's report sheets for its rewrite: its tables, charts, cells, rules and
 * fixed heights go. Queued in the same request as the sheet's new content when that fits, so
 * Excel never shows it empty between two requests.
 */
async function emptySheet(sheet: Excel.Worksheet, batch: Batcher, spec: SheetSpec, existing: ExistingSheet): Promise<void> {
  const size = sheetBytes(spec);
  if (size <= batch.budget && size > batch.room) await batch.flush();
  await batch.reserve((8 + existing.tables.length + existing.charts.length) * OPERATION_BYTES);
  for (const table of existing.tables) table.delete();
  for (const chart of existing.charts) chart.delete();
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.clear('All');
  // Fit, never fix: a fixed height would stop Excel fitting rows to wrapped text from then on.
  // Fitting the emptied sheet also undoes fixed heights an earlier write left behind.
  all.format.autofitRows();
  sheet.freezePanes.unfreeze();
}

/**
 * Readies a sheet whose planner tables are refreshed in place: only the add-in's rules go (they
 * are written again); the planner's cells, fills, widths and the table itself stay.
 */
async function readySheetInPlace(sheet: Excel.Worksheet, batch: Batcher): Promise<void> {
  await batch.reserve(OPERATION_BYTES);
  sheet.getRange().conditionalFormats.clearAll();
}

const PRINT_SKIPPED = {
  vi: 'Phiên bản Excel này chưa hỗ trợ thiết lập trang in (ExcelApi 1.9): đã bỏ qua hướng giấy, tiêu đề in và vùng in; dữ liệu vẫn được ghi đủ.',
  en: 'This Excel lacks page setup (ExcelApi 1.9): orientation, print titles and print area were skipped; all data was written.',
};

export async function writeRequest(
  context: Excel.RequestContext,
  batch: Batcher,
  request: WriteRequest,
  capabilities: WriteCapabilities,
  onProgress?: ProgressListener,
): Promise<void> {
  const check = await checkBeforeWriting(context, batch, request);
  onProgress?.({ fraction: 0.1, step: { vi: 'Đã kiểm tra bảng tính, bắt đầu ghi.', en: 'Workbook checked, writing.' } });
  if (!capabilities.pageLayout && request.sheets.some((s) => s.print)) onProgress?.({ fraction: 0.1, step: PRINT_SKIPPED });

  const worksheets = context.workbook.worksheets;
  for (const [index, spec] of request.sheets.entries()) {
    const existing = check.sheets.get(spec.name);
    let sheet: Excel.Worksheet;
    if (!existing) sheet = worksheets.add(spec.name);
    else {
      sheet = worksheets.getItem(spec.name);
      if (spec.tables.some((t) => check.inPlace.has(t.name))) await readySheetInPlace(sheet, batch);
      else await emptySheet(sheet, batch, spec, existing);
    }
    await writeSheetContent(sheet, batch, spec, capabilities, check.inPlace);
    onProgress?.({
      fraction: 0.1 + (0.8 * (index + 1)) / Math.max(request.sheets.length, 1),
      step: { vi: `Đã ghi trang "${spec.name}"`, en: `Wrote sheet "${spec.name}"` },
    });
  }
  for (const patch of request.patches ?? []) await writePatch(context, batch, patch);
  for (const marks of request.marks ?? []) {
    const sheet = worksheets.getItem(marks.sheet);
    if (marks.clear) {
      await batch.reserve(OPERATION_BYTES);
      sheet.getRange(marks.clear).format.fill.clear();
    }
    for (const cell of marks.cells) {
      await batch.reserve(OPERATION_BYTES);
      sheet.getRange(cell).format.fill.color = marks.fill;
    }
  }
  if (capabilities.pageLayout) {
    for (const patch of request.pageHeaders ?? []) {
      await batch.reserve(3 * OPERATION_BYTES);
      const pages = worksheets.getItem(patch.sheet).pageLayout.headersFooters.defaultForAllPages;
      pages.leftHeader = headerText(patch.header.left);
      pages.centerHeader = headerText(patch.header.center);
      pages.rightHeader = headerText(patch.header.right);
    }
  }
  if (request.activate) {
    await batch.reserve(2 * OPERATION_BYTES);
    const sheet = worksheets.getItem(request.activate.sheet);
    sheet.activate();
    sheet.getRange(request.activate.cell ?? 'A1').select();
  }
  await batch.flush();
  onProgress?.({ fraction: 1, step: { vi: 'Đã ghi xong.', en: 'Written.' } });
}
