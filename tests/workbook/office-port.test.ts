import { plan43 } from '../../src/catalogues';
import { toExcelSerial } from '../../src/core/dates';
import type { Settings, TrackedTask } from '../../src/core/model';
import { STATUS_LABELS, STATUS_ORDER } from '../../src/core/status';
import { summarize } from '../../src/core/summary';
import { findingsSheet } from '../../src/layout/findings-sheet';
import { columnLetter, parseCell } from '../../src/layout/a1';
import { SHEETS, TABLES } from '../../src/layout/names';
import type { SheetSpec } from '../../src/layout/spec';
import { summarySheets } from '../../src/layout/summary';
import { tasksSheet } from '../../src/layout/tasks-sheet';
import { createOfficePort, type BatchStats } from '../../src/workbook/office';
import { columnWidthPoints } from '../../src/workbook/office/write-request';
import { paragraphRowHeight } from '../../src/workbook/xlsx/row-heights';
import { WorkbookError } from '../../src/workbook/port';
import { colourSettings, colourTasks, TASK_COLOURS, TIMELINE_COLOURS, timelineTasks } from './colour-scenario';
import { FakeExcel, type FakeChart, type FakeSheet } from './fake-excel';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };

function tracked(count: number): TrackedTask[] {
  return Array.from({ length: count }, (_, i) => {
    const base = plan43.tasks[i % plan43.tasks.length];
    return { ...base, id: i < plan43.tasks.length ? base.id : `${base.id}#${i}`, progress: null, completedOn: null, note: '' };
  });
}

function portOn(fake: FakeExcel, stats: BatchStats[] = [], maxRequestBytes?: number) {
  return createOfficePort({
    run: fake.run,
    isSetSupported: () => true,
    onStats: (_operation, s) => stats.push({ ...s }),
    ...(maxRequestBytes ? { maxRequestBytes } : {}),
  });
}

const c10 = () => tracked(plan43.tasks.length).find((t) => t.id === 'C.10-01') as TrackedTask;

