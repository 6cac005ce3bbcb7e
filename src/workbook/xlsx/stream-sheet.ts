/**
 * Draws one pending sheet on ExcelJS's streaming worksheet, row by row: each row is built, then
 * written out as XML (row-xml.ts) and forgotten, so memory stays flat however many tasks there
 * are. The result is what renderSheet draws followed by the patches and marks: the same values,
 * styles, merges, dropdowns, conditional formats, freeze panes and print setup. Tables are
 * described here and written by stream-xlsx.ts (ExcelJS's streaming writer has no tables).
 */
import { columnWidths } from '../../layout/column-widths';
import type { Style, Worksheet } from 'exceljs';
import { cellA1, parseCell, parseRange } from '../../layout/a1';
import { NUMBER_FORMATS, type CellValue, type SheetSpec, type TableSpec } from '../../layout/spec';
import { mergedParagraphHeight, rowHeightFor, typefaceMetrics, type TypefaceMetrics } from './row-heights';
import { renderChartDataBars } from './chart-data-bars';
import { hasPackedText, unpackedRow } from './packed-text';
import { RowXmlWriter, type StyleTable } from './row-xml';
import { freezeView, renderConditionalFormats, renderPrint, tableHeaderHeight, validationOf, wrapWidthsOf } from './render-sheet';
import type { PendingSheet } from './spec-workbook';
import { argb, blockStyle, ColumnStyles, DerivedStyles, HEADER_STYLE, solidFill, VERTICAL_HEADER_STYLE, withFill, withTypeface } from './styles';

/** A table as stream-tables.ts writes it: where it is and its header names. */
export interface StreamedTable {
  name: string;
  ref: string;
  headers: string[];
}

/** ExcelJS has `worksheet.dataValidations.add(range, …)` but its typings omit it. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ReturnType<typeof validationOf>): void };
}

interface CellOut {
  value?: CellValue;
  style: Partial<Style>;
}

type RowCells = Map<number, CellOut>;

/** A table with what each of its rows needs, worked out once (SheetStreamer.layoutsOf). */
interface TableLayout {
  table: TableSpec;
  /** The last row with the table's styles: data rows, then the spare rows. */
  lastStyled: number;
  styles: Partial<Style>[];
  /** The column styles in the sheet's typeface, for rows written straight from the table. */
  fontStyles: Partial<Style>[];
  headerStyles: Partial<Style>[];
  headerHeight: number;
  /** The widths of wrapped columns (null for the others), or null when none wraps. */
  wrapWidths: (number | null)[] | null;
  typeface: TypefaceMetrics;
  /** The table's data row `index` as written: packed texts unpacked, where the table has any. */
  values(index: number): CellValue[];
}

/** A cell with no style of its own: one shared object, never mutated (see styles.ts). */
const NO_STYLE: Partial<Style> = {};

/**
 * Rows written between turns of the event loop. The zip compresses on another thread, but each
 * 16 KB it makes comes back through the event loop: a turn every few rows keeps it working
 * alongside, instead of catching up at the end.
 */
const ROWS_BETWEEN_TURNS = 25;

/** The last sheet row a table covers: Excel needs one data row, so an empty table gets a blank one. */
function lastTableRow(table: TableSpec): number {
  return table.headerRow + Math.max(table.rows.length, 1);
}


/** Cells outside the tables' data rows, by row: blocks, fills, chart stand-ins, patches. */
class Extras {
  readonly rows = new Map<number, RowCells>();
  readonly heights = new Map<number, number>();
  /** Single-row merges: [row, first column, last column]. */
  readonly merges: [number, number, number][] = [];

  put(row: number, column: number, cell: CellOut): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(column, cell);
  }
}

/** The one table whose data row `r` is, when no other table reaches that row; else null. */
function plainTableRow(r: number, layouts: readonly TableLayout[]): TableLayout | null {
  let found: TableLayout | null = null;
  for (const layout of layouts) {
    const { table } = layout;
    if (r < table.headerRow || r > layout.lastStyled) continue;
    if (found || r === table.headerRow || r - table.headerRow > table.rows.length) return null;
    found = layout;
  }
  return found;
}

