/**
 * Draws one SheetSpec on a fresh ExcelJS worksheet: blocks, tables (real Excel tables), formats,
 * dropdowns, conditional formats, fills, freeze panes, print setup, and, for a chart (ExcelJS cannot
 * draw charts), data bars on the charted columns and a line saying so.
 */
import type { ConditionalFormattingRule, DataValidation, Style, Worksheet, WorksheetView } from 'exceljs';
import { cellA1, parseCell, parseRange, quoteSheet } from '../../layout/a1';
import { NUMBER_FORMATS, type ListValidation, type PrintSpec, type SheetSpec, type TableSpec } from '../../layout/spec';
import { bareFormula, toExcelValue } from './cell-values';
import { renderChartDataBars } from './chart-data-bars';
import { exceljsPrintArea } from './print-area';
import { mergedParagraphHeight, rowHeightFor, typefaceMetrics, uprightHeaderHeight, type TypefaceMetrics } from './row-heights';
import { applyTypeface, argb, blockStyle, ColumnStyles, HEADER_STYLE, solidFill, VERTICAL_HEADER_STYLE } from './styles';

/** ExcelJS has `worksheet.dataValidations.add(range, …)` but its typings omit it. */
interface WithValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

/** Bold header text is about a tenth wider than body text. */
const BOLD_SCALE = 0.85;

/** Excel refuses an inline list longer than this (the characters between the quotes). */
const MAX_INLINE_LIST = 255;

export function validationOf(list: ListValidation): DataValidation {
  const formula = list.kind === 'values'
    ? `"${list.values.join(',').slice(0, MAX_INLINE_LIST)}"`
    : `${quoteSheet(list.sheet)}!${list.range}`;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    // "warning" lets the planner keep a value outside the list (several bodies in one cell).
    errorStyle: list.strict ? 'stop' : 'warning',
    errorTitle: 'Giá trị ngoài danh sách',
    error: list.strict
      ? 'Hãy chọn một giá trị trong danh sách. / Choose a value from the list.'
      : 'Giá trị không có trong danh sách; vẫn có thể giữ nếu đúng. / Not in the list; keep it if it is right.',
  };
}

function renderTable(sheet: Worksheet, table: TableSpec, styles: ColumnStyles, typeface: TypefaceMetrics): void {
  const width = table.columns.length;
  // Excel needs at least one data row in a table: an empty one gets a blank row (read back as none).
  const rows = table.rows.length > 0 ? table.rows.map((row) => row.map(toExcelValue)) : [Array.from({ length: width }, () => null)];
  sheet.addTable({
    name: table.name,
    ref: cellA1(table.headerRow, table.firstColumn),
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows,
  });
  const header = sheet.getRow(table.headerRow);
  const lastStyled = table.headerRow + rows.length + table.spareRows;
  table.columns.forEach((column, c) => {
    const col = table.firstColumn + c;
    const sheetColumn = sheet.getColumn(col);
    sheetColumn.width = Math.max(sheetColumn.width ?? 0, column.width);
    header.getCell(col).style = column.verticalHeader ? VERTICAL_HEADER_STYLE : HEADER_STYLE;
    const style = styles.of(column);
    for (let r = table.headerRow + 1; r <= lastStyled; r += 1) sheet.getRow(r).getCell(col).style = style;
    if (column.validation) {
      const range = `${cellA1(table.headerRow + 1, col)}:${cellA1(lastStyled, col)}`;
      (sheet as unknown as WithValidations).dataValidations.add(range, validationOf(column.validation));
    }
  });
  const headerHeight = tableHeaderHeight(table);
  if (headerHeight > 0) header.height = Math.max(header.height ?? 0, headerHeight);
  const wrapWidths = wrapWidthsOf(table);
  if (wrapWidths.some((width) => width !== null)) {
    table.rows.forEach((values, r) => {
      const height = rowHeightFor(values, wrapWidths, typeface.scale, typeface.linePoints);
      if (height !== null) sheet.getRow(table.headerRow + 1 + r).height = height;
    });
  }
}

/**
 * Header cells wrap: a header longer than its column needs a taller header row. Upright headers
 * need the row as tall as their text is long. 0 when the default height does.
 */
export function tableHeaderHeight(table: TableSpec): number {
  const wrappedHeight = rowHeightFor(table.columns.map((column) => column.header), table.columns.map((column) => (column.verticalHeader ? null : column.width)), BOLD_SCALE);
  const uprightHeight = uprightHeaderHeight(table.columns.filter((column) => column.verticalHeader).map((column) => column.header));
  return Math.max(wrappedHeight ?? 0, uprightHeight ?? 0);
}