describe('office adapter: what is written', () => {
  it('writes the C.10-01 row with text, dates as serials and formats', async () => {
    const fake = new FakeExcel();
    await portOn(fake).write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: [c10()], settings })] });
    expect(fake.value(SHEETS.tasks, 'A6')).toBe('C.10-01');
    expect(fake.value(SHEETS.tasks, 'D6')).toBe('Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc UBND Tỉnh');
    expect(fake.value(SHEETS.tasks, 'F6')).toBe('thực hiện trong tháng 01/2018');
    expect(fake.value(SHEETS.tasks, 'G6')).toBe(toExcelSerial('2018-01-01'));
    expect(fake.value(SHEETS.tasks, 'H6')).toBe(toExcelSerial('2018-01-31'));
    expect(fake.format(SHEETS.tasks, 'H6')).toBe('dd/mm/yyyy');
    expect(fake.value(SHEETS.tasks, 'L6')).toBe('Quá hạn chưa hoàn thành');
    expect(fake.value(SHEETS.tasks, 'C2')).toBe(toExcelSerial('2019-03-01'));
    expect(fake.sheet(SHEETS.tasks)?.tables).toEqual([expect.objectContaining({ name: TABLES.tasks, address: 'A5:O6' })]);
  });

  it('keeps text that starts with "-" as text by giving the cell the "@" format', async () => {
    const fake = new FakeExcel();
    const task = { ...c10(), text: '- Sáp nhập Báo Bình Dương vào Đài Phát thanh - Truyền hình', note: '=1+1' };
    await portOn(fake).write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: [task], settings })] });
    expect(fake.value(SHEETS.tasks, 'C6')).toBe('- Sáp nhập Báo Bình Dương vào Đài Phát thanh - Truyền hình');
    expect(fake.format(SHEETS.tasks, 'C6')).toBe('@');
    expect(fake.value(SHEETS.tasks, 'K6')).toBe('=1+1');
    expect(fake.format(SHEETS.tasks, 'K6')).toBe('@');
  });

  it('formats the planner\'s own columns as text, so Excel keeps "0123" and what is typed below', async () => {
    const fake = new FakeExcel();
    const extraColumns = [{ header: 'Số văn bản', values: new Map([['C.10-01', '0123']]) }];
    await portOn(fake).write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: [c10()], settings, extraColumns })] });
    expect(fake.value(SHEETS.tasks, 'P5')).toBe('Số văn bản');
    expect([fake.value(SHEETS.tasks, 'P6'), fake.format(SHEETS.tasks, 'P6')]).toEqual(['0123', '@']);
    expect([fake.format(SHEETS.tasks, 'P7'), fake.format(SHEETS.tasks, 'P206')]).toEqual(['@', '@']);
  });

  it('sets dropdowns, conditional formats, freeze panes, widths and print setup', async () => {
    const fake = new FakeExcel();
    await portOn(fake).write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: tracked(3), settings })] });
    fake.settleFormats();
    const sheet = fake.sheet(SHEETS.tasks);
    const rules = sheet?.validations.filter((v) => v.rule !== null).map((v) => [v.range, v.rule]);
    expect(rules).toContainEqual(['I6:I208', { list: { inCellDropDown: true, source: 'Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Tạm dừng' } }]);
    expect(rules).toContainEqual(['D6:D208', { list: { inCellDropDown: true, source: "='Đơn vị'!$A$5:$A$2000" } }]);
    expect(sheet?.rules[0]).toMatchObject({ range: 'A6:A208', type: 'Custom', custom: { rule: { formula: '=$I6="Đã hoàn thành"' }, format: { fill: { color: '#C6EFCE' } } } });
    expect(sheet?.frozen).toBe("'Nhiệm vụ'!A1:A5");
    expect(sheet?.columnWidths.get(3)).toBe(245.25);
    expect(sheet?.pageLayout).toMatchObject({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$5:$5',
      printArea: 'A1:M8',
      headersFooters: { defaultForAllPages: { leftHeader: 'Kế hoạch 43-KH/TU', rightHeader: 'Tính đến ngày 01/03/2019', centerFooter: 'Trang &P/&N' } },
    });
  });

  it('refreshes the page header of a sheet it does not rewrite, keeping its footer and cells', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    await port.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: tracked(3), settings })] });
    await port.write({ sheets: [], pageHeaders: [{ sheet: SHEETS.tasks, header: { left: 'Kế hoạch 43-KH/TU & phụ lục', right: 'Tính đến ngày 31/12/2019' } }] });
    expect(fake.sheet(SHEETS.tasks)?.pageLayout.headersFooters.defaultForAllPages).toMatchObject({
      leftHeader: 'Kế hoạch 43-KH/TU && phụ lục', centerHeader: '', rightHeader: 'Tính đến ngày 31/12/2019', centerFooter: 'Trang &P/&N',
    });
    expect(fake.value(SHEETS.tasks, 'A6')).toBe(tracked(3)[0].id);
  });

  it('writes a finding link as a HYPERLINK formula to the offending cell', async () => {
    const fake = new FakeExcel();
    const finding = { code: 'DEADLINE_MISSING', severity: 'warning' as const, taskId: 'C.10-02', field: 'deadline' as const, message: { vi: 'Thiếu thời hạn', en: 'No deadline' } };
    await portOn(fake).write({ sheets: [findingsSheet(plan43.plan, settings.asOf, [finding], () => ({ sheet: SHEETS.tasks, cell: 'F7' }))] });
    expect(fake.value(SHEETS.findings, 'F5')).toBe(`=HYPERLINK("#'Nhiệm vụ'!F7","Nhiệm vụ!F7")`);
    expect(fake.format(SHEETS.findings, 'F5')).toBe('General');
    expect(fake.value(SHEETS.findings, 'E5')).toBe('Thiếu thời hạn');
  });

  it('draws the by-lead chart', async () => {
    const fake = new FakeExcel();
    const tasks = tracked(plan43.tasks.length);
    const summary = summarize(tasks, settings, null);
    const specs = summarySheets({ plan: plan43.plan, settings, summary, tasks, paragraph: 'Tính đến ngày 01/03/2019 …', history: [] });
    await portOn(fake).write({ sheets: specs });
    const chart = fake.sheet(SHEETS.byLead)?.charts[0] as FakeChart;
    const headerRow = (specs.find((s) => s.name === SHEETS.byLead) as SheetSpec).tables[0].headerRow;
    const last = headerRow + summary.byLead.length;
    expect(chart).toMatchObject({ type: 'BarStacked', title: { text: 'Tình trạng nhiệm vụ theo cơ quan chủ trì' } });
    expect(fake.chartSeries(SHEETS.byLead, chart)).toEqual(STATUS_ORDER.map((status) => STATUS_LABELS[status].vi));
    expect(chart.xAxis).toEqual(Array(STATUS_ORDER.length).fill(`'Theo đơn vị'!A${headerRow + 1}:A${last}`));
    expect(chart.colours).toHaveLength(STATUS_ORDER.length);
    expect(chart.colours[0]).toBe('#C6EFCE');
  });

  it('rewrites an owned sheet: old table and chart deleted, cells cleared first', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    const tasks = tracked(plan43.tasks.length);
    const specs = () => summarySheets({ plan: plan43.plan, settings, summary: summarize(tasks, settings, null), tasks, paragraph: 'x', history: [] });
    await port.write({ sheets: specs() });
    await port.write({ sheets: specs() });
    expect(fake.log).toContain(`table.delete:${TABLES.byLead}`);
    expect(fake.log).toContain('chart.delete');
    expect(fake.sheet(SHEETS.byLead)?.charts.filter((c) => !c.deleted)).toHaveLength(1);
    expect(fake.sheet(SHEETS.byLead)?.tables.map((t) => t.name)).toEqual([TABLES.byLead]);
  });
});

