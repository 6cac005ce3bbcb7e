/**
 * The xlsx adapter renders every spec feature into the file (checked by reopening the bytes with
 * ExcelJS) and reads cells the way the port promises. The shared behaviours are in the contract.
 */
import ExcelJS, { type Worksheet } from 'exceljs';
import JSZip from 'jszip';
import type { SheetSpec } from '../../src/layout/spec';
import { isWorkbookError } from '../../src/workbook/port';
import { isDateFormat, newXlsx, openXlsx, readCell } from '../../src/workbook/xlsx';
import { UNKNOWN_FORMULA_ERROR } from '../../src/workbook/xlsx/cell-values';
import { exceljsPrintArea } from '../../src/workbook/xlsx/print-area';
import { plan43 } from '../../src/catalogues';
import { toExcelSerial } from '../../src/core/dates';
import { summarize } from '../../src/core/summary';
import { SHEETS } from '../../src/layout/names';
import { summarySheets } from '../../src/layout/summary';
import { tasksSheet } from '../../src/layout/tasks-sheet';
import { colourSettings, colourTasks, TASK_COLOURS, TIMELINE_COLOURS, timelineTasks } from './colour-scenario';
import { shownFill, type CellLookup, type ColourRule } from './conditional-colour';
import { contractSheet } from './contract/port-contract';

const ValueType = ExcelJS.ValueType;

interface Loaded {
  sheet: Worksheet;
  book: ExcelJS.Workbook;
}

async function writeAndLoad(specs: SheetSpec[]): Promise<Loaded> {
  const workbook = newXlsx();
  await workbook.write({ sheets: specs });
  const book = new ExcelJS.Workbook();
  const bytes = await workbook.toXlsxBytes();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { book, sheet: book.getWorksheet(specs[0].name) as Worksheet };
}

function featureSheet(): SheetSpec {
  const base = contractSheet('Dữ liệu');
  return {
    ...base,
    tabColour: '#1F4E78',
    blocks: [
      ...base.blocks,
      { row: 2, column: 1, cells: ['Báo cáo rất dài '.repeat(40), null, { date: '2019-06-30' }], style: 'paragraph', mergeAcross: 2, height: 90 },
    ],
    tables: base.tables.map((t) => ({
      ...t,
      columns: t.columns.map((c) => (c.key === 'text' ? { ...c, validation: { kind: 'range' as const, sheet: 'Đơn vị', range: '$A$5:$A$1000', strict: false } } : c.key === 'id' ? { ...c, validation: { kind: 'values' as const, values: ['A-01', 'A-02'], strict: true } } : c)),
    })),
    charts: [{ type: 'bar-stacked', title: 'Theo đơn vị', categories: 'A4:A6', series: 'B3:D6', anchor: 'H3', widthColumns: 6, heightRows: 10, seriesColours: ['#C6EFCE'], fallbackText: 'Biểu đồ chỉ có trong Excel' }],
  };
}

