/**
 * Sheet rows as SpreadsheetML, written straight into an ExcelJS streaming worksheet. The text is
 * what ExcelJS's own row and cell xforms write for the same cells (tests/workbook/row-xml.test.ts
 * compares the two), but without a Row and a Cell object per cell and ExcelJS's XML builder: in a
 * profile of a 20,000-task build those were about two fifths of writing the file (issue 12,
 * point 8). Style ids still come from ExcelJS's style table, so styles.xml is the one ExcelJS
 * writes.
 */
import type { CellValue as ExcelValue, Style, Worksheet } from 'exceljs';
import { columnLetter } from '../../layout/a1';
import type { CellValue } from '../../layout/spec';
import { toExcelValue } from './cell-values';

/** A cell to write: its value as the layout gives it (undefined: none) and its style object. */
export interface RowCell {
  value?: CellValue;
  style: Partial<Style>;
}

/** ExcelJS's ValueType numbers, which its style table takes as the cell type (enums.js). */
const NULL_TYPE = 0;
const MERGE_TYPE = 1;
const NUMBER_TYPE = 2;
const STRING_TYPE = 3;
const DATE_TYPE = 4;
const FORMULA_TYPE = 6;
const BOOLEAN_TYPE = 9;
const ERROR_TYPE = 10;

/** The parts of ExcelJS's streaming writers this file reaches into (not in its typings). */
export interface StyleTable {
  addStyleModel(style: Partial<Style>, cellType: number): number;
}

interface StreamingSheet {
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _merges: unknown[];
  stream: { write(data: Buffer): void };
}

/** What ExcelJS's xmlEncode does: escape markup, drop the control characters XML forbids. */
// eslint-disable-next-line no-control-regex
const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const ENCODED = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

function xmlText(text: string): string {
  return NEEDS_ENCODING.test(text) ? text.replace(ENCODED, (c) => ENTITIES[c] ?? '') : text;
}

/** ExcelJS's dateToExcel: the serial of a JS Date (1900 date system). */
function serialOf(date: Date): number {
  return 25569 + date.getTime() / (24 * 3600 * 1000);
}

function excelValue(value: CellValue | undefined): ExcelValue | undefined {
  return value === undefined ? undefined : toExcelValue(value);
}

/** Not empty, in ExcelJS's sense (a row with no such cell and no height is not written). */
function isPresent(value: ExcelValue | undefined): boolean {
  return value !== null && value !== undefined;
}

function typeOf(value: ExcelValue | undefined): number {
  if (value === null || value === undefined) return NULL_TYPE;
  if (typeof value === 'string') return STRING_TYPE;
  if (typeof value === 'number') return NUMBER_TYPE;
  if (typeof value === 'boolean') return BOOLEAN_TYPE;
  if (value instanceof Date) return DATE_TYPE;
  if ('formula' in value) return FORMULA_TYPE;
  if ('error' in value) return ERROR_TYPE;
  throw new Error(`Cannot write this cell value: ${JSON.stringify(value)}`);
}

/** `t="…"` and the content of a value cell, as cell-xform.js renders it. */
function valueXml(value: ExcelValue | undefined, type: number): string {
  switch (type) {
    case NUMBER_TYPE:
      return `><v>${value as number}</v>`;
    case STRING_TYPE:
      return ` t="str"><v>${xmlText(value as string)}</v>`;
    case BOOLEAN_TYPE:
      return ` t="b"><v>${value ? 1 : 0}</v>`;
    case DATE_TYPE:
      return `><v>${serialOf(value as Date)}</v>`;
    case ERROR_TYPE:
      return ` t="e"><v>${xmlText((value as { error: string }).error)}</v>`;
    default: {
      const { formula, result } = value as { formula: string; result?: ExcelValue };
      const f = `<f>${xmlText(formula)}</f>`;
      const resultType = typeOf(result);
      if (resultType === NULL_TYPE) return `>${f}`;
      if (resultType === FORMULA_TYPE) throw new Error('A formula result cannot be a formula.');
      const [open, rest] = splitTag(valueXml(result, resultType));
      return `${open}>${f}${rest}`;
    }
  }
}

/** `t="str"><v>…</v>` → [' t="str"', '<v>…</v>']: a formula's <f> goes between the two. */
function splitTag(xml: string): [string, string] {
  const close = xml.indexOf('>');
  return [xml.slice(0, close), xml.slice(close + 1)];
}

/** The effective type ExcelJS gives a cell's style: a formula's is its result's. */
function styleType(value: ExcelValue | undefined, type: number): number {
  return type === FORMULA_TYPE ? typeOf((value as { result?: ExcelValue }).result) : type;
}

/** Column letters by number, made once: every cell of every row needs one. */
const letters: string[] = [];
function letterOf(column: number): string {
  return letters[column] ?? (letters[column] = columnLetter(column));
}

const NO_MERGES: readonly [number, number][] = [];
const NO_COVERED: ReadonlyMap<number, number> = new Map();

/** The cells merges cover (not their first cells), each to its first cell's column; adds them to `columns`. */
function coveredCells(merges: readonly [number, number][], columns: number[], cells: ReadonlyMap<number, RowCell>): Map<number, number> {
  const covered = new Map<number, number>();
  for (const [left, right] of merges) {
    if (!cells.has(left)) columns.push(left);
    for (let c = left + 1; c <= right; c += 1) {
      covered.set(c, left);
      if (!cells.has(c)) columns.push(c);
    }
  }
  return covered;
}