describe('office adapter: printing legibly', () => {
  const tasks = tracked(plan43.tasks.length);
  const specs = () => summarySheets({ plan: plan43.plan, settings, summary: summarize(tasks, settings, null), tasks, paragraph: 'Tính đến ngày 01/03/2019, trong tổng số 51 nhiệm vụ của Kế hoạch số 43-KH/TU, chưa có nhiệm vụ nào hoàn thành; đang thực hiện 10; chưa đến hạn 1; thường xuyên hoặc không xác định thời hạn 35.', history: [{ asOf: '2019-03-01', statuses: { 'C.10-01': 'overdue' } }] });

  it('turns the timeline quarter headers upright and makes their row tall enough', async () => {
    const fake = new FakeExcel();
    await portOn(fake).write({ sheets: specs() });
    fake.settleFormats();
    const sheet = fake.sheet(SHEETS.timeline);
    const headerRow = (specs().find((s) => s.name === SHEETS.timeline) as SheetSpec).tables[0].headerRow;
    expect(fake.value(SHEETS.timeline, `E${headerRow}`)).toBe('Q1/2018');
    expect(sheet?.textOrientations.get(`E${headerRow}`)).toBe(90);
    expect(sheet?.textOrientations.has(`B${headerRow}`)).toBe(false);
    // "Q1/2018": 7 characters × 6.5 pt + 8 pt.
    expect(sheet?.rowHeights.get(headerRow)).toBe(54);
    expect(sheet?.columnWidths.get(5)).toBe(columnWidthPoints(2.7));
  });

  it('sizes the report paragraph to its text instead of a fixed 150 pt', async () => {
    const fake = new FakeExcel();
    const written = specs();
    await portOn(fake).write({ sheets: written });
    fake.settleFormats();
    const paragraph = written[0].blocks[2].cells[0] as string;
    // Merged over A–D: 42 + 14 + 12 characters from the counts table, D at Excel's default width.
    const height = fake.sheet(SHEETS.overview)?.rowHeights.get(3);
    expect(height).toBe(paragraphRowHeight(paragraph, 42 + 14 + 12 + 8.43));
    expect(height).toBe(3 * 16 + 4); // about 200 characters, 72 a line: three lines
  });

  it('sets the history print area to the counts, leaving the JSON column out', async () => {
    const fake = new FakeExcel();
    await portOn(fake).write({ sheets: specs() });
    // Date, part, total, done, one column per status, then the JSON.
    const counted = 4 + STATUS_ORDER.length;
    expect(fake.value(SHEETS.history, `${columnLetter(counted + 1)}4`)).toBe('Dữ liệu (JSON)');
    expect(fake.value(SHEETS.history, `${columnLetter(counted)}4`)).toBe(STATUS_LABELS[STATUS_ORDER[STATUS_ORDER.length - 1]].vi);
    expect(fake.sheet(SHEETS.history)?.pageLayout).toMatchObject({
      orientation: 'Landscape', printArea: `A1:${columnLetter(counted)}5`, printTitleRows: '$4:$4',
      headersFooters: { defaultForAllPages: { leftHeader: 'Kế hoạch 43-KH/TU', rightHeader: 'Tính đến ngày 01/03/2019' } },
    });
  });
});

