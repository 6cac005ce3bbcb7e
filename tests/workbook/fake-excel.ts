/**
 * A stand-in for Excel built on office-addin-mock: ranges and collections are OfficeMockObjects, so
 * reading a property that was not loaded (or before context.sync) gives the mock's error text,
 * exactly as the real API would fail. Writes (values, numberFormat) land in the fake's cells at
 * sync; every sync is counted and the bytes written per sync are measured.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellA1, parseRange, quoteSheet, rangeA1 } from '../../src/layout/a1';
import { shownFill } from './conditional-colour';

type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  format: string;
}

export interface FakeTable {
  name: string;
  style?: string;
  address: string;
}

export interface FakeChart {
  type: string;
  source: string;
  title: { text?: string };
  position: [string, string] | null;
  colours: string[];
  /** The category range (address) each series was given with setXAxisValues, by series. */
  xAxis: string[];
  deleted: boolean;
}

export interface FakeRule {
  range: string;
  type: string;
  custom: { rule: { formula?: string }; format: { fill: { color?: string }; font: { color?: string } } };
  stopIfTrue?: boolean;
}

export interface FakeValidation {
  range: string;
  rule: unknown;
  errorAlert: unknown;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  fills: Map<string, string>;
  tables: FakeTable[];
  charts: FakeChart[];
  rules: FakeRule[];
  validations: FakeValidation[];
  frozen: string | null;
  merged: string[];
  tabColor?: string;
  /** "Visible", "Hidden" or "VeryHidden", as Excel.SheetVisibility. */
  visibility: string;
  pageLayout: {
    orientation?: string;
    zoom?: unknown;
    printTitleRows?: string;
    printArea?: string;
    headersFooters: { defaultForAllPages: Record<string, string> };
  };
  columnWidths: Map<number, number>;
  /** Row heights set through a whole-row range ("4:4"), by row. */
  rowHeights: Map<number, number>;
  /** Every range given a fixed row height, in order ("all" for the whole sheet). */
  fixedHeights: { range: string; height: number }[];
  /** Ranges whose rows were fitted to their content (autofitRows), in order ("all" for the whole sheet). */
  autofitted: string[];
  /** Cells (A1) whose text orientation was set, and the angle. */
  textOrientations: Map<string, number>;
  /** Typefaces and horizontal alignments set on ranges ('all' = the whole sheet / used range), in order. */
  fonts: { range: string; name: string }[];
  alignments: { range: string; horizontal: string }[];
}

interface PendingRange {
  mock: OfficeMockObject;
  sheet: FakeSheet;
  top: number;
  left: number;
  initialValues: unknown;
  initialFormats: unknown;
}

export interface SyncRecord {
  /** JSON bytes of the values and number formats written in this sync. */
  bytes: number;
}

function newSheet(name: string): FakeSheet {
  return {
    name, cells: new Map(), fills: new Map(), tables: [], charts: [], rules: [], validations: [], frozen: null, merged: [], visibility: 'Visible',
    pageLayout: { headersFooters: { defaultForAllPages: {} } }, columnWidths: new Map(), rowHeights: new Map(), fixedHeights: [], autofitted: [], textOrientations: new Map(),
    fonts: [], alignments: [],
  };
}

/**
 * Excel reads text written through `values` as if typed: unless the cell is formatted "@", text
 * that reads as a number becomes one ("0123" → 123). (It also parses dates in the locale's order;
 * numbers are enough to show the loss.)
 */
