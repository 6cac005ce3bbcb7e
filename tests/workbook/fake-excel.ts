/**
 * A stand-in for Excel built on office-addin-mock: ranges and collections are OfficeMockObjects, so
 * reading a property that was not loaded (or before context.sync) gives the mock's error text,
 * exactly as the real API would fail. Writes (values, numberFormat) land in the fake's cells at
 * sync; every sync is counted and the bytes written per sync are measured.
 * Strict where Excel is: a values/numberFormat array whose shape differs from its range fails the
 * sync; conditionalFormats.add puts the new rule on top; a second table of the same name, or one
 * overlapping another, is refused; getItem of a missing sheet or table fails at the next sync;
 * collection items show only the properties loaded; a protected sheet refuses changes; and with
 * `excelApi: '1.8'` the ExcelApi 1.9 members (pageLayout) are not there.
 * Structural changes (tables, clearing, rows added) happen when queued, values at sync: a failed
 * sync (failWith, failOnSync) drops its values, the worst case for data a write had cleared.
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
  /** The whole table: header, data body and, when `totals`, the Total Row. */
  address: string;
  /** A Total Row a planner switched on (the table's last row). */
  totals?: boolean;
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
  /** Review › Protect Sheet: Excel refuses changes (AccessDenied). */
  protected: boolean;
}

interface PendingRange {
  mock: OfficeMockObject;
  sheet: FakeSheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** Which arrays the adapter assigned (a load fills them too, but that is not a write). */
  written: { values: boolean; numberFormat: boolean };
  /** Which arrays the adapter loaded. */
  loaded: Set<string>;
}

export interface SyncRecord {
  /** JSON bytes of the values and number formats written in this sync. */
  bytes: number;
  /** JSON bytes of the values and number formats read back in this sync (responses are limited too). */
  responseBytes: number;
}