describe('office adapter: row heights follow wrapped text', () => {
  it('rewriting "Nhiệm vụ" fixes no row height and fits the table rows after wrapping', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    const sheetSpec = () => tasksSheet({ plan: plan43.plan, tasks: tracked(3), settings });
    await port.write({ sheets: [sheetSpec()] });
    await port.write({ sheets: [sheetSpec()] });
    fake.settleFormats();
    const sheet = fake.sheet(SHEETS.tasks) as FakeSheet;
    expect(sheet.fixedHeights).toEqual([]);
    // First write: the data rows A6:O8. Rewrite: the table refreshed in place, its rows fitted
    // again after wrapping is set; nothing emptied, so nothing of the planner's is lost.
    expect(sheet.autofitted).toEqual(['A6:O8', 'A6:O8']);
    const lastFit = fake.log.lastIndexOf('autofitRows:A6:O8');
    expect(fake.log.lastIndexOf('wrapText:C6:C8')).toBeGreaterThan(fake.log.indexOf('autofitRows:A6:O8'));
    expect(fake.log.lastIndexOf('wrapText:C6:C8')).toBeLessThan(lastFit);
  });

  it('keeps the heights Excel cannot fit: the upright timeline headers', async () => {
    const fake = new FakeExcel();
    const tasks = timelineTasks();
    const timeline = summarySheets({ plan: plan43.plan, settings: colourSettings, summary: summarize(tasks, colourSettings, null), tasks, paragraph: 'x', history: [] })
      .filter((s) => s.name === SHEETS.timeline);
    await portOn(fake).write({ sheets: timeline });
    await portOn(fake).write({ sheets: timeline });
    fake.settleFormats();
    const fixed = (fake.sheet(SHEETS.timeline) as FakeSheet).fixedHeights.map((h) => h.range);
    expect(fixed).not.toContain('all');
    expect(fixed.every((range) => /^\d+:\d+$/.test(range))).toBe(true);
    const headerRow = timeline[0].tables[0].headerRow;
    expect(fixed).toContain(`${headerRow}:${headerRow}`);
  });
});

describe('office adapter: sheet names', () => {
  it.each(['tổng quan', 'TỔNG QUAN', 'Tổng quan'.normalize('NFD')])("stops with sheet-name-taken when the planner's sheet is named %j, writing nothing", async (planners) => {
    const fake = new FakeExcel();
    fake.addSheet(planners);
    fake.put(planners, 'A1', [['của tôi']]);
    const tasks = tracked(5);
    const written = summarySheets({ plan: plan43.plan, settings, summary: summarize(tasks, settings, null), tasks, paragraph: 'x', history: [] });
    const error = await portOn(fake).write({ sheets: written }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect([(error as WorkbookError).kind, (error as WorkbookError).words.vi]).toEqual(['sheet-name-taken', expect.stringContaining(`"${planners}"`)]);
    expect(fake.sheets.map((s) => s.name)).toEqual([planners]);
    expect(fake.value(planners, 'A1')).toBe('của tôi');
    expect(fake.log.filter((entry) => entry.startsWith('worksheets.add') || entry.startsWith('clear:'))).toEqual([]);
  });
});

describe('office adapter: syncs and request size', () => {
  async function syncsFor(count: number, budget?: number) {
    const fake = new FakeExcel();
    const stats: BatchStats[] = [];
    await portOn(fake, stats, budget).write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: tracked(count), settings })] });
    return { syncs: fake.syncs.length, bytes: fake.syncs.map((s) => s.bytes), stats: stats[0] };
  }

  it('uses the same number of syncs for 10 and 1,000 tasks', async () => {
    const small = await syncsFor(10);
    const large = await syncsFor(1000);
    // One look before writing (names, protection, charts), one request of content.
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(small.syncs);
    expect(large.stats.syncs).toBe(2);
  });

  it('splits a large write into chunks that each stay under the budget', async () => {
    const budget = 300_000;
    const { syncs, bytes, stats } = await syncsFor(3000, budget);
    const total = bytes.reduce((a, b) => a + b, 0);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(budget);
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(budget);
    // 1 fixed sync (the look), then content chunks: about total / budget of them.
    expect(syncs).toBeGreaterThanOrEqual(1 + Math.ceil(total / budget));
    expect(syncs).toBeLessThanOrEqual(3 + Math.ceil((2 * total) / budget));
  });
});

