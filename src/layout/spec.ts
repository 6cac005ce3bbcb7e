/**
 * The declarative description of what the add-in writes into a workbook. The pure layout builds
 * these specs; every adapter (Office, ExcelJS, in-memory) only interprets them, so the three
 * produce the same sheets. Positions are explicit (1-based rows and columns, A1 ranges) so an
 * adapter never has to lay anything out itself.
 */
import type { IsoDate } from '../core/model';

/** An internal hyperlink: clicking it jumps to `cell` on `sheet`. */
export interface CellLink {
  text: string;
  sheet: string;
  /** A1 address on `sheet`, e.g. "C7". */
  cell: string;
}

/**
 * One cell's content.
 * - string: always written as text, even when it starts with = + - @ (the adapter makes sure Excel
 *   does not read it as a formula, e.g. by giving the cell the '@' number format first);
 * - { date }: written as an Excel serial number with a dd/mm/yyyy format;
 * - { formula }: an English-locale formula with comma separators, e.g. '=COUNTIF(A:A,"x")';
 * - { link }: an internal hyperlink (adapters may use HYPERLINK() or a native hyperlink).
 */
export type CellValue =
  | string
  | number
  | boolean
  | null
  | { date: IsoDate }
  | { formula: string }
  | { link: CellLink };

/** Number formats the layout uses (Excel format codes). */
export const NUMBER_FORMATS = {
  date: 'dd/mm/yyyy',
  text: '@',
  integer: '0',
  percent: '0.0%',
  general: 'General',
} as const;

export type NumberFormatCode = (typeof NUMBER_FORMATS)[keyof typeof NUMBER_FORMATS];

/**
 * A dropdown. `strict: false` lets the planner type a value outside the list (shown as a warning),
 * which the lead/support columns need: a cell may name several bodies ("A; B").
 */
export type ListValidation =
  | { kind: 'values'; values: string[]; strict: boolean }
  | {
      kind: 'range';
      /** The sheet holding the list. */
      sheet: string;
      /** Absolute A1 range on that sheet, e.g. "$A$5:$A$1000". */
      range: string;
      strict: boolean;
    };

export interface ColumnSpec {
  /** Stable key the layout and readback use, e.g. "end"; never shown. */
  key: string;
  /** Header text as shown, Vietnamese. */
  header: string;
  /** Column width in characters (Excel's unit). */
  width: number;
  /**
   * Applied to the column's data cells (and to the spare rows below, see TableSpec.spareRows).
   * Always given: in a column left General, Excel coerces what a planner types (leading zeros
   * dropped, "1/2" read as a date in the locale's order), so text columns are "@".
   */
  numberFormat: NumberFormatCode;
  wrap?: boolean;
  validation?: ListValidation;
  /** A note shown in the header cell's tooltip-like comment, if an adapter supports it. */
  hint?: string;
  /**
   * Header text turned 90° (reading upwards), so a narrow column (a timeline quarter) can carry
   * a header longer than its width; the header row grows to fit it. Absent = horizontal.
   */
  verticalHeader?: boolean;
  /**
   * The planner's own column, kept from the sheet: an adapter that refreshes the table in place
   * leaves its cells as they are (formulas included) and writes it only in rows it adds.
   */
  planner?: boolean;
  /** Other headers the column is known by (a planner may rename it); matched as the readback does. */
  aliases?: readonly string[];
}

export interface TableSpec {
  /** Stable Excel table name, e.g. "PT_Tasks". Unique in the workbook. */
  name: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  /** 1-based sheet column of the first column (1 = A). */
  firstColumn: number;
  columns: ColumnSpec[];
  /** Data rows; each row has exactly `columns.length` cells. May be empty. */
  rows: CellValue[][];
  /**
   * Rows below the data that get the columns' number formats and validations too, so a row the
   * planner adds by typing under the table behaves like the others. 0 for read-only tables.
   */
  spareRows: number;
  /**
   * Refreshed where it stands when it exists, never deleted and re-created: a table the planner
   * works in (their formulas, filters and columns point at it) or the plan record, which a write
   * failing half-way must not leave empty. Absent: the add-in's report tables, rebuilt whole.
   */
  inPlace?: boolean;
}

