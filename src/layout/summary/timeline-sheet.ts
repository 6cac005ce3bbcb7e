/**
 * "Tiến độ theo quý": a Gantt-like grid, one row per task with a deadline, one column per quarter;
 * a quarter the task's window covers holds 1 and is coloured by a conditional format. The report
 * date's quarter is marked in the header. Above it, the core's count of deadlines per quarter.
 */
import { parts, quarterKey } from '../../core/dates';
import type { Settings, TrackedTask } from '../../core/model';
import { STATUS_LABELS, STATUS_ORDER, statusOf } from '../../core/status';
import type { Summary } from '../../core/summary';
import { columnLetter, rangeA1 } from '../a1';
import { COLOURS, SHEETS, TABLES } from '../names';
import { printSetup } from '../print';
import type { CellValue, ColumnSpec, FillSpec, SheetSpec, TextBlock } from '../spec';
import { OWNER_SEPARATOR } from '../tasks-columns';
import { table, textColumn, titleBlocks, type SummaryContext } from './common';

/** More quarters than this (ten years) would not print on one page width; later ones are cut. */
export const MAX_TIMELINE_QUARTERS = 40;

function ordinal(date: string): number {
  const { year, month } = parts(date);
  return year * 4 + Math.floor((month - 1) / 3);
}

function label(n: number): string {
  return `Q${(n % 4) + 1}/${Math.floor(n / 4)}`;
}

/** The core's quarter key, e.g. "2019-Q1". */
function key(n: number): string {
  return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
}

/** The years the quarters span: where each starts (index into `quarters`) and how many it has. */
function yearBands(quarters: readonly number[]): { year: number; from: number; count: number }[] {
  const bands: { year: number; from: number; count: number }[] = [];
  quarters.forEach((q, i) => {
    const year = Math.floor(q / 4);
    const band = bands.at(-1);
    if (band && band.year === year) band.count += 1;
    else bands.push({ year, from: i, count: 1 });
  });
  return bands;
}

/** Narrow enough for 40 quarters on one page, wide enough for the largest count's digits. */
function quarterColumnWidth(largestCount: number): number {
  return Math.max(2.7, String(largestCount).length + 0.7);
}