describe('office adapter: reading', () => {
  it('reads values after loading them, dates back from serials, errors as errors', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    await port.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: [c10()], settings })] });
    fake.put(SHEETS.tasks, 'K6', [['#N/A']]);
    const [table] = await port.readTables([{ sheet: SHEETS.tasks, table: TABLES.tasks }]);
    expect(table?.headers.slice(0, 3)).toEqual(['Mã NV', 'Mục', 'Nội dung nhiệm vụ']);
    expect(table?.headerRow).toBe(5);
    expect(table?.rows[0][0]).toBe('C.10-01');
    expect(table?.rows[0][6]).toEqual({ date: '2018-01-01' });
    expect(table?.rows[0][7]).toEqual({ date: '2018-01-31' });
    expect(table?.rows[0][10]).toEqual({ error: '#N/A' });
    expect(fake.log.filter((l) => l.startsWith('load:'))).toContain('load:items/name,items/worksheet/name');
  });

  it('returns null for a missing table and reads the first table when no name is given', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    await port.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: tracked(2), settings })] });
    const [missing, first] = await port.readTables([{ sheet: SHEETS.tasks, table: 'PT_Renamed' }, { sheet: SHEETS.tasks }]);
    expect(missing).toBeNull();
    expect(first?.table).toBe(TABLES.tasks);
    expect(first?.rows).toHaveLength(2);
  });

  it('reads large tables in chunks', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake, [], 400_000);
    await port.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: tracked(2000), settings })] });
    const before = fake.syncs.length;
    const [table] = await port.readTables([{ sheet: SHEETS.tasks, table: TABLES.tasks }]);
    expect(table?.rows).toHaveLength(2000);
    expect(table?.rows[1999][0]).toBe(tracked(2000)[1999].id);
    const reads = fake.syncs.slice(before);
    const total = reads.reduce((sum, s) => sum + s.responseBytes, 0);
    // As few chunks as the budget allows, none of them past what Excel accepts (5 MB for 4 MB).
    expect(reads.length).toBeGreaterThan(total / 400_000);
    expect(reads.length).toBeLessThanOrEqual(2 + Math.ceil((1.5 * total) / 400_000));
    expect(Math.max(...reads.map((s) => s.responseBytes))).toBeLessThanOrEqual(400_000 * 1.25);
  });

  it('lists sheets with their tables and selects a cell', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    await port.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: tracked(1), settings })] });
    expect(await port.listSheets()).toEqual([{ name: SHEETS.tasks, tables: [TABLES.tasks], hidden: false }]);
    expect(fake.log).toContain('load:items/name,items/visibility');
    await port.select(SHEETS.tasks, 'H6');
    expect(fake.active).toEqual({ sheet: SHEETS.tasks, cell: 'H6' });
  });
});

describe('office adapter: hidden sheets', () => {
  it('hides a sheet its spec marks hidden ("Hidden", not "VeryHidden"), lists it as hidden, and leaves it so when rewritten', async () => {
    const fake = new FakeExcel();
    const port = portOn(fake);
    const hidden = { ...tasksSheet({ plan: plan43.plan, tasks: tracked(1), settings }), name: 'Ẩn', tables: [], hidden: true };
    await port.write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: tracked(1), settings }), hidden] });
    expect(fake.sheet('Ẩn')?.visibility).toBe('Hidden');
    expect(fake.sheet(SHEETS.tasks)?.visibility).toBe('Visible');
    expect((await port.listSheets()).map((s) => [s.name, s.hidden])).toEqual([[SHEETS.tasks, false], ['Ẩn', true]]);
    await port.write({ sheets: [{ ...hidden, hidden: undefined }] });
    expect(fake.sheet('Ẩn')?.visibility).toBe('Hidden');
  });
});