describe('xlsx adapter: what lands in the file', () => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await writeAndLoad([featureSheet()]);
  });

  test('an Excel table with the stable name over header and data rows', () => {
    const tables = (loaded.sheet as unknown as { getTables(): { model: { name: string; tableRef: string } }[] }).getTables();
    expect(tables.map((t) => [t.model.name, t.model.tableRef])).toEqual([['PT_Dliu', 'A3:F6']]);
  });

  test('text that begins with = + - @ is a plain string, never a formula, in a text-formatted cell', () => {
    for (const address of ['B4', 'B5', 'B6']) {
      const cell = loaded.sheet.getCell(address);
      expect(cell.type).toBe(ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    expect(loaded.sheet.getCell('B4').value).toBe('=1+1');
  });

  test('dates are real dates shown dd/mm/yyyy', () => {
    const cell = loaded.sheet.getCell('C4');
    expect(cell.value).toEqual(new Date(Date.UTC(2018, 11, 31)));
    expect(cell.numFmt).toBe('dd/mm/yyyy');
    expect(loaded.sheet.getCell('C2').numFmt).toBe('dd/mm/yyyy');
  });

  test('spare rows under the table get the column formats; widths and wrap follow the columns', () => {
    expect(loaded.sheet.getCell('C11').numFmt).toBe('dd/mm/yyyy');
    expect(loaded.sheet.getCell('A11').numFmt).toBe('@');
    expect(loaded.sheet.getColumn(2).width).toBe(40);
    expect(loaded.sheet.getCell('B5').alignment?.wrapText).toBe(true);
  });

  test('dropdowns: a fixed list (strict) and a list from another sheet (warning only)', () => {
    const validations = (loaded.sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(validations.A4).toMatchObject({ type: 'list', formulae: ['"A-01,A-02"'], errorStyle: 'stop' });
    expect(validations.A11).toMatchObject({ type: 'list', formulae: ['"A-01,A-02"'] });
    expect(validations.B9).toMatchObject({ type: 'list', formulae: ["'Đơn vị'!$A$5:$A$1000"], errorStyle: 'warning' });
  });

  test('formula-based conditional formats with fills; fixed fills with font', () => {
    const all = (loaded.sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    // The rest are the chart's data bars (tests/workbook/xlsx-print-run.test.ts).
    const formats = all.filter((format) => format.rules[0].type !== 'dataBar');
    expect(all.length - formats.length).toBe(3);
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe('A4:A20');
    expect(formats[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['$E4=TRUE'] });
    expect(formats[0].rules[0].style.fill.bgColor.argb).toBe('FFC6EFCE');
    expect(loaded.sheet.getCell('B1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    expect(loaded.sheet.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
  });

  test('freeze panes, tab colour, merged paragraph with its height', () => {
    expect(loaded.sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(loaded.sheet.properties.tabColor).toEqual({ argb: 'FF1F4E78' });
    expect(loaded.sheet.getCell('B2').type).toBe(ValueType.Merge);
    expect(loaded.sheet.getCell('B2').master.address).toBe('A2');
    expect(loaded.sheet.getRow(2).height).toBe(90);
  });

  test('print setup: landscape, one page wide, header row repeated, plan number and page numbers', () => {
    expect(loaded.sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(loaded.sheet.headerFooter.oddHeader).toBe('&LKế hoạch 43-KH/TU');
    expect(loaded.sheet.headerFooter.oddFooter).toBe('&CTrang &P/&N');
  });

  test('internal links are HYPERLINK formulas whose cached result is the text', () => {
    expect(loaded.sheet.getCell('F4').value).toEqual({ formula: 'HYPERLINK("#\'Khác\'!B2","Khác!B2")', result: 'Khác!B2' });
  });

  test("a chart is written as its words at the chart's anchor (and data bars in its columns)", () => {
    expect(loaded.sheet.getCell('H3').value).toBe('Theo đơn vị: Biểu đồ chỉ có trong Excel');
  });

  test('long wrapped text gets a taller row so every line shows', async () => {
    const long = contractSheet('Dài', [['A-01', 'chữ '.repeat(60), null, null, null, null]]);
    const { sheet } = await writeAndLoad([long]);
    // 240 characters in a 40-wide column: five lines at least.
    expect(sheet.getRow(4).height).toBeGreaterThanOrEqual(5 * 15);
    expect(sheet.getRow(5).height).toBeUndefined();
  });
});

describe('xlsx adapter: reading cells', () => {
  const sheet = new ExcelJS.Workbook().addWorksheet('T');

  test('Date → { date }, a date-formatted serial → { date }, a plain number stays a number', () => {
    sheet.getCell('A1').value = new Date(Date.UTC(2019, 5, 30));
    sheet.getCell('A2').value = 43646;
    sheet.getCell('A2').numFmt = 'dd/mm/yyyy';
    sheet.getCell('A3').value = 43646;
    expect([readCell(sheet.getCell('A1')), readCell(sheet.getCell('A2')), readCell(sheet.getCell('A3'))]).toEqual([{ date: '2019-06-30' }, { date: '2019-06-30' }, 43646]);
  });

  test('formulas give their cached result, or their text when there is none; errors give { error }', () => {
    sheet.getCell('B1').value = { formula: 'DATE(2019,6,30)', result: new Date(Date.UTC(2019, 5, 30)) };
    sheet.getCell('B2').value = { formula: 'A3*2' };
    sheet.getCell('B3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    sheet.getCell('B4').value = { error: '#REF!' };
    expect(['B1', 'B2', 'B3', 'B4'].map((a) => readCell(sheet.getCell(a)))).toEqual([{ date: '2019-06-30' }, '=A3*2', { error: '#DIV/0!' }, { error: '#REF!' }]);
  });

  test('an error result ExcelJS turned into an Invalid Date (date-formatted cell) is still an error', () => {
    sheet.getCell('B5').value = { formula: 'NA()', result: new Date(Number.NaN) };
    expect(readCell(sheet.getCell('B5'))).toEqual({ error: UNKNOWN_FORMULA_ERROR });
  });

  test('rich text and hyperlinks give their text; a merged cell gives the master value only; "" is empty', () => {
    sheet.getCell('C1').value = { richText: [{ text: 'Ban ' }, { text: 'Tổ chức', font: { bold: true } }] };
    sheet.getCell('C2').value = { text: 'trang web', hyperlink: 'https://example.org' };
    sheet.getCell('C3').value = 'gộp';
    sheet.mergeCells('C3:D4');
    sheet.getCell('C5').value = '';
    expect(['C1', 'C2', 'C3', 'D3', 'C4', 'C5'].map((a) => readCell(sheet.getCell(a)))).toEqual(['Ban Tổ chức', 'trang web', 'gộp', null, null, null]);
  });

  test('date formats are told from number formats', () => {
    expect(['dd/mm/yyyy', 'mm-dd-yy', 'd/m/yy;@', '[$-42A]dd/mm/yyyy'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['General', '0', '0.0%', '@', '#,##0', '"ngày"0', undefined].map(isDateFormat)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('xlsx adapter: printing legibly', () => {
  function printSheet(): SheetSpec {
    const base = contractSheet('In');
    const table = base.tables[0];
    return {
      ...base,
      blocks: [...base.blocks, { row: 2, column: 1, cells: ['Tính đến ngày 30/06/2019, '.repeat(12)], style: 'paragraph', mergeAcross: 3 }],
      // Two narrow columns with upright headers, as the timeline's quarters.
      tables: [{ ...table, columns: table.columns.map((c) => (c.key === 'days' || c.key === 'done' ? { ...c, header: c.key === 'days' ? 'Q1/2019' : 'Q2/2019', width: 2.7, verticalHeader: true } : c)) }],
      print: { ...(base.print as NonNullable<SheetSpec['print']>), printArea: 'A1:E6' },
    };
  }

  test('the print area is written and reads back; the columns right of it stay in the sheet', async () => {
    const { sheet } = await writeAndLoad([printSheet()]);
    expect(sheet.pageSetup.printArea).toBe('A1:E6');
    expect(sheet.getCell('F3').value).toBe('Đến ô');
  });

  test('the file holds the print area as absolute references, also after a reopen and save (LibreOffice ignores "$A1:$E6")', async () => {
    const workbook = newXlsx();
    await workbook.write({ sheets: [printSheet()] });
    const definedNames = async (bytes: Uint8Array) => {
      const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string');
      return (xml ?? '').match(/_xlnm\.Print_Area[^>]*>[^<]*/g);
    };
    const first = await workbook.toXlsxBytes();
    expect(await definedNames(first)).toEqual(['_xlnm.Print_Area" localSheetId="0">&apos;In&apos;!$A$1:$E$6']);
    const reopened = await openXlsx(first);
    await reopened.write({ sheets: [contractSheet('Khác')] });
    expect(await definedNames(await reopened.toXlsxBytes())).toEqual(['_xlnm.Print_Area" localSheetId="0">&apos;In&apos;!$A$1:$E$6']);
  });

  test('print areas are handed to ExcelJS with absolute rows, one or several, whatever their form', () => {
    expect(['A1:M56', '$A$1:$M$56', 'A$1:M$56', 'A1:B2&&D4:E9'].map(exceljsPrintArea)).toEqual(['A$1:M$56', 'A$1:M$56', 'A$1:M$56', 'A$1:B$2&&D$4:E$9']);
  });

  test('upright headers are turned 90° and the header row is tall enough for them', async () => {
    const { sheet } = await writeAndLoad([printSheet()]);
    expect(sheet.getCell('D3').alignment).toMatchObject({ textRotation: 90, horizontal: 'center' });
    expect(sheet.getCell('C3').alignment?.textRotation).toBeUndefined();
    expect(sheet.getColumn(4).width).toBe(2.7);
    // "Q1/2019": 7 characters × 6.5 pt + 8 pt; the wrapped headers need less.
    expect(sheet.getRow(3).height).toBe(54);
  });

  test('a paragraph with no height is as tall as its text over the merged columns', async () => {
    const { sheet } = await writeAndLoad([printSheet()]);
    // 312 characters over A–C (10 + 40 + 12 characters, 58 a line at 12 pt): six lines of 16 pt.
    expect(sheet.getRow(2).height).toBe(6 * 16 + 4);
  });
});

describe('xlsx adapter: sheet names', () => {
  test("a planner's sheet whose name differs only in case is refused, not replaced, and nothing is written", async () => {
    const workbook = newXlsx();
    workbook.book.addWorksheet('dữ liệu').getCell('A1').value = 'của tôi';
    const error = await workbook.write({ sheets: [contractSheet('Khác'), contractSheet('Dữ liệu')] }).then(() => null, (e: unknown) => e);
    expect(isWorkbookError(error) && [error.kind, error.words.vi]).toEqual(['sheet-name-taken', expect.stringContaining('"dữ liệu"')]);
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(['dữ liệu']);
    expect(workbook.book.getWorksheet('dữ liệu')?.getCell('A1').value).toBe('của tôi');
  });
});

describe('xlsx adapter: text columns', () => {
  test('the planner\'s own columns are "@" down to the spare rows, and "0123" stays text', async () => {
    const extraColumns = [{ header: 'Số văn bản', values: new Map([['T-OVERDUE', '0123']]) }];
    const { sheet } = await writeAndLoad([tasksSheet({ plan: plan43.plan, tasks: colourTasks().slice(0, 1), settings: colourSettings, extraColumns })]);
    expect([sheet.getCell('P5').value, sheet.getCell('P6').value, sheet.getCell('P6').numFmt]).toEqual(['Số văn bản', '0123', '@']);
    expect([sheet.getCell('P7').numFmt, sheet.getCell('P206').numFmt]).toEqual(['@', '@']);
  });
});

describe('xlsx adapter: the colours Excel shows (rules in priority order)', () => {
  interface SavedRule { priority: number; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }

  /** The file's rules, highest priority (lowest number) first, as the colour evaluator takes them. */
  function rulesByPriority(sheet: Worksheet): ColourRule[] {
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: SavedRule[] }[] }).conditionalFormattings;
    return formats
      .flatMap((format) => format.rules.map((rule) => ({ ...rule, range: format.ref })))
      .sort((a, b) => a.priority - b.priority)
      .map((rule) => ({ range: rule.range, formula: rule.formulae[0], fill: `#${rule.style.fill.bgColor.argb.slice(2)}` }));
  }

  function valueOf(sheet: Worksheet): CellLookup {
    return (address) => {
      const cell = readCell(sheet.getCell(address));
      if (cell !== null && typeof cell === 'object') return 'date' in cell ? toExcelSerial(cell.date) : null;
      return cell;
    };
  }

  test('"Nhiệm vụ": the same colours as in Excel through the Office adapter', async () => {
    const { sheet } = await writeAndLoad([tasksSheet({ plan: plan43.plan, tasks: colourTasks(), settings: colourSettings })]);
    const rules = rulesByPriority(sheet);
    const shown = Object.fromEntries(Object.keys(TASK_COLOURS).map((cell) => [cell, shownFill(rules, cell, valueOf(sheet))]));
    expect(shown).toEqual(TASK_COLOURS);
  });

  test('"Tiến độ theo quý": the overdue task\'s quarters are dark red', async () => {
    const tasks = timelineTasks();
    const specs = summarySheets({ plan: plan43.plan, settings: colourSettings, summary: summarize(tasks, colourSettings, null), tasks, paragraph: 'x', history: [] });
    const { sheet } = await writeAndLoad(specs.filter((spec) => spec.name === SHEETS.timeline));
    const rules = rulesByPriority(sheet);
    const shownByTask: Record<string, string[]> = {};
    // The grid's rows: those under its header ("Mã NV"), not the counts above it.
    let headerRow = Infinity;
    sheet.eachRow((row, r) => {
      const id = row.getCell(1).value;
      if (id === 'Mã NV') headerRow = r;
      if (r <= headerRow || typeof id !== 'string') return;
      row.eachCell((cell, c) => {
        if (c < 5 || cell.value !== 1) return;
        shownByTask[id] = [...new Set([...(shownByTask[id] ?? []), shownFill(rules, cell.address, valueOf(sheet)) ?? 'none'])];
      });
    });
    expect(shownByTask).toEqual({ 'T-OVERDUE': [TIMELINE_COLOURS['T-OVERDUE']], 'T-LATER': [TIMELINE_COLOURS['T-LATER']] });
  });
});

describe('xlsx adapter: files that are not workbooks', () => {
  async function wordsFor(bytes: Uint8Array): Promise<string> {
    try {
      await openXlsx(bytes);
    } catch (error) {
      if (isWorkbookError(error)) return `${error.words.vi} | ${error.words.en}`;
      throw error;
    }
    throw new Error('opened');
  }

  test('empty, text, random bytes, an old .xls, a cut-off .xlsx: each a clear bilingual message', async () => {
    const good = await newXlsxBytes();
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect(await wordsFor(new Uint8Array(0))).toMatch(/^Tệp rỗng .* \| The file is empty/);
    expect(await wordsFor(new TextEncoder().encode('Mã NV;Nội dung\nA-01;Việc'))).toMatch(/không phải sổ tính Excel .xlsx .*\| .*not an Excel .xlsx workbook/);
    expect(await wordsFor(random)).toMatch(/không phải sổ tính Excel/);
    expect(await wordsFor(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/Excel 97–2003 \(\.xls\).*\| .*save it as \.xlsx/);
    expect(await wordsFor(good.slice(0, Math.floor(good.length / 2)))).toMatch(/không phải sổ tính Excel/);
  });

  test('an ArrayBuffer opens as well as a Uint8Array', async () => {
    const bytes = await newXlsxBytes();
    const opened = await openXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect((await opened.listSheets()).map((s) => s.name)).toEqual(['Dữ liệu']);
  });
});

async function newXlsxBytes(): Promise<Uint8Array> {
  const workbook = newXlsx();
  await workbook.write({ sheets: [contractSheet('Dữ liệu')] });
  return workbook.toXlsxBytes();
}
