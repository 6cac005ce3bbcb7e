/**
 * What the sheets look like on paper. Excel and LibreOffice fit a "one page wide" sheet by scaling
 * it down, so the type a planner reads is 11 pt × (page width / printed columns' width). These
 * tests hold every printed sheet to at least 7 pt on A4 landscape, and check the print settings.
 */
import { plan43 } from '../../src/catalogues';
import type { Finding, Settings, Status, TrackedTask } from '../../src/core/model';
import { STATUS_LABELS, STATUS_ORDER, statusOf } from '../../src/core/status';
import { summarize } from '../../src/core/summary';
import { columnLetter, parseRange } from '../../src/layout/a1';
import { findingsSheet } from '../../src/layout/findings-sheet';
import { SHEETS } from '../../src/layout/names';
import { ownersSheet } from '../../src/layout/owners-sheet';
import type { SheetSpec } from '../../src/layout/spec';
import { historySheet, summarySheets } from '../../src/layout/summary';
import { TASK_COLUMNS } from '../../src/layout/tasks-columns';
import { tasksSheet } from '../../src/layout/tasks-sheet';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
const tasks: TrackedTask[] = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));
const summary = summarize(tasks, settings, null);
const snapshot = { asOf: settings.asOf, statuses: Object.fromEntries(tasks.map((t) => [t.id, 'overdue' as const])) };
const summaries = summarySheets({ plan: plan43.plan, settings, summary, tasks, paragraph: 'Tính đến ngày 30/06/2019, …', history: [snapshot] });
const finding: Finding = { code: 'DEADLINE_MISSING', severity: 'warning', taskId: 'B.I-01', field: 'deadline', message: { vi: 'Thiếu thời hạn', en: 'No deadline' } };
const printed: SheetSpec[] = [
  tasksSheet({ plan: plan43.plan, tasks, settings }),
  ownersSheet(plan43.plan, [], settings.asOf),
  findingsSheet(plan43.plan, settings.asOf, [finding], () => null),
  ...summaries,
];

/** A4 landscape (842 pt) less the 0.4 in side margins the adapters set. */
const PAGE_POINTS = 842 - 2 * 0.4 * 72;

/** Excel: a column `w` characters wide is 7w + 5 pixels, at 0.75 pt a pixel. */
function printedPoints(spec: SheetSpec): number {
  const widths = new Map<number, number>();
  for (const table of spec.tables) {
    table.columns.forEach((column, c) => widths.set(table.firstColumn + c, Math.max(widths.get(table.firstColumn + c) ?? 0, column.width)));
  }
  const last = spec.print?.printArea ? parseRange(spec.print.printArea).right : Math.max(...widths.keys());
  let points = 0;
  for (let column = 1; column <= last; column += 1) points += 0.75 * (7 * (widths.get(column) ?? 8.43) + 5);
  return points;
}

function printedTypeSize(spec: SheetSpec): number {
  return Math.round(11 * Math.min(1, PAGE_POINTS / printedPoints(spec)) * 10) / 10;
}