function isAscending(numbers: readonly number[]): boolean {
  for (let i = 1; i < numbers.length; i += 1) if (numbers[i] <= numbers[i - 1]) return false;
  return true;
}

/** Bytes gathered before they go to the zip: fewer, larger writes into ExcelJS's stream. */
const CHUNK_BYTES = 1 << 20;
/** Room kept for one more row: a longer row is encoded on its own. */
const ROW_ROOM = 1 << 16;

/**
 * Writes rows, in order, into one streaming worksheet: row(…) or tableRow(…) for each, then
 * flush() before the sheet is committed. Merges are single-row spans (the only ones sheets have:
 * mergeAcross).
 */
export class RowXmlWriter {
  private readonly sheet: StreamingSheet;
  /** Rows encoded as UTF-8, waiting for flush(). */
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  /** A table row's values as ExcelJS stores them, reused from row to row. */
  private readonly converted: (ExcelValue | undefined)[] = [];

  constructor(worksheet: Worksheet, private readonly styles: StyleTable) {
    this.sheet = worksheet as unknown as StreamingSheet;
  }

  /**
   * Row `r` with these cells (by column) and height, merging [left, right] spans. Written as
   * ExcelJS would: only when something in it is not empty or it has a height; a merge's covered
   * cells take its first cell's style and lose their values.
   */
  row(r: number, cells: ReadonlyMap<number, RowCell>, height: number | null, merges: readonly [number, number][] = NO_MERGES): void {
    const columns = [...cells.keys()];
    const covered = merges.length > 0 ? coveredCells(merges, columns, cells) : NO_COVERED;
    if (!isAscending(columns)) columns.sort((a, b) => a - b);
    const values = columns.map((column) => excelValue(cells.get(column)?.value));
    if (covered.size === 0 && height === null && !values.some(isPresent)) return;

    const xml = columns.map((column, i) => {
      const master = covered.get(column);
      return master === undefined ? this.cellXml(column, r, values[i], cells.get(column)?.style ?? {}) : this.coveredXml(column, r, cells.get(master)?.style ?? {});
    });
    for (const [left, right] of merges) this.sheet._merges.push(`${letterOf(left)}${r}:${letterOf(right)}${r}`);
    this.emit(r, height, columns[0], columns[columns.length - 1], xml);
  }

  /**
   * Row `r` holding one table row: `values` from `firstColumn` on, one style per column. The same
   * XML as row(…) with those cells, without building a map per row: most rows of a large plan are
   * plain table rows.
   */
  tableRow(r: number, firstColumn: number, values: readonly CellValue[], styles: readonly Partial<Style>[], height: number | null): void {
    // One cell per column (styles): a short row's missing cells are styled and empty, a long row's extra values are not drawn.
    const count = styles.length;
    const converted = this.converted;
    converted.length = count;
    let present = false;
    for (let c = 0; c < count; c += 1) {
      converted[c] = excelValue(values[c]);
      if (isPresent(converted[c])) present = true;
    }
    if (!present && height === null) return;
    const xml: string[] = [];
    for (let c = 0; c < count; c += 1) xml.push(this.cellXml(firstColumn + c, r, converted[c], styles[c]));
    this.emit(r, height, count > 0 ? firstColumn : undefined, firstColumn + count - 1, xml);
  }

  /** The row element around its cells' XML ('' for a cell ExcelJS leaves out), as row-xform.js writes it. */
  private emit(r: number, height: number | null, first: number | undefined, last: number, cells: string[]): void {
    const heightXml = height !== null ? ` ht="${height}" customHeight="1"` : '';
    const spans = first !== undefined ? ` spans="${first}:${last}"` : '';
    const open = `<row r="${r}"${heightXml}${spans} x14ac:dyDescent="0.25"`;
    // Joined once: a string grown cell by cell is slower to encode.
    this.append(cells.some((cell) => cell !== '') ? `${open}>${cells.join('')}</row>` : `${open}/>`);
  }

  /** A cell as cell-xform.js renders it; '' for an empty cell without a style (ExcelJS skips it). */
  private cellXml(column: number, r: number, value: ExcelValue | undefined, style: Partial<Style>): string {
    const type = typeOf(value);
    const id = this.styles.addStyleModel(style, styleType(value, type));
    if (type === NULL_TYPE) return id ? `<c r="${letterOf(column)}${r}" s="${id}"/>` : '';
    return `<c r="${letterOf(column)}${r}"${id ? ` s="${id}"` : ''}${valueXml(value, type)}</c>`;
  }

  /** A cell under a merge: no value, the merge's first cell's style. */
  private coveredXml(column: number, r: number, masterStyle: Partial<Style>): string {
    const id = this.styles.addStyleModel(masterStyle, MERGE_TYPE);
    return id ? `<c r="${letterOf(column)}${r}" s="${id}"/>` : `<c r="${letterOf(column)}${r}"/>`;
  }

  /** Encodes a row straight into the chunk (no joined string); a full chunk is written out. */
  private append(text: string): void {
    if (text.length * 3 > CHUNK_BYTES - this.used) {
      this.flush();
      if (text.length * 3 > ROW_ROOM) {
        this.write(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.chunk.write(text, this.used, 'utf8');
  }

  /** Writes what is held: call before the sheet is committed. */
  flush(): void {
    if (this.used === 0) return;
    this.write(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  private write(bytes: Buffer): void {
    if (!this.sheet.startedData) {
      this.sheet._writeColumns();
      this.sheet._writeOpenSheetData();
      this.sheet.startedData = true;
    }
    this.sheet.stream.write(bytes);
  }
}