/** The width of each wrapped column (null for the others), to size data rows to their text. */
export function wrapWidthsOf(table: TableSpec): (number | null)[] {
  return table.columns.map((column) => (column.wrap ? column.width : null));
}

function renderBlocks(sheet: Worksheet, spec: SheetSpec): void {
  for (const block of spec.blocks) {
    const row = sheet.getRow(block.row);
    block.cells.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(block.column + c);
      cell.value = toExcelValue(value);
      const isDate = typeof value === 'object' && 'date' in value;
      cell.style = blockStyle(block.style, isDate ? NUMBER_FORMATS.date : undefined, block.align);
    });
    if (block.mergeAcross && block.mergeAcross > 1) {
      sheet.mergeCells(block.row, block.column, block.row, block.column + block.mergeAcross - 1);
    }
    if (block.height) row.height = block.height;
    else if (block.style === 'paragraph') row.height = mergedParagraphHeight(block, (column) => sheet.getColumn(column).width ?? 9);
  }
}

export function renderConditionalFormats(sheet: Worksheet, spec: SheetSpec): void {
  // Priority 1 is the highest: the spec's first rule, as the Office adapter orders them too.
  // ExcelJS cannot write stopIfTrue; every rule sets a fill, so Excel's priority order already
  // lets the first matching rule's fill win, which is what stopIfTrue asks for.
  spec.conditionalFormats.forEach((format, index) => {
    const rule: ConditionalFormattingRule = {
      type: 'expression',
      priority: index + 1,
      formulae: [bareFormula(format.formula)],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } },
        ...(format.fontColour ? { font: { color: { argb: argb(format.fontColour) } } } : {}),
      },
    };
    sheet.addConditionalFormatting({ ref: format.range, rules: [rule] });
  });
}

function renderFills(sheet: Worksheet, spec: SheetSpec): void {
  for (const fill of spec.fills) {
    const area = parseRange(fill.range);
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) {
        const cell = sheet.getRow(r).getCell(c);
        const font = fill.fontColour || fill.bold
          ? { ...cell.style.font, ...(fill.fontColour ? { color: { argb: argb(fill.fontColour) } } : {}), ...(fill.bold ? { bold: true } : {}) }
          : cell.style.font;
        const style: Partial<Style> = { ...cell.style, fill: solidFill(fill.fill) };
        if (font) style.font = font;
        cell.style = style;
      }
    }
  }
}

function renderCharts(sheet: Worksheet, spec: SheetSpec): void {
  let priority = spec.conditionalFormats.length + 1;
  for (const chart of spec.charts) {
    priority += renderChartDataBars(sheet, chart, priority);
    const { row, column } = parseCell(chart.anchor);
    const cell = sheet.getRow(row).getCell(column);
    if (cell.value !== null && cell.value !== undefined) continue;
    cell.value = `${chart.title}: ${chart.fallbackText}`;
    cell.style = blockStyle('note');
  }
}

/** Excel's header/footer codes for a left, centre and right part. */
export function headerFooterText(part: { left?: string; center?: string; right?: string }): string {
  return `${part.left ? `&L${part.left}` : ''}${part.center ? `&C${part.center}` : ''}${part.right ? `&R${part.right}` : ''}`;
}

export function renderPrint(sheet: Worksheet, print: PrintSpec): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.first}:${print.repeatRows.last}` } : {}),
    ...(print.printArea ? { printArea: exceljsPrintArea(print.printArea) } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddHeader: headerFooterText(print.header), oddFooter: headerFooterText(print.footer) };
}

/** The sheet view that freezes the spec's rows and columns, or null when nothing is frozen. */
export function freezeView(freeze: SheetSpec['freeze']): Partial<WorksheetView> | null {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return null;
  return {
    state: 'frozen',
    xSplit: freeze.columns,
    ySplit: freeze.rows,
    topLeftCell: cellA1(freeze.rows + 1, freeze.columns + 1),
  };
}

function renderFreeze(sheet: Worksheet, freeze: SheetSpec['freeze']): void {
  const view = freezeView(freeze);
  if (view) sheet.views = [view];
}

export function renderSheet(sheet: Worksheet, spec: SheetSpec): void {
  if (spec.tabColour) sheet.properties.tabColor = { argb: argb(spec.tabColour) };
  const styles = new ColumnStyles();
  const typeface = typefaceMetrics(spec.font);
  for (const table of spec.tables) renderTable(sheet, table, styles, typeface);
  renderBlocks(sheet, spec);
  renderConditionalFormats(sheet, spec);
  renderFills(sheet, spec);
  renderCharts(sheet, spec);
  renderFreeze(sheet, spec.freeze);
  if (spec.print) renderPrint(sheet, spec.print);
  if (spec.font) applyTypeface(sheet, spec.font);
}