/** Every so many rows, the event loop gets a turn (see ROWS_BETWEEN_TURNS). */
async function turnEvery(r: number): Promise<void> {
  if (r % ROWS_BETWEEN_TURNS !== 0) return;
  await new Promise((resolve) => setImmediate(resolve));
}

export class SheetStreamer {
  private readonly styles = new ColumnStyles();
  /** Fills, marks and the typeface on top of shared styles, shared in turn. */
  private readonly derived = new DerivedStyles();
  private readonly widths: Map<number, number>;
  private readonly extras = new Extras();
  /** Fill ranges by row, applied over whatever the cell holds (renderFills). */
  private readonly fills = new Map<number, SheetSpec['fills']>();

  constructor(private readonly pending: PendingSheet) {
    this.widths = columnWidths(pending.spec);
    this.collectBlocks();
    for (const fill of pending.spec.fills) {
      const area = parseRange(fill.range);
      for (let r = area.top; r <= area.bottom; r += 1) this.fills.set(r, [...(this.fills.get(r) ?? []), fill]);
    }
  }

  private get spec(): SheetSpec {
    return this.pending.spec;
  }

  /** The tables this sheet holds, for stream-tables.ts. */
  tables(): StreamedTable[] {
    return this.spec.tables.map((table) => ({
      name: table.name,
      ref: `${cellA1(table.headerRow, table.firstColumn)}:${cellA1(lastTableRow(table), table.firstColumn + table.columns.length - 1)}`,
      headers: table.columns.map((column) => column.header),
    }));
  }

  /**
   * Views (freeze, selected cell), tab colour and print setup: the streaming writer writes them
   * when the sheet is added, so they go in its options.
   */
  options(): { views: object[]; properties: object; state: 'visible' | 'hidden'; pageSetup?: object; headerFooter?: object } {
    const print: Pick<Worksheet, 'pageSetup' | 'headerFooter'> = { pageSetup: {}, headerFooter: {} };
    if (this.spec.print) renderPrint(print as Worksheet, this.spec.print);
    const frozen = freezeView(this.spec.freeze);
    const views: object[] = frozen ? [frozen] : [];
    if (this.pending.activeCell) {
      if (views.length === 0) views.push({ state: 'normal' });
      views[0] = { ...views[0], activeCell: this.pending.activeCell };
    }
    return {
      views,
      properties: this.spec.tabColour ? { tabColor: { argb: argb(this.spec.tabColour) } } : {},
      state: this.pending.hidden ? 'hidden' : 'visible',
      ...(this.spec.print ? { pageSetup: print.pageSetup, headerFooter: print.headerFooter } : {}),
    };
  }

  private collectBlocks(): void {
    for (const block of this.spec.blocks) {
      block.cells.forEach((value, c) => {
        if (value === null) return;
        const isDate = typeof value === 'object' && 'date' in value;
        this.extras.put(block.row, block.column + c, { value, style: blockStyle(block.style, isDate ? NUMBER_FORMATS.date : undefined, block.align) });
      });
      if (block.mergeAcross && block.mergeAcross > 1) this.extras.merges.push([block.row, block.column, block.column + block.mergeAcross - 1]);
      if (block.height) this.extras.heights.set(block.row, block.height);
      else if (block.style === 'paragraph') this.extras.heights.set(block.row, mergedParagraphHeight(block, (column) => this.widths.get(column) ?? 9));
    }
  }