describe('printed sheets', () => {
  it('every sheet prints landscape, one page wide, header row repeated, plan number and report date on top', () => {
    expect(printed.map((spec) => spec.name)).toEqual([SHEETS.tasks, SHEETS.owners, SHEETS.findings, ...summaries.map((s) => s.name)]);
    for (const spec of printed) {
      expect([spec.name, spec.print]).toEqual([spec.name, expect.objectContaining({
        orientation: 'landscape', fitToWidth: true,
        header: { left: 'Kế hoạch 43-KH/TU', right: 'Tính đến ngày 30/06/2019' }, footer: { center: 'Trang &P/&N' },
      })]);
      if (spec.name !== SHEETS.overview) {
        const headerRow = spec.tables[0].headerRow;
        // The timeline repeats its band of years with the quarter headers.
        const first = spec.name === SHEETS.timeline ? headerRow - 1 : headerRow;
        expect([spec.name, spec.print?.repeatRows]).toEqual([spec.name, { first, last: headerRow }]);
      }
    }
  });

  it('no printed sheet needs type smaller than 7 pt on A4 landscape', () => {
    const sizes = Object.fromEntries(printed.map((spec) => [spec.name, printedTypeSize(spec)]));
    expect(sizes).toEqual({
      [SHEETS.tasks]: 7.6,
      [SHEETS.owners]: 10.6,
      [SHEETS.findings]: 11,
      [SHEETS.overview]: 11,
      [SHEETS.byLead]: 8.5, // ten status columns
      [SHEETS.overdue]: 8.6, // with the planner's progress and notes
      [SHEETS.dueSoon]: 10.5,
      [SHEETS.timeline]: 8.1, // 36 quarters, Q1/2018–Q4/2026
      [SHEETS.noDeadline]: 9.3,
      [SHEETS.annex]: 9.8,
      [SHEETS.history]: 10.9, // a column per status
    });
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThanOrEqual(7);
  });

  it('prints the overview at full size (11 pt) with the changes table under the two count tables side by side', () => {
    const previous = { asOf: '2019-01-01', statuses: { [tasks[0].id]: 'in-progress' as const } };
    const withChanges = summarySheets({ plan: plan43.plan, settings, summary: summarize(tasks, settings, previous), tasks, paragraph: 'x', history: [previous] })[0];
    expect(withChanges.tables.map((t) => t.name)).toEqual(['PT_Overview', 'PT_OverviewProgress', 'PT_Changes']);
    expect(printedTypeSize(withChanges)).toBe(11);
  });

  it('still prints the timeline at 7 pt or more at its widest: 40 quarters', () => {
    const long = { ...tasks[0], deadline: { ...tasks[0].deadline, start: '2018-01-01', end: '2035-12-31' } } as TrackedTask;
    const wide = [long, ...tasks.slice(1)];
    const spec = summarySheets({ plan: plan43.plan, settings, summary: summarize(wide, settings, null), tasks: wide, paragraph: 'x', history: [] })
      .find((s) => s.name === SHEETS.timeline) as SheetSpec;
    expect(spec.tables[0].columns.length).toBe(4 + 40);
    expect(printedTypeSize(spec)).toBe(7.6);
  });

  it('prints the tasks list without the provenance columns, which stay in the sheet at the right end', () => {
    const spec = printed[0];
    expect(spec.print?.printArea).toBe(`A1:M${5 + tasks.length}`);
    expect(TASK_COLUMNS.slice(-2).map((c) => [c.key, c.header])).toEqual([['origin', 'Nguồn'], ['remarks', 'Lưu ý nguồn']]);
    expect(spec.tables[0].columns.length).toBe(15);
  });

  it('gives the owners sheet a print setup; without a report date its header names the plan only', () => {
    expect(ownersSheet(plan43.plan, []).print).toEqual({
      orientation: 'landscape', fitToWidth: true, repeatRows: { first: 4, last: 4 },
      header: { left: 'Kế hoạch 43-KH/TU' }, footer: { center: 'Trang &P/&N' },
    });
  });

  it('prints the history as one line of counts per report, the JSON column outside the print area', () => {
    const spec = summaries[summaries.length - 1];
    const table = spec.tables[0];
    // Every status of the core's list has its column, in report order, with its words.
    const statusHeaders = STATUS_ORDER.map((status) => STATUS_LABELS[status].vi);
    expect(table.columns.map((c) => c.header)).toEqual(['Ngày báo cáo', 'Phần', 'Số nhiệm vụ', 'Đã hoàn thành', ...statusHeaders, 'Dữ liệu (JSON)']);
    const counted = 4 + STATUS_ORDER.length;
    expect(table.rows.map((row) => row.slice(0, counted))).toEqual([[{ date: '2019-06-30' }, 1, 51, 0, ...STATUS_ORDER.map((s) => (s === 'overdue' ? 51 : 0))]]);
    expect(spec.print?.printArea).toBe(`A1:${columnLetter(counted)}5`);
    // A mixed record: each count lands under its own status, "Đã hoàn thành" adds the two done ones.
    const mixed = historySheet(plan43.plan, [{ asOf: '2019-06-30', statuses: { a: 'done-late', b: 'done-on-time', c: 'paused', d: 'ongoing', e: 'ongoing', f: 'no-deadline' } }]);
    const cell = (header: string) => mixed.tables[0].rows[0][mixed.tables[0].columns.findIndex((c) => c.header === header)];
    expect(['Số nhiệm vụ', 'Đã hoàn thành', 'Hoàn thành quá hạn', 'Tạm dừng', 'Thường xuyên', 'Chưa xác định thời hạn', 'Quá hạn chưa hoàn thành'].map(cell)).toEqual([6, 2, 1, 1, 2, 1, 0]);
    const none = historySheet(plan43.plan, []);
    expect([none.print?.printArea, none.print?.header]).toEqual([`A1:${columnLetter(counted)}5`, { left: 'Kế hoạch 43-KH/TU' }]);
  });

  it('sizes the overview paragraph to its text: no fixed height', () => {
    const paragraph = summaries[0].blocks.find((block) => block.style === 'paragraph');
    expect(paragraph).toEqual({ row: 3, column: 1, cells: ['Tính đến ngày 30/06/2019, …'], style: 'paragraph', mergeAcross: 4 });
  });

  it('draws the timeline with narrow upright quarter columns under a band of years, the counts per quarter above, column for column', () => {
    const spec = summaries.find((s) => s.name === SHEETS.timeline) as SheetSpec;
    expect(spec.tables).toHaveLength(1);
    const [grid] = spec.tables;
    const quarters = grid.columns.slice(4);
    expect([quarters.length, quarters[0].header, quarters[35].header]).toEqual([36, 'Q1/2018', 'Q4/2026']);
    expect(quarters.every((c) => c.verticalHeader === true && c.width === 2.7)).toBe(true);
    expect(grid.columns.slice(0, 4).map((c) => [c.header, c.width, c.verticalHeader])).toEqual([
      ['Mã NV', 10, undefined], ['Nội dung nhiệm vụ', 34, undefined], ['Cơ quan chủ trì', 18, undefined], ['Tình trạng', 16, undefined],
    ]);
    // The counts are rows above the grid, in its columns: label over the task columns, then one
    // count per quarter column. Only the statuses some quarter has.
    const countRows = spec.blocks.filter((b) => b.row > 4 && b.row < grid.headerRow - 1);
    expect(countRows.every((b) => b.column === 1 && b.mergeAcross === 4 && b.cells.length === 4 + quarters.length)).toBe(true);
    expect(countRows.map((b) => b.cells[0])).toEqual(['Tổng số', ...['overdue', 'in-progress', 'not-due', 'ongoing'].map((s) => `- ${STATUS_LABELS[s as Status].vi}`)]);
    const totals = new Map(summary.byQuarter.map((row) => [row.quarter, row.total]));
    const key = (header: string) => `${header.slice(3)}-${header.slice(0, 2)}`;
    expect(countRows[0].cells.slice(4)).toEqual(quarters.map((c) => totals.get(key(c.header)) || null));
    // Every task with a deadline counts once (51 tasks, 35 without a deadline).
    expect(countRows[0].cells.slice(4).reduce<number>((sum, n) => sum + ((n as number | null) ?? 0), 0)).toBe(16);
    expect(tasks.filter((task) => statusOf(task, settings).deadline !== null)).toHaveLength(16);
    // Zero counts are blank so the few real ones stand out.
    expect(countRows[1].cells.slice(4).filter((n) => n !== null)).toEqual([3, 1, 1]);
    // The year band: one merged cell per year over its quarters, printed with the header row.
    const years = spec.blocks.filter((b) => b.row === grid.headerRow - 1);
    expect(years.map((b) => [b.cells[0], b.column, b.mergeAcross])).toEqual(
      Array.from({ length: 9 }, (_, i) => [String(2018 + i), 5 + 4 * i, 4]),
    );
    expect(spec.print?.repeatRows).toEqual({ first: grid.headerRow - 1, last: grid.headerRow });
    // Nothing prints under the repeated header rows but the grid: every block is above them.
    expect(Math.max(...spec.blocks.map((b) => b.row))).toBe(grid.headerRow - 1);
    // The report date's quarter (Q2/2019) is marked in the header row; the year band is one band.
    const now = 4 + quarters.findIndex((c) => c.header === 'Q2/2019') + 1;
    expect(spec.fills.map((f) => parseRange(f.range))).toEqual([
      { top: grid.headerRow - 1, left: 5, bottom: grid.headerRow - 1, right: 4 + quarters.length },
      { top: grid.headerRow, left: now, bottom: grid.headerRow, right: now },
    ]);
  });
});