describe('office adapter: errors in planner words', () => {
  it.each([
    ['AccessDenied', 'sheet-protected', 'bảo vệ'],
    ['InsertDeleteConflict', 'insert-delete-conflict', 'không chèn hoặc xóa được ô'],
    ['InvalidOperationInCellEditMode', 'cell-edit-mode', 'đang được sửa'],
    ['ItemNotFound', 'table-missing', 'Không tìm thấy bảng'],
    ['GeneralException', 'unknown', 'không xác định'],
  ])('maps %s to %s', async (code, kind, words) => {
    const fake = new FakeExcel();
    fake.failWith = code;
    const error = await portOn(fake).listSheets().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).kind).toBe(kind);
    expect((error as WorkbookError).words.vi).toContain(words);
    expect((error as WorkbookError).words.en.length).toBeGreaterThan(10);
  });

  it('says a conflict when Excel cannot shift cells, not that the sheet is protected', async () => {
    const fake = new FakeExcel();
    fake.failWith = 'InsertDeleteConflict';
    const error = (await portOn(fake).listSheets().catch((e: unknown) => e)) as WorkbookError;
    expect(error.kind).toBe('insert-delete-conflict');
    expect(error.words.vi).not.toContain('bảo vệ');
    expect(error.words.en).toContain('a table, merged cells or an array formula is in the way');
  });

  it('says the sheet is missing, not the table, when a worksheet is not found', async () => {
    const fake = new FakeExcel();
    const error = (await portOn(fake).select('Nhiệm vụ cũ', 'A1').catch((e: unknown) => e)) as WorkbookError;
    expect(error.kind).toBe('sheet-missing');
    expect(error.words.vi).toBe('Không tìm thấy trang tính "Nhiệm vụ cũ". Trang tính có thể đã bị xóa hoặc đổi tên; hãy chạy "Tải kế hoạch" để tạo lại.');
    expect(error.words.en).toContain('Sheet "Nhiệm vụ cũ" not found');
  });

  it('refuses politely when the API set is missing', async () => {
    const fake = new FakeExcel();
    const port = createOfficePort({ run: fake.run, isSetSupported: () => false });
    const error = await port.listSheets().catch((e: unknown) => e);
    expect((error as WorkbookError).kind).toBe('api-unsupported');
    expect(fake.syncs).toHaveLength(0);
  });
});

describe('office adapter: the colours Excel shows (rules in Excel priority order)', () => {
  it('"Nhiệm vụ": overdue without progress is red, done after the deadline is green, due soon beats in progress', async () => {
    const fake = new FakeExcel();
    await portOn(fake).write({ sheets: [tasksSheet({ plan: plan43.plan, tasks: colourTasks(), settings: colourSettings })] });
    const shown = Object.fromEntries(Object.keys(TASK_COLOURS).map((cell) => [cell, fake.shownFill(SHEETS.tasks, cell)]));
    expect(shown).toEqual(TASK_COLOURS);
  });

  it('"Tiến độ theo quý": an overdue task\'s quarters are dark red, the others blue', async () => {
    const fake = new FakeExcel();
    const tasks = timelineTasks();
    const summary = summarize(tasks, colourSettings, null);
    const timeline = summarySheets({ plan: plan43.plan, settings: colourSettings, summary, tasks, paragraph: 'x', history: [] }).find((s) => s.name === SHEETS.timeline);
    await portOn(fake).write({ sheets: [timeline as SheetSpec] });
    const headerRow = (timeline as SheetSpec).tables[0].headerRow;
    const shownByTask: Record<string, string[]> = {};
    for (const [address, cell] of (fake.sheet(SHEETS.timeline) as FakeSheet).cells) {
      const { row, column } = parseCell(address);
      const id = fake.value(SHEETS.timeline, `A${row}`);
      // The bars: quarter cells (from column E) holding 1 on a task row (an id in column A, under the header).
      if (row <= headerRow || column < 5 || cell.value !== 1 || typeof id !== 'string') continue;
      shownByTask[id] = [...new Set([...(shownByTask[id] ?? []), fake.shownFill(SHEETS.timeline, address) ?? 'none'])];
    }
    expect(shownByTask).toEqual({ 'T-OVERDUE': [TIMELINE_COLOURS['T-OVERDUE']], 'T-LATER': [TIMELINE_COLOURS['T-LATER']] });
  });
});