function coerced(value: Scalar, format: string): Scalar {
  return typeof value === 'string' && format !== '@' && /^[+-]?\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : value;
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  /** Names of the operations called, in order (tables.add, charts.add, select…). */
  readonly log: string[] = [];
  active: { sheet: string; cell: string | null } | null = null;
  /** When set, the next sync throws an Office-like error with this code. */
  failWith: string | null = null;
  private pending: PendingRange[] = [];
  private mocks: OfficeMockObject[] = [];

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): FakeSheet {
    const sheet = newSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Puts values into cells directly (a planner typing), rows from `topLeft`. */
  put(sheetName: string, topLeft: string, rows: Scalar[][], format = 'General'): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const origin = parseRange(topLeft);
    rows.forEach((row, r) => row.forEach((value, c) => sheet.cells.set(cellA1(origin.top + r, origin.left + c), { value, format })));
  }

  value(sheetName: string, address: string): Scalar | undefined {
    return this.sheet(sheetName)?.cells.get(address)?.value;
  }

  format(sheetName: string, address: string): string | undefined {
    return this.sheet(sheetName)?.cells.get(address)?.format;
  }

  /** The fill the sheet's conditional formats show in a cell, taking the rules as Excel does. */
  shownFill(sheetName: string, address: string): string | null {
    const sheet = this.sheet(sheetName);
    if (!sheet) return null;
    const rules = sheet.rules.map((rule) => ({ range: rule.range, formula: rule.custom.rule.formula ?? '', fill: rule.custom.format.fill.color ?? '' }));
    return shownFill(rules, address, (cell) => sheet.cells.get(cell)?.value ?? null);
  }

  /**
   * The series Excel makes of a chart's source range by columns, by name: one per column, named by
   * its first row; a first column of text is the categories, not a series. Read after the write.
   */
  chartSeries(sheetName: string, chart: FakeChart): string[] {
    const area = parseRange(chart.source.slice(chart.source.lastIndexOf('!') + 1));
    const at = (row: number, column: number) => this.value(sheetName, cellA1(row, column));
    let first = area.left;
    const firstColumnData = Array.from({ length: area.bottom - area.top }, (_, r) => at(area.top + 1 + r, area.left)).filter((v) => v !== undefined);
    if (firstColumnData.length > 0 && firstColumnData.every((v) => typeof v === 'string')) first += 1;
    return Array.from({ length: area.right - first + 1 }, (_, c) => String(at(area.top, first + c) ?? ''));
  }

  /** Excel.run for the adapter. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Excel.RequestContext);

  private context() {
    const worksheets = () => this.worksheetsCollection();
    const tables = () => this.tablesCollection();
    return {
      workbook: {
        get worksheets() { return worksheets(); },
        get tables() { return tables(); },
      },
      sync: () => this.sync(),
    };
  }

  private async sync(): Promise<void> {
    if (this.failWith) {
      const code = this.failWith;
      this.failWith = null;
      throw Object.assign(new Error(`Excel error ${code}`), { code });
    }
    for (const mock of this.mocks) await mock.sync();
    await settle();
    let bytes = 0;
    for (const range of this.pending) bytes += this.applyWrites(range);
    this.pending = [];
    this.mocks = [];
    this.syncs.push({ bytes });
  }

  private applyWrites(range: PendingRange): number {
    const values: unknown = range.mock.values;
    const formats: unknown = range.mock.numberFormat;
    const wroteValues = Array.isArray(values) && values !== range.initialValues;
    const wroteFormats = Array.isArray(formats) && formats !== range.initialFormats;
    let bytes = 0;
    if (wroteFormats) {
      bytes += Buffer.byteLength(JSON.stringify(formats));
      (formats as string[][]).forEach((row, r) => row.forEach((format, c) => {
        const address = cellA1(range.top + r, range.left + c);
        const cell = range.sheet.cells.get(address);
        range.sheet.cells.set(address, { value: cell?.value ?? '', format });
      }));
    }
    if (wroteValues) {
      bytes += Buffer.byteLength(JSON.stringify(values));
      (values as Scalar[][]).forEach((row, r) => row.forEach((value, c) => {
        const address = cellA1(range.top + r, range.left + c);
        const format = range.sheet.cells.get(address)?.format ?? 'General';
        if (value === '') range.sheet.cells.delete(address);
        else range.sheet.cells.set(address, { value: coerced(value, format), format });
      }));
    }
    return bytes;
  }

  private track<T extends OfficeMockObject>(mock: T): T {
    this.mocks.push(mock);
    return mock;
  }

  private usedArea(sheet: FakeSheet): { top: number; left: number; bottom: number; right: number } {
    let bottom = 1;
    let right = 1;
    for (const address of sheet.cells.keys()) {
      const { top, left } = parseRange(address);
      bottom = Math.max(bottom, top);
      right = Math.max(right, left);
    }
    return { top: 1, left: 1, bottom, right };
  }

  range(sheet: FakeSheet, address?: string): OfficeMockObject {
    const rowsOnly = address === undefined ? null : /^(\d+):(\d+)$/.exec(address);
    const area = address === undefined
      ? this.usedArea(sheet)
      : rowsOnly ? { top: Number(rowsOnly[1]), left: 1, bottom: Number(rowsOnly[2]), right: 1 } : parseRange(address);
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pick(sheet.cells.get(cellA1(area.top + r, area.left + c)))));
    const initialValues = grid((cell) => cell?.value ?? '');
    const initialFormats = grid((cell) => cell?.format ?? 'General');
    const single = area.top === area.bottom && area.left === area.right;
    const local = single ? cellA1(area.top, area.left) : rangeA1(area.top, area.left, area.bottom, area.right);
    const forEachCell = (visit: (address: string) => void) => {
      for (let r = area.top; r <= area.bottom; r += 1) for (let c = area.left; c <= area.right; c += 1) visit(cellA1(r, c));
    };
    const fill = {
      clear: () => { this.log.push('fill.clear'); forEachCell((a) => sheet.fills.delete(a)); },
    };
    const validation: FakeValidation = { range: local, rule: null, errorAlert: null };
    sheet.validations.push(validation);
    const mock = new OfficeMockObject({
      address: `${quoteSheet(sheet.name)}!${local}`,
      rowCount: rows,
      columnCount: cols,
      values: initialValues,
      numberFormat: initialFormats,
      format: { font: {}, fill, wrapText: false, autofitRows: () => { sheet.autofitted.push(address ?? 'all'); this.log.push(`autofitRows:${address ?? 'all'}`); } },
      conditionalFormats: {
        add: (type: string) => {
          const rule: FakeRule = { range: local, type, custom: { rule: {}, format: { fill: {}, font: {} } } };
          // Excel puts each new rule at the top: sheet.rules is in priority order, highest first.
          sheet.rules.unshift(rule);
          this.log.push('conditionalFormats.add');
          return rule;
        },
        clearAll: () => { sheet.rules = []; this.log.push('conditionalFormats.clearAll'); },
      },
      dataValidation: {
        clear: () => { sheet.validations = []; this.log.push('dataValidation.clear'); },
      },
      merge: () => { sheet.merged.push(local); this.log.push('merge'); },
      select: () => { this.active = { sheet: sheet.name, cell: local }; this.log.push('select'); },
      clear: () => { sheet.cells.clear(); sheet.fills.clear(); sheet.merged = []; this.log.push('clear'); },
    });
    // The validation rule is set as properties on the mock's dataValidation object: read it back at inspection.
    Object.defineProperty(validation, 'rule', { get: () => (mock.dataValidation as { rule?: unknown }).rule ?? null });
    Object.defineProperty(validation, 'errorAlert', { get: () => (mock.dataValidation as { errorAlert?: unknown }).errorAlert ?? null });
    // Fill colours and column widths are read at sync time through the format object.
    const format = mock.format as { fill: { color?: string }; font: { name?: string }; columnWidth?: number; rowHeight?: number; textOrientation?: number; horizontalAlignment?: string };
    // Wrapping is logged when queued, so tests can see what came before a fit.
    let wrapText = false;
    Object.defineProperty(format, 'wrapText', {
      get: () => wrapText,
      set: (on: boolean) => { wrapText = on; this.log.push(`wrapText:${local}`); },
    });
    this.afterSync.push(() => {
      if (format.fill.color) forEachCell((a) => sheet.fills.set(a, format.fill.color as string));
      if (typeof format.columnWidth === 'number') sheet.columnWidths.set(area.left, format.columnWidth);
      if (rowsOnly && typeof format.rowHeight === 'number') sheet.rowHeights.set(area.top, format.rowHeight);
      if (typeof format.rowHeight === 'number') sheet.fixedHeights.push({ range: address ?? 'all', height: format.rowHeight });
      if (typeof format.textOrientation === 'number') forEachCell((a) => sheet.textOrientations.set(a, format.textOrientation as number));
      if (format.font.name) sheet.fonts.push({ range: address ?? 'all', name: format.font.name });
      if (format.horizontalAlignment) sheet.alignments.push({ range: address ?? 'all', horizontal: format.horizontalAlignment });
    });
    this.addresses.set(mock, `${quoteSheet(sheet.name)}!${local}`);
    this.pending.push({ mock, sheet, top: area.top, left: area.left, initialValues: mock.values, initialFormats: mock.numberFormat });
    return this.track(mock);
  }

  private afterSync: (() => void)[] = [];
  /** The address of each range mock, for the fake's own bookkeeping (no load needed). */
  private readonly addresses = new WeakMap<object, string>();

  private addressOf(range: OfficeMockObject): string {
    return this.addresses.get(range) ?? '?';
  }

  /** Applies fill colours and widths assigned during the run (call after the adapter returns). */
  settleFormats(): void {
    for (const apply of this.afterSync) apply();
    this.afterSync = [];
  }

  private collection<T>(items: T[], methods: Record<string, (...args: never[]) => unknown>): OfficeMockObject {
    const log = this.log;
    const mock = new OfficeMockObject({
      items,
      ...methods,
      load(this: OfficeMockObject, what: string) {
        log.push(`load:${what}`);
        OfficeMockObject.prototype.load.call(this, 'items');
        return this;
      },
    });
    return this.track(mock);
  }

  private worksheetObject(sheet: FakeSheet) {
    const charts = () => this.chartsCollection(sheet);
    return {
      name: sheet.name,
      get tabColor() { return sheet.tabColor; },
      set tabColor(colour: string | undefined) { sheet.tabColor = colour; },
      get visibility() { return sheet.visibility; },
      set visibility(state: string) { sheet.visibility = state; },
      getRange: (address?: string) => this.range(sheet, address),
      getUsedRange: () => this.range(sheet, undefined),
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
        this.range(sheet, rangeA1(row + 1, column + 1, row + rowCount, column + columnCount)),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          this.log.push(`tables.add:${address}:${hasHeaders}`);
          const table: FakeTable = { name: `Table${sheet.tables.length + 1}`, address };
          sheet.tables.push(table);
          return table;
        },
      },
      get charts() { return charts(); },
      freezePanes: {
        freezeAt: (range: OfficeMockObject) => { sheet.frozen = this.addressOf(range); },
        freezeRows: (count: number) => { sheet.frozen = `rows:${count}`; },
        freezeColumns: (count: number) => { sheet.frozen = `columns:${count}`; },
        unfreeze: () => { sheet.frozen = null; },
      },
      pageLayout: Object.assign(sheet.pageLayout, {
        setPrintTitleRows: (rows: string) => { sheet.pageLayout.printTitleRows = rows; },
        setPrintArea: (area: string) => { sheet.pageLayout.printArea = area; },
      }),
      activate: () => { this.active = { sheet: sheet.name, cell: null }; this.log.push('activate'); },
    };
  }

  private chartsCollection(sheet: FakeSheet): OfficeMockObject {
    const live = sheet.charts.filter((c) => !c.deleted).map((chart) => ({ name: chart.title.text ?? '', delete: () => { chart.deleted = true; this.log.push('chart.delete'); } }));
    return this.collection(live, {
      add: ((type: string, source: OfficeMockObject) => {
        const chart: FakeChart = { type, source: this.addressOf(source), title: {}, position: null, colours: [], xAxis: [], deleted: false };
        sheet.charts.push(chart);
        this.log.push('charts.add');
        return {
          title: chart.title,
          setPosition: (from: string, to: string) => { chart.position = [from, to]; },
          series: {
            getItemAt: (i: number) => ({
              setXAxisValues: (range: OfficeMockObject) => { chart.xAxis[i] = this.addressOf(range); },
              format: { fill: { setSolidColor(colour: string) { chart.colours[i] = colour; } } },
            }),
          },
        };
      }) as (...args: never[]) => unknown,
    });
  }

  private worksheetsCollection(): OfficeMockObject {
    return this.collection(this.sheets.map((s) => this.worksheetObject(s)), {
      getItem: ((name: string) => {
        const sheet = this.sheet(name);
        if (!sheet) throw Object.assign(new Error(`No sheet ${name}`), { code: 'ItemNotFound', debugInfo: { code: 'ItemNotFound', errorLocation: 'WorksheetCollection.getItem' } });
        return this.worksheetObject(sheet);
      }) as (...args: never[]) => unknown,
      add: ((name: string) => {
        this.log.push(`worksheets.add:${name}`);
        return this.worksheetObject(this.addSheet(name));
      }) as (...args: never[]) => unknown,
    });
  }

  private tablesCollection(): OfficeMockObject {
    const items = this.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => ({
        name: table.name,
        worksheet: { name: sheet.name },
        getRange: () => this.range(sheet, table.address),
        getHeaderRowRange: () => {
          const area = parseRange(table.address);
          return this.range(sheet, rangeA1(area.top, area.left, area.top, area.right));
        },
        delete: () => { sheet.tables = sheet.tables.filter((t) => t !== table); this.log.push(`table.delete:${table.name}`); },
      })),
    );
    return this.collection(items, {});
  }
}