  /** Writes the whole sheet on `sheet` (a streaming worksheet) and commits it. */
  async write(sheet: Worksheet, styles: StyleTable): Promise<void> {
    const { spec } = this;
    const rows = new RowXmlWriter(sheet, styles);
    const layouts = this.layoutsOf();
    for (const [column, width] of this.widths) sheet.getColumn(column).width = width;
    renderConditionalFormats(sheet, spec);
    this.addValidations(sheet);

    // A loop, not Math.max(...rows): a sheet may have more marked cells than a call has arguments.
    let lastRow = 0;
    const reach = (row: number) => {
      if (row > lastRow) lastRow = row;
    };
    for (const table of spec.tables) reach(lastTableRow(table) + table.spareRows);
    for (const row of this.extras.rows.keys()) reach(row);
    for (const row of this.fills.keys()) reach(row);
    for (const chart of spec.charts) reach(parseCell(chart.anchor).row);
    for (const patch of this.pending.patched.values()) reach(patch.row);
    for (const address of this.pending.marks.keys()) reach(parseCell(address).row);
    const merges = new Map<number, [number, number][]>();
    for (const [row, left, right] of this.extras.merges) merges.set(row, [...(merges.get(row) ?? []), [left, right]]);
    const patches = new Map<number, { column: number; value: CellValue }[]>();
    for (const patch of this.pending.patched.values()) patches.set(patch.row, [...(patches.get(patch.row) ?? []), patch]);
    const marks = new Map<number, { column: number; fill: string }[]>();
    for (const [address, fill] of this.pending.marks) {
      const { row, column } = parseCell(address);
      marks.set(row, [...(marks.get(row) ?? []), { column, fill }]);
    }

    // The charted cells' values, kept for the data bars drawn in the charts' place once the rows are gone.
    const charted = spec.charts.map((chart) => parseRange(chart.series));
    const chartValues = new Map<string, unknown>();

    // Rows anything besides one table's data touches: the others are written straight from the table.
    const busy = new Set<number>([...this.extras.rows.keys(), ...this.extras.heights.keys(), ...this.fills.keys(), ...patches.keys(), ...marks.keys(), ...merges.keys()]);
    for (const chart of spec.charts) busy.add(parseCell(chart.anchor).row);
    for (const area of charted) for (let r = area.top; r <= area.bottom; r += 1) busy.add(r);

    for (let r = 1; r <= lastRow; r += 1) {
      const plain = busy.has(r) ? null : plainTableRow(r, layouts);
      if (plain) {
        const { table, fontStyles } = plain;
        rows.tableRow(r, table.firstColumn, plain.values(r - table.headerRow - 1), fontStyles, this.heightOf(r, layouts));
        await turnEvery(r);
        continue;
      }
      const cells = this.tableCells(r, layouts);
      // Blocks are drawn over tables, as renderSheet draws them after.
      for (const [column, cell] of this.extras.rows.get(r) ?? []) cells.set(column, cell);
      for (const fill of this.fills.get(r) ?? []) {
        const area = parseRange(fill.range);
        for (let c = area.left; c <= area.right; c += 1) {
          const cell = cells.get(c) ?? { style: NO_STYLE };
          const style = this.derived.of(cell.style, `fill|${fill.fill}|${fill.fontColour ?? ''}|${fill.bold ? 1 : 0}`, () => {
            const font = fill.fontColour || fill.bold
              ? { ...cell.style.font, ...(fill.fontColour ? { color: { argb: argb(fill.fontColour) } } : {}), ...(fill.bold ? { bold: true } : {}) }
              : cell.style.font;
            return { ...cell.style, fill: solidFill(fill.fill), ...(font ? { font } : {}) };
          });
          cells.set(c, { value: cell.value, style });
        }
      }
      for (const chart of spec.charts) {
        const { row, column } = parseCell(chart.anchor);
        const value = cells.get(column)?.value;
        if (row === r && (value === undefined || value === null || value === '')) cells.set(column, { value: `${chart.title}: ${chart.fallbackText}`, style: blockStyle('note') });
      }
      for (const { column, value } of patches.get(r) ?? []) {
        const style = cells.get(column)?.style ?? NO_STYLE;
        const isDate = value !== null && typeof value === 'object' && 'date' in value;
        cells.set(column, { value, style: isDate ? this.derived.of(style, 'date', () => ({ ...style, numFmt: NUMBER_FORMATS.date })) : style });
      }
      for (const { column, fill } of marks.get(r) ?? []) {
        const cell = cells.get(column) ?? { style: NO_STYLE };
        cells.set(column, { value: cell.value, style: this.derived.of(cell.style, `mark|${fill}`, () => withFill(cell.style, solidFill(fill))) });
      }

      for (const area of charted) {
        if (r < area.top || r > area.bottom) continue;
        for (let c = area.left; c <= area.right; c += 1) chartValues.set(`${r}:${c}`, cells.get(c)?.value);
      }
      const height = this.heightOf(r, layouts);
      if (cells.size === 0 && height === null) continue;
      rows.row(r, this.withFont(cells), height, merges.get(r));
      await turnEvery(r);
    }
    rows.flush();
    // Conditional formats are written when the sheet is committed, so the bars may follow the rows.
    let priority = spec.conditionalFormats.length + 1;
    for (const chart of spec.charts) priority += renderChartDataBars(sheet, chart, priority, (row, column) => chartValues.get(`${row}:${column}`));
    sheet.commit();
  }