export function timelineSheet(context: SummaryContext, summary: Summary, tasks: readonly TrackedTask[], settings: Settings): SheetSpec {
  const placed = tasks
    .filter((task) => !task.retired)
    .map((task) => ({ task, result: statusOf(task, settings) }))
    .filter(({ result }) => result.deadline !== null)
    .map(({ task, result }) => {
      const end = ordinal(result.deadline as string);
      const start = task.deadline.start ? Math.min(ordinal(task.deadline.start), end) : end;
      return { task, status: result.status, start, end };
    });
  const first = placed.length ? Math.min(...placed.map((p) => p.start)) : ordinal(settings.asOf);
  const lastWanted = placed.length ? Math.max(...placed.map((p) => p.end)) : first;
  const last = Math.min(lastWanted, first + MAX_TIMELINE_QUARTERS - 1);
  const quarters = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  // Sized for paper: about 78 characters of task columns plus narrow quarter columns with
  // upright headers, so 40 quarters still print on one A4 landscape width at about 7.5 pt.
  const fixed: ColumnSpec[] = [
    textColumn('id', 'Mã NV', 10),
    textColumn('text', 'Nội dung nhiệm vụ', 34, true),
    textColumn('lead', 'Cơ quan chủ trì', 18, true),
    textColumn('status', 'Tình trạng', 16, true),
  ];
  // A count row: its label over the task columns (merged, so a long status name is never cut
  // by the first count), then one count per quarter column.
  const countRow = (row: number, style: TextBlock['style'], labelText: string, counts: CellValue[]): TextBlock => ({
    row, column: 1, style, mergeAcross: fixed.length, cells: [labelText, ...fixed.slice(1).map(() => null), ...counts],
  });

  const byKey = new Map(summary.byQuarter.map((row) => [row.quarter, row]));
  const countOf = (q: number) => byKey.get(key(q));
  const largest = Math.max(0, ...quarters.map((q) => countOf(q)?.total ?? 0));
  const quarterWidth = quarterColumnWidth(largest);
  const firstQuarterColumn = fixed.length + 1;
  const lastColumn = fixed.length + quarters.length;

  // The deadlines per quarter come first, as rows in the grid's own columns: they line up with the bars, and, above the grid, never print under the grid's
  // repeated header. Only the statuses some quarter has, so the few counts stand out; a blank,
  // not 0, where a status has none that quarter.
  const countsCaptionRow = 4;
  const countStatuses = STATUS_ORDER.filter((status) => quarters.some((q) => (countOf(q)?.byStatus[status] ?? 0) > 0));
  const countBlocks: TextBlock[] = [
    countRow(countsCaptionRow + 1, 'subtitle', 'Tổng số', quarters.map((q) => countOf(q)?.total || null)),
    ...countStatuses.map((status, i) => countRow(countsCaptionRow + 2 + i, 'note', `- ${STATUS_LABELS[status].vi}`, quarters.map((q) => countOf(q)?.byStatus[status] || null))),
  ];
  // A band of years over the quarter headers, printed with them: "2019" reads at a glance where
  // the upright "Q1/2019" is small.
  const yearRow = countsCaptionRow + countBlocks.length + 1;
  const headerRow = yearRow + 1;
  const yearBlocks = yearBands(quarters).map(({ year, from, count }): TextBlock => ({
    row: yearRow, column: firstQuarterColumn + from, style: 'subtitle',
    cells: [count >= 2 ? String(year) : String(year % 100).padStart(2, '0')],
    ...(count >= 2 ? { mergeAcross: count } : {}),
  }));
  const quarterColumns: ColumnSpec[] = quarters.map((q) => ({ key: `q${q}`, header: label(q), width: quarterWidth, numberFormat: '0', verticalHeader: true }));
  const rows: CellValue[][] = placed.map(({ task, status, start, end }) => [
    task.id,
    task.text,
    task.lead.join(OWNER_SEPARATOR),
    STATUS_LABELS[status].vi,
    ...quarters.map((q) => (q >= start && q <= end ? 1 : null)),
  ]);
  const lastRow = headerRow + Math.max(rows.length, 1);
  const grid = rangeA1(headerRow + 1, firstQuarterColumn, lastRow, lastColumn);
  const topLeft = `${columnLetter(firstQuarterColumn)}${headerRow + 1}`;
  const overdue = `$D${headerRow + 1}="${STATUS_LABELS.overdue.vi}"`;
  const nowColumn = quarters.indexOf(ordinal(settings.asOf));
  const yearFill: FillSpec = { range: rangeA1(yearRow, firstQuarterColumn, yearRow, lastColumn), fill: COLOURS.header, fontColour: COLOURS.headerFont, bold: true };
  const nowFills: FillSpec[] = nowColumn < 0
    ? []
    : [{ range: rangeA1(headerRow, firstQuarterColumn + nowColumn, headerRow, firstQuarterColumn + nowColumn), fill: COLOURS.timelineNow, fontColour: '#FFFFFF', bold: true }];
  const cut = lastWanted > last ? ` Chỉ hiện ${MAX_TIMELINE_QUARTERS} quý đầu.` : '';
  const print = printSetup(context.plan, context.asOf, headerRow);
  return {
    name: SHEETS.timeline,
    owned: true,
    blocks: [
      ...titleBlocks(context, 'Tiến độ theo quý'),
      { row: 3, column: 1, cells: [`Ô tô màu: quý nằm trong thời gian thực hiện; cột tô cam: quý hiện tại (${quarterKey(settings.asOf)}). Nhiệm vụ không có thời hạn xem trang "${SHEETS.noDeadline}".${cut}`], style: 'note' },
      { row: countsCaptionRow, column: 1, cells: ['Số nhiệm vụ đến hạn theo quý'], style: 'caption' },
      ...countBlocks,
      ...yearBlocks,
    ],
    tables: [table(TABLES.timeline, headerRow, [...fixed, ...quarterColumns], rows)],
    conditionalFormats: rows.length
      ? [
          { range: grid, formula: `=AND(${topLeft}=1,${overdue})`, fill: '#C00000', fontColour: '#C00000', stopIfTrue: true },
          { range: grid, formula: `=${topLeft}=1`, fill: COLOURS.timeline, fontColour: COLOURS.timeline, stopIfTrue: true },
        ]
      : [],
    fills: [yearFill, ...nowFills],
    freeze: { rows: headerRow, columns: 1 },
    // The year band and the quarter headers repeat on every page; the counts print once, on the first.
    print: { ...print, repeatRows: { first: yearRow, last: headerRow } },
    charts: [],
  };
}