/** Text rows above (or between) tables: titles, the as-of line, the report paragraph, captions. */
export interface TextBlock {
  /** 1-based sheet row. */
  row: number;
  /** 1-based first column. */
  column: number;
  /** Cells written left to right from `column`. */
  cells: CellValue[];
  /** 'official': bold black, the title lines of an official document. */
  style: 'title' | 'subtitle' | 'paragraph' | 'caption' | 'note' | 'official';
  /**
   * Merge the first cell across this many columns (wrapping its text), e.g. a report paragraph
   * over the width of the table. 1 or absent = no merge.
   */
  mergeAcross?: number;
  /** Row height in points, for a long paragraph; absent = the adapter's default. */
  height?: number;
  /** 'center': centred over the merged width, as the title lines of an official document. Absent = left. */
  align?: 'center';
}

/** A colour as "#RRGGBB". */
export type Colour = string;

/**
 * A formula-based conditional format: `formula` is written relative to the top-left cell of
 * `range` (e.g. range "A6:A1005", formula '=AND($K6<>"Đã hoàn thành",$H6<$C$3)').
 */
export interface ConditionalFormatSpec {
  range: string;
  formula: string;
  fill: Colour;
  fontColour?: Colour;
  /**
   * Rules apply in list order: a sheet's first rule has the highest priority in every adapter, and
   * the first that matches wins (stop if true).
   */
  stopIfTrue: boolean;
}

/** A fixed fill (not conditional), e.g. the header band of a timeline. */
export interface FillSpec {
  range: string;
  fill: Colour;
  fontColour?: Colour;
  bold?: boolean;
}

export interface PrintSpec {
  orientation: 'landscape' | 'portrait';
  /** Fit all columns on one page width (height unbounded). */
  fitToWidth: boolean;
  /** Sheet rows repeated at the top of every printed page, e.g. { first: 5, last: 5 }. */
  repeatRows: { first: number; last: number } | null;
  /** Page header text: plan number and report date. */
  header: { left?: string; center?: string; right?: string };
  /** Page footer text; "&P" and "&N" are Excel's page number and page count codes. */
  footer: { left?: string; center?: string; right?: string };
  /**
   * What prints, as an A1 range from A1, e.g. "A1:M56"; absent = the whole used range. Columns
   * right of it stay on screen only (the provenance columns of the tasks sheet, the JSON of the
   * history sheet). Bounded: rows typed below it later print once the sheet is rewritten.
   */
  printArea?: string;
}

/**
 * An abstract chart. Adapters that cannot draw charts (ExcelJS) write `fallbackText` at `anchor`
 * instead ("Biểu đồ chỉ có trong Excel").
 */
export interface ChartSpec {
  type: 'bar-stacked';
  title: string;
  /** A1 range on the same sheet of the category labels, one per bar, e.g. "A5:A9". */
  categories: string;
  /**
   * A1 range on the same sheet of the series, one column each with its name in the first row, e.g.
   * "C4:I9". Only what is charted: a total beside the series would stack on top of them.
   */
  series: string;
  /** Top-left cell where the chart is placed, e.g. "K5". */
  anchor: string;
  /** Size in cells from the anchor. */
  widthColumns: number;
  heightRows: number;
  /** Series colours in the order of the series columns. */
  seriesColours: Colour[];
  fallbackText: string;
}

export interface SheetSpec {
  name: string;
  /** True for sheets the add-in creates and may clear and rewrite; a planner's sheet is never owned. */
  owned: boolean;
  /** Tab colour, "#RRGGBB", or absent. */
  tabColour?: Colour;
  /**
   * True: hidden from the tabs, as Excel's "Hidden" (Home › Format › Unhide shows it again), which
   * Excel, ExcelJS and LibreOffice all keep ("VeryHidden" is Excel's own). Absent: a new sheet is
   * visible and a rewritten one keeps the visibility it had.
   */
  hidden?: boolean;
  blocks: TextBlock[];
  tables: TableSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  fills: FillSpec[];
  /** Freeze panes: rows above `rows + 1` and columns left of `columns + 1` stay in view. */
  freeze: { rows: number; columns: number } | null;
  print: PrintSpec | null;
  charts: ChartSpec[];
  /**
   * The typeface of every cell the sheet writes, e.g. "Times New Roman" for a sheet printed as an
   * official document (Decree 30/2020/NĐ-CP); absent = the adapter's default.
   */
  font?: string;
}

/** Everything the add-in writes in one command. */
export interface WorkbookSpec {
  sheets: SheetSpec[];
}