function newSheet(name: string): FakeSheet {
  return {
    name, cells: new Map(), fills: new Map(), tables: [], charts: [], rules: [], validations: [], frozen: null, merged: [], visibility: 'Visible',
    pageLayout: { headersFooters: { defaultForAllPages: {} } }, columnWidths: new Map(), rowHeights: new Map(), fixedHeights: [], autofitted: [], textOrientations: new Map(), protected: false,
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

type OfficeError = Error & { code: string; debugInfo: { code: string; errorLocation?: string } };

function officeError(code: string, message: string, errorLocation?: string): OfficeError {
  return Object.assign(new Error(message), { code, debugInfo: { code, ...(errorLocation ? { errorLocation } : {}) } });
}

type Area = { top: number; left: number; bottom: number; right: number };

function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Item properties of the fake's collections that must be loaded before they are read. */
const LOADABLE = new Set(['name', 'visibility', 'protection', 'charts', 'worksheet', 'showTotals']);

/**
 * An item of a loaded collection that shows only what was loaded: "items/name,items/worksheet/name"
 * lets `name` and `worksheet` be read, and reading `visibility` throws as Excel's proxy would.
 */
function loadedView<T extends object>(item: T, loaded: ReadonlySet<string>): T {
  return new Proxy(item, {
    get(target, key, receiver) {
      if (typeof key === 'string' && LOADABLE.has(key) && !loaded.has(key)) {
        throw new Error(`The property '${key}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** "items/name,items/worksheet/name" → the item properties named: name, worksheet. */
function loadedItemProperties(what: string): Set<string> {
  return new Set(what.split(',').map((p) => p.trim().replace(/^items\//, '').split('/')[0]));
}

export interface FakeExcelOptions {
  /** The ExcelApi version this Excel supports: '1.8' has no page layout (1.9). */
  excelApi?: string;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  /** Names of the operations called, in order (tables.add, charts.add, select…). */
  readonly log: string[] = [];
  active: { sheet: string; cell: string | null } | null = null;
  /** When set, the next sync throws an Office-like error with this code. */
  failWith: string | null = null;
  /** Review › Protect Workbook: no sheet can be added. */
  workbookProtected = false;
  readonly excelApi: string;
  private failAt: { sync: number; code: string } | null = null;
  private pending: PendingRange[] = [];
  private mocks: OfficeMockObject[] = [];
  /** An error Excel would report at the next sync (getItem of a missing sheet, a refused table…). */
  private queuedError: OfficeError | null = null;
  /** True while the mocks take in what was loaded (their assignments are not writes). */
  private loading = false;

  constructor(options: FakeExcelOptions = {}) {
    this.excelApi = options.excelApi ?? '1.9';
  }

  /** Office.context.requirements.isSetSupported for this Excel. */
  isSetSupported = (name: string, version: string): boolean => {
    if (name !== 'ExcelApi') return false;
    const [major, minor] = version.split('.').map(Number);
    const [haveMajor, haveMinor] = this.excelApi.split('.').map(Number);
    return major < haveMajor || (major === haveMajor && minor <= haveMinor);
  };

  /** The `n`-th sync from now (1 = the next) throws an Office-like error with this code. */
  failOnSync(n: number, code = 'GeneralException'): void {
    this.failAt = { sync: this.syncs.length + n, code };
  }

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
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await batch(this.context() as unknown as Excel.RequestContext);
    } finally {
      // What a failed batch queued never reaches the workbook, nor the next run.
      this.pending = [];
      this.mocks = [];
      this.queuedError = null;
    }
  };

  private context() {
    const worksheets = () => this.worksheetsCollection();
    const tables = () => this.tablesCollection();
    const protection = { get protected() { return fakeProtected(); }, load: () => protection };
    const fakeProtected = () => this.workbookProtected;
    return {
      workbook: {
        get worksheets() { return worksheets(); },
        get tables() { return tables(); },
        protection,
      },
      sync: () => this.sync(),
    };
  }

  /** Excel refuses the change on a protected sheet: reported at the next sync. */
  private change(sheet: FakeSheet, what: string): boolean {
    if (!sheet.protected) return true;
    this.queuedError ??= officeError('AccessDenied', `${what}: the sheet "${sheet.name}" is protected`);
    return false;
  }

  private async sync(): Promise<void> {
    const failing = this.failWith ?? (this.failAt && this.failAt.sync === this.syncs.length + 1 ? this.failAt.code : null);
    if (failing) {
      this.failWith = null;
      this.failAt = null;
      this.pending = [];
      this.mocks = [];
      this.afterSync = [];
      throw officeError(failing, `Excel error ${failing}`);
    }
    if (this.queuedError) {
      const error = this.queuedError;
      this.queuedError = null;
      this.pending = [];
      this.mocks = [];
      throw error;
    }
    this.loading = true;
    try {
      for (const mock of this.mocks) await mock.sync();
    } finally {
      this.loading = false;
    }
    await settle();
    for (const range of this.pending) this.checkShape(range);
    let bytes = 0;
    let responseBytes = 0;
    for (const range of this.pending) {
      for (const name of ['values', 'numberFormat'] as const) if (range.loaded.has(name)) responseBytes += Buffer.byteLength(JSON.stringify(range.mock[name]));
    }
    for (const range of this.pending) bytes += this.applyWrites(range);
    this.pending = [];
    this.mocks = [];
    this.syncs.push({ bytes, responseBytes });
  }

  /** Excel rejects a values or numberFormat array that is not the shape of its range. */
  private checkShape(range: PendingRange): void {
    for (const name of ['values', 'numberFormat'] as const) {
      const array: unknown = range.mock[name];
      if (!range.written[name]) continue;
      const rows = (Array.isArray(array) ? array : []) as unknown[][];
      const fits = Array.isArray(array) && rows.length === range.rows && rows.every((row) => Array.isArray(row) && row.length === range.columns);
      if (!fits) {
        this.pending = [];
        this.mocks = [];
        throw officeError('InvalidArgument', `${name}: ${rows.length}×${(rows[0] as unknown[] | undefined)?.length ?? 0} for a range of ${range.rows}×${range.columns}`);
      }
    }
  }

  private applyWrites(range: PendingRange): number {
    const values: unknown = range.mock.values;
    const formats: unknown = range.mock.numberFormat;
    const wroteValues = range.written.values && Array.isArray(values);
    const wroteFormats = range.written.numberFormat && Array.isArray(formats);
    if ((wroteValues || wroteFormats) && range.sheet.protected) throw officeError('AccessDenied', `the sheet "${range.sheet.name}" is protected`);
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

  private usedArea(sheet: FakeSheet): Area {
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
    return this.rangeOf(sheet, area, address ?? 'all', rowsOnly !== null);
  }

  private rangeOf(sheet: FakeSheet, area: Area, label: string, wholeRows = false): OfficeMockObject {
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
      clear: () => { if (this.change(sheet, 'fill.clear')) { this.log.push('fill.clear'); forEachCell((a) => sheet.fills.delete(a)); } },
    };
    const validation: FakeValidation = { range: local, rule: null, errorAlert: null };
    sheet.validations.push(validation);
    const at = (top: number, left: number, bottom: number, right: number) => this.rangeOf(sheet, { top, left, bottom, right }, rangeA1(top, left, bottom, right));
    const mock = new OfficeMockObject({
      address: `${quoteSheet(sheet.name)}!${local}`,
      rowCount: rows,
      columnCount: cols,
      values: initialValues,
      numberFormat: initialFormats,
      format: { font: {}, fill, wrapText: false, autofitRows: () => { sheet.autofitted.push(label); this.log.push(`autofitRows:${label}`); } },
      conditionalFormats: {
        add: (type: string) => {
          const rule: FakeRule = { range: local, type, custom: { rule: {}, format: { fill: {}, font: {} } } };
          // Excel puts each new rule at the top: sheet.rules is in priority order, highest first.
          if (this.change(sheet, 'conditionalFormats.add')) sheet.rules.unshift(rule);
          this.log.push('conditionalFormats.add');
          return rule;
        },
        clearAll: () => { if (this.change(sheet, 'conditionalFormats.clearAll')) sheet.rules = []; this.log.push('conditionalFormats.clearAll'); },
      },
      dataValidation: {
        clear: () => { if (this.change(sheet, 'dataValidation.clear')) sheet.validations = []; this.log.push('dataValidation.clear'); },
      },
      merge: () => { sheet.merged.push(local); this.log.push('merge'); },
      select: () => { this.active = { sheet: sheet.name, cell: local }; this.log.push('select'); },
      clear: () => { if (this.change(sheet, 'clear')) { sheet.cells.clear(); sheet.fills.clear(); sheet.merged = []; } this.log.push(`clear:${sheet.name}`); },
      getRow: (i: number) => at(area.top + i, area.left, area.top + i, area.right),
      getColumn: (i: number) => at(area.top, area.left + i, area.bottom, area.left + i),
      getCell: (r: number, c: number) => at(area.top + r, area.left + c, area.top + r, area.left + c),
      getResizedRange: (rowsMore: number, columnsMore: number) => at(area.top, area.left, area.bottom + rowsMore, area.right + columnsMore),
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
      if (wholeRows && typeof format.rowHeight === 'number') sheet.rowHeights.set(area.top, format.rowHeight);
      if (typeof format.rowHeight === 'number') sheet.fixedHeights.push({ range: label, height: format.rowHeight });
      if (typeof format.textOrientation === 'number') forEachCell((a) => sheet.textOrientations.set(a, format.textOrientation as number));
      if (format.font.name) sheet.fonts.push({ range: label, name: format.font.name });
      if (format.horizontalAlignment) sheet.alignments.push({ range: label, horizontal: format.horizontalAlignment });
    });
    // Assignments by the adapter are writes; what a load puts there is not.
    const written = { values: false, numberFormat: false };
    for (const key of ['values', 'numberFormat'] as const) {
      let current: unknown = mock[key];
      Object.defineProperty(mock, key, {
        configurable: true,
        enumerable: true,
        get: () => current,
        set: (value: unknown) => { current = value; if (!this.loading) written[key] = true; },
      });
    }
    const load = mock.load.bind(mock);
    const loaded = new Set<string>();
    mock.load = (what: Parameters<OfficeMockObject["load"]>[0]) => {
      if (typeof what === 'string') for (const name of what.split(',')) loaded.add(name.trim());
      this.loading = true;
      try {
        return load(what);
      } finally {
        this.loading = false;
      }
    };
    this.addresses.set(mock, `${quoteSheet(sheet.name)}!${local}`);
    this.pending.push({ mock, sheet, top: area.top, left: area.left, rows, columns: cols, written, loaded });
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

  /** A collection whose items show only the properties loaded, after the sync. */
  private collection<T extends object>(items: T[], methods: Record<string, (...args: never[]) => unknown>): OfficeMockObject {
    const log = this.log;
    const loaded = new Set<string>();
    const mock = new OfficeMockObject({
      items: [] as T[],
      ...methods,
      load(this: OfficeMockObject, what: string) {
        log.push(`load:${what}`);
        for (const property of loadedItemProperties(what)) loaded.add(property);
        (this as unknown as { items: T[] }).items = items.map((item) => loadedView(item, loaded));
        OfficeMockObject.prototype.load.call(this, 'items');
        return this;
      },
    });
    return this.track(mock);
  }

  /** A worksheet that getItem did not find: usable in the batch, failing it at the next sync. */
  private missingSheet(name: string): FakeSheet {
    this.queuedError ??= officeError('ItemNotFound', `No sheet ${name}`, 'WorksheetCollection.getItem');
    return newSheet(name);
  }

  /** A worksheet proxy; as an item of the loaded worksheets collection its charts come loaded. */
  private worksheetObject(sheet: FakeSheet, asLoadedItem = false) {
    const charts = () => (asLoadedItem ? { items: this.chartObjects(sheet) } : this.chartsCollection(sheet));
    const supportsPrint = this.isSetSupported('ExcelApi', '1.9');
    const refuse = (error: OfficeError) => { this.queuedError ??= error; };
    const object = {
      name: sheet.name,
      get tabColor() { return sheet.tabColor; },
      set tabColor(colour: string | undefined) { sheet.tabColor = colour; },
      get visibility() { return sheet.visibility; },
      set visibility(state: string) { sheet.visibility = state; },
      protection: { get protected() { return sheet.protected; } },
      getRange: (address?: string) => this.range(sheet, address),
      getUsedRange: () => this.range(sheet, undefined),
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
        this.range(sheet, rangeA1(row + 1, column + 1, row + rowCount, column + columnCount)),
      tables: this.sheetTables(sheet),
      get charts() { return charts(); },
      freezePanes: {
        freezeAt: (range: OfficeMockObject) => { sheet.frozen = this.addressOf(range); },
        freezeRows: (count: number) => { sheet.frozen = `rows:${count}`; },
        freezeColumns: (count: number) => { sheet.frozen = `columns:${count}`; },
        unfreeze: () => { sheet.frozen = null; },
      },
      get pageLayout() {
        if (!supportsPrint) {
          refuse(officeError('ApiNotFound', 'Worksheet.pageLayout needs ExcelApi 1.9'));
          return { setPrintTitleRows: () => undefined, setPrintArea: () => undefined, headersFooters: { defaultForAllPages: {} } };
        }
        return Object.assign(sheet.pageLayout, {
          setPrintTitleRows: (rows: string) => { sheet.pageLayout.printTitleRows = rows; },
          setPrintArea: (area: string) => { sheet.pageLayout.printArea = area; },
        });
      },
      activate: () => { this.active = { sheet: sheet.name, cell: null }; this.log.push('activate'); },
    };
    return object;
  }

  /** The tables of one sheet: getItem/getItemAt (failing at the next sync when absent) and add. */
  private sheetTables(sheet: FakeSheet) {
    return {
      getItem: (name: string) => {
        const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (table) return this.tableObject(sheet, table);
        this.queuedError ??= officeError('ItemNotFound', `No table ${name}`, 'TableCollection.getItem');
        return this.tableObject(newSheet(sheet.name), { name, address: 'A1:A2' });
      },
      getItemAt: (index: number) => {
        const table = sheet.tables[index];
        if (table) return this.tableObject(sheet, table);
        this.queuedError ??= officeError('ItemNotFound', `No table at ${index}`, 'TableCollection.getItemAt');
        return this.tableObject(newSheet(sheet.name), { name: '?', address: 'A1:A2' });
      },
      add: (address: string, hasHeaders: boolean) => {
        this.log.push(`tables.add:${address}:${hasHeaders}`);
        const area = parseRange(address);
        // Excel refuses a table over another one.
        const clash = sheet.tables.find((t) => overlaps(parseRange(t.address), area));
        if (clash) this.queuedError ??= officeError('InvalidOperation', `A table can't overlap another table (${clash.name})`);
        const table: FakeTable = { name: `Table${this.allTables().length + 1}`, address };
        if (!clash && this.change(sheet, 'tables.add')) sheet.tables.push(table);
        return this.tableObject(sheet, table);
      },
    };
  }

  private allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  private tableObject(sheet: FakeSheet, table: FakeTable) {
    const area = () => parseRange(table.address);
    const bodyBottom = () => area().bottom - (table.totals ? 1 : 0);
    const refuse = (error: OfficeError) => { this.queuedError ??= error; };
    const tables = () => this.allTables();
    return {
      get name() { return table.name; },
      set name(name: string) {
        // Table names are the workbook's: a second one of the same name is refused.
        const taken = tables().find((t) => t !== table && t.name.toLowerCase() === name.toLowerCase());
        if (taken) refuse(officeError('InvalidArgument', `A table named ${name} already exists`));
        else table.name = name;
      },
      get style() { return table.style; },
      set style(style: string | undefined) { table.style = style; },
      get showTotals() { return table.totals === true; },
      worksheet: { name: sheet.name },
      load: () => undefined,
      getRange: () => this.range(sheet, table.address),
      getHeaderRowRange: () => { const { top, left, right } = area(); return this.rangeOf(sheet, { top, left, bottom: top, right }, rangeA1(top, left, top, right)); },
      getDataBodyRange: () => { const { top, left, right } = area(); return this.rangeOf(sheet, { top: top + 1, left, bottom: bodyBottom(), right }, rangeA1(top + 1, left, bodyBottom(), right)); },
      rows: {
        add: (_index: number | undefined, values: Scalar[][]) => {
          if (!this.change(sheet, 'rows.add')) return;
          const { top, left, right, bottom } = area();
          const count = values.length;
          const end = bodyBottom();
          // Excel inserts the rows' cells at the end of the body, shifting what is below down.
          const moved = [...sheet.cells.entries()].filter(([address]) => {
            const cell = parseRange(address);
            return cell.top > end && cell.left >= left && cell.left <= right;
          });
          for (const [address] of moved) sheet.cells.delete(address);
          for (const [address, cell] of moved) {
            const at = parseRange(address);
            sheet.cells.set(cellA1(at.top + count, at.left), cell);
          }
          values.forEach((row, r) => row.forEach((value, c) => {
            if (value !== '') sheet.cells.set(cellA1(end + 1 + r, left + c), { value, format: 'General' });
          }));
          table.address = rangeA1(top, left, bottom + count, right);
          this.log.push(`rows.add:${count}`);
        },
      },
      columns: {
        add: (_index: number | undefined, _values: unknown, name: string) => {
          const { top, left, right, bottom } = area();
          if (!this.change(sheet, 'columns.add')) return { getRange: () => this.range(sheet, cellA1(top, right)) };
          sheet.cells.set(cellA1(top, right + 1), { value: name, format: 'General' });
          table.address = rangeA1(top, left, bottom, right + 1);
          this.log.push(`columns.add:${name}`);
          return { getRange: () => this.range(sheet, rangeA1(top, right + 1, bottom, right + 1)) };
        },
      },
      delete: () => {
        if (!this.change(sheet, 'table.delete')) return;
        sheet.tables = sheet.tables.filter((t) => t !== table);
        this.log.push(`table.delete:${table.name}`);
      },
    };
  }

  private chartObjects(sheet: FakeSheet) {
    return sheet.charts.filter((c) => !c.deleted).map((chart) => ({ name: chart.title.text ?? '', delete: () => { chart.deleted = true; this.log.push('chart.delete'); } }));
  }

  private chartsCollection(sheet: FakeSheet): OfficeMockObject {
    return this.collection(this.chartObjects(sheet), {
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
    // As items of a loaded collection, each sheet's charts come loaded too ("items/charts/items/name").
    const items = this.sheets.map((s) => this.worksheetObject(s, true));
    return this.collection(items, {
      getItem: ((name: string) => {
        const sheet = this.sheet(name) ?? this.missingSheet(name);
        return this.worksheetObject(sheet);
      }) as (...args: never[]) => unknown,
      add: ((name: string) => {
        if (this.workbookProtected) this.queuedError ??= officeError('AccessDenied', 'The workbook is protected');
        this.log.push(`worksheets.add:${name}`);
        return this.worksheetObject(this.workbookProtected ? newSheet(name) : this.addSheet(name));
      }) as (...args: never[]) => unknown,
    });
  }

  private tablesCollection(): OfficeMockObject {
    const items = this.sheets.flatMap((sheet) => sheet.tables.map((table) => this.tableObject(sheet, table)));
    return this.collection(items, {});
  }
}
