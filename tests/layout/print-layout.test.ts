/**
 * What the sheets look like on paper. Excel and LibreOffice fit a "one page wide" sheet by scaling
 * it down, so the type a planner reads is 11 pt × (page width / printed columns' width). These
 * tests hold every printed sheet to at least 7 pt on A4 landscape, and check the print settings.
 */
import { plan43 } from '../../src/catalogues';
import type { Finding, Settings, TrackedTask } from '../../src/core/model';
import { summarize } from '../../src/core/summary';
import { parseRange } from '../../src/layout/a1';
import { findingsSheet } from '../../src/layout/findings-sheet';
import { SHEETS, TABLES } from '../../src/layout/names';
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
        expect([spec.name, spec.print?.repeatRows]).toEqual([spec.name, { first: headerRow, last: headerRow }]);
      }
    }
  });

  it('no printed sheet needs type smaller than 7 pt on A4 landscape', () => {
    const sizes = Object.fromEntries(printed.map((spec) => [spec.name, printedTypeSize(spec)]));
    expect(sizes).toEqual({
      [SHEETS.tasks]: 7.6,
      [SHEETS.owners]: 10.6,
      [SHEETS.findings]: 9,
      [SHEETS.overview]: 11,
      [SHEETS.byLead]: 10.4,
      [SHEETS.overdue]: 10.4,
      [SHEETS.dueSoon]: 10.5,
      [SHEETS.timeline]: 8.1, // 36 quarters, Q1/2018–Q4/2026
      [SHEETS.noDeadline]: 9.3,
      [SHEETS.annex]: 9.8,
      [SHEETS.history]: 11,
    });
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThanOrEqual(7);
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
    expect(table.columns.map((c) => c.header)).toEqual(['Ngày báo cáo', 'Phần', 'Số nhiệm vụ', 'Đã hoàn thành', 'Quá hạn', 'Sắp đến hạn', 'Đang thực hiện', 'Dữ liệu (JSON)']);
    expect(table.rows.map((row) => row.slice(0, 7))).toEqual([[{ date: '2019-06-30' }, 1, 51, 0, 51, 0, 0]]);
    expect(spec.print?.printArea).toBe('A1:G5');
    const none = historySheet(plan43.plan, []);
    expect([none.print?.printArea, none.print?.header]).toEqual(['A1:G5', { left: 'Kế hoạch 43-KH/TU' }]);
  });

  it('sizes the overview paragraph to its text: no fixed height', () => {
    const paragraph = summaries[0].blocks.find((block) => block.style === 'paragraph');
    expect(paragraph).toEqual({ row: 3, column: 1, cells: ['Tính đến ngày 30/06/2019, …'], style: 'paragraph', mergeAcross: 4 });
  });

  it('draws the timeline with narrow upright quarter columns and the counts per quarter under them, column for column', () => {
    const spec = summaries.find((s) => s.name === SHEETS.timeline) as SheetSpec;
    const [grid, counts] = spec.tables;
    const quarters = grid.columns.slice(4);
    expect([quarters.length, quarters[0].header, quarters[35].header]).toEqual([36, 'Q1/2018', 'Q4/2026']);
    expect(quarters.every((c) => c.verticalHeader === true && c.width === 2.7)).toBe(true);
    expect(grid.columns.slice(0, 4).map((c) => [c.header, c.width, c.verticalHeader])).toEqual([
      ['Mã NV', 10, undefined], ['Nội dung nhiệm vụ', 34, undefined], ['Cơ quan chủ trì', 18, undefined], ['Tình trạng', 16, undefined],
    ]);
    // The counts table starts in the status column, so its quarter columns are the grid's.
    expect(counts.name).toBe(TABLES.quarters);
    expect(counts.firstColumn).toBe(4);
    expect(counts.columns.slice(1).map((c) => [c.header, c.width, c.verticalHeader])).toEqual(quarters.map((c) => [c.header, 2.7, true]));
    expect(counts.rows.map((row) => row[0])).toEqual(['Tổng số', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Quá hạn chưa hoàn thành', 'Sắp đến hạn', 'Đang thực hiện (trong hạn)', 'Chưa đến hạn']);
    const totals = new Map(summary.byQuarter.map((row) => [row.quarter, row.total]));
    const key = (header: string) => `${header.slice(3)}-${header.slice(0, 2)}`;
    expect(counts.rows[0].slice(1)).toEqual(quarters.map((c) => totals.get(key(c.header)) ?? 0));
    // Every task with a deadline counts once (51 tasks, 35 without a deadline).
    expect(counts.rows[0].slice(1).reduce<number>((sum, n) => sum + (n as number), 0)).toBe(summary.overview.counts.total - summary.overview.counts.noDeadline);
    expect(summary.overview.counts.total - summary.overview.counts.noDeadline).toBe(16);
    // Zero counts are blank in the status rows so the few real ones stand out.
    expect(counts.rows[3].slice(1).filter((n) => n !== null)).toEqual([3, 1, 1]);
    // The report date's quarter (Q2/2019) is marked in both header rows.
    const now = 4 + quarters.findIndex((c) => c.header === 'Q2/2019') + 1;
    expect(spec.fills.map((f) => parseRange(f.range))).toEqual([
      { top: 4, left: now, bottom: 4, right: now },
      { top: counts.headerRow, left: now, bottom: counts.headerRow, right: now },
    ]);
  });
});