  /** A sheet printed as an official document is in its own typeface (applyTypeface in renderSheet). */
  private withFont(cells: RowCells): RowCells {
    const font = this.spec.font;
    if (!font) return cells;
    const styled: RowCells = new Map();
    for (const [column, cell] of cells) styled.set(column, { value: cell.value, style: this.fontStyle(cell.style) });
    return styled;
  }

  private fontStyle(style: Partial<Style>): Partial<Style> {
    const font = this.spec.font;
    return font ? this.derived.of(style, `font|${font}`, () => withTypeface(style, font)) : style;
  }

  /** Each table's rows, column styles and wrapped widths, worked out once rather than per row. */
  private layoutsOf(): TableLayout[] {
    const typeface = typefaceMetrics(this.spec.font);
    return this.spec.tables.map((table) => {
      const wrapWidths = wrapWidthsOf(table);
      return {
        table,
        lastStyled: lastTableRow(table) + table.spareRows,
        styles: table.columns.map((column) => this.styles.of(column)),
        fontStyles: table.columns.map((column) => this.fontStyle(this.styles.of(column))),
        headerStyles: table.columns.map((column) => (column.verticalHeader ? VERTICAL_HEADER_STYLE : HEADER_STYLE)),
        headerHeight: tableHeaderHeight(table),
        wrapWidths: wrapWidths.some((width) => width !== null) ? wrapWidths : null,
        typeface,
        // Looked for once here, not in every row as it is written (only the stored plan's table has any).
        values: hasPackedText(table.rows) ? (index) => unpackedRow(table.rows[index]) : (index) => table.rows[index],
      };
    });
  }

  /** The cells the tables put on sheet row `r`: header, data or a styled spare row. */
  private tableCells(r: number, layouts: readonly TableLayout[]): RowCells {
    const cells: RowCells = new Map();
    for (const { table, lastStyled, styles, headerStyles, values: valuesOf } of layouts) {
      if (r < table.headerRow || r > lastStyled) continue;
      const { columns, firstColumn } = table;
      if (r === table.headerRow) {
        for (let c = 0; c < columns.length; c += 1) cells.set(firstColumn + c, { value: columns[c].header, style: headerStyles[c] });
        continue;
      }
      const values = r - table.headerRow <= table.rows.length ? valuesOf(r - table.headerRow - 1) : null;
      for (let c = 0; c < columns.length; c += 1) cells.set(firstColumn + c, { value: values ? values[c] : null, style: styles[c] });
    }
    return cells;
  }

  /** Block heights win over the header's and the wrapped rows' estimates, as in renderSheet. */
  private heightOf(r: number, layouts: readonly TableLayout[]): number | null {
    const block = this.extras.heights.get(r);
    if (block !== undefined) return block;
    for (const { table, headerHeight, wrapWidths, typeface, values } of layouts) {
      if (r === table.headerRow && headerHeight > 0) return headerHeight;
      if (wrapWidths && r > table.headerRow && r - table.headerRow <= table.rows.length) {
        const height = rowHeightFor(values(r - table.headerRow - 1), wrapWidths, typeface.scale, typeface.linePoints);
        if (height !== null) return height;
      }
    }
    return null;
  }

  private addValidations(sheet: Worksheet): void {
    for (const table of this.spec.tables) {
      const lastStyled = lastTableRow(table) + table.spareRows;
      table.columns.forEach((column, c) => {
        if (!column.validation) return;
        const col = table.firstColumn + c;
        (sheet as unknown as WithValidations).dataValidations.add(`${cellA1(table.headerRow + 1, col)}:${cellA1(lastStyled, col)}`, validationOf(column.validation));
      });
    }
  }
}
