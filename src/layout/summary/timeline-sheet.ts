/**
 * "Tiến độ theo quý": a Gantt-like grid, one row per task with a deadline, one column per quarter;
 * a quarter the task's window covers holds 1 and is coloured by a conditional format. The report
 * date's quarter is marked in the header. Below it, the core's count of deadlines per quarter.
 */
import { parts, quarterKey } from '../../core/dates';
import type { Settings, TrackedTask } from '../../core/model';
import { STATUS_LABELS, STATUS_ORDER, statusOf } from '../../core/status';
import type { Summary } from '../../core/summary';
import { columnLetter, rangeA1 } from '../a1';
import { COLOURS, SHEETS, TABLES } from '../names';
import { printSetup } from '../print';
import type { CellValue, ColumnSpec, SheetSpec } from '../spec';
import { OWNER_SEPARATOR } from '../tasks-columns';
import { numberColumn, table, textColumn, titleBlocks, type SummaryContext } from './common';

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
  const headerRow = 4;
  const byKey = new Map(summary.byQuarter.map((row) => [row.quarter, row]));
  const countOf = (q: number) => byKey.get(key(q));
  const largest = Math.max(0, ...quarters.map((q) => countOf(q)?.total ?? 0));
  const quarterWidth = quarterColumnWidth(largest);
  const quarterColumns: ColumnSpec[] = quarters.map((q) => ({ key: `q${q}`, header: label(q), width: quarterWidth, numberFormat: '0', verticalHeader: true }));
  const rows: CellValue[][] = placed.map(({ task, status, start, end }) => [
    task.id,
    task.text,
    task.lead.join(OWNER_SEPARATOR),
    STATUS_LABELS[status].vi,
    ...quarters.map((q) => (q >= start && q <= end ? 1 : null)),
  ]);
  const firstQuarterColumn = fixed.length + 1;
  const lastColumn = fixed.length + quarters.length;
  const lastRow = headerRow + Math.max(rows.length, 1);
  const grid = rangeA1(headerRow + 1, firstQuarterColumn, lastRow, lastColumn);
  const topLeft = `${columnLetter(firstQuarterColumn)}${headerRow + 1}`;
  const overdue = `$D${headerRow + 1}="${STATUS_LABELS.overdue.vi}"`;
  const nowOrdinal = ordinal(settings.asOf);
  const nowColumn = quarters.indexOf(nowOrdinal);

  // The deadlines per quarter sit under the grid, one column per quarter in the same columns, one
  // row per status: the counts line up with the bars and share their narrow columns. A task with
  // no deadline has no quarter, so that status has no row.
  const countsHeader = lastRow + 3;
  const countsFirstColumn = fixed.length;
  const countColumns: ColumnSpec[] = [
    textColumn('measure', 'Số nhiệm vụ đến hạn', 16, true),
    ...quarters.map((q) => ({ ...numberColumn(`q${q}`, label(q), quarterWidth), verticalHeader: true })),
  ];
  const countStatuses = STATUS_ORDER.filter((status) => status !== 'no-deadline');
  const countRows: CellValue[][] = [
    ['Tổng số', ...quarters.map((q) => countOf(q)?.total ?? 0)],
    // A blank, not 0, where a status has no deadline that quarter: the few counts stand out.
    ...countStatuses.map((status): CellValue[] => [STATUS_LABELS[status].vi, ...quarters.map((q) => countOf(q)?.byStatus[status] || null)]),
  ];
  const nowFills = nowColumn < 0
    ? []
    : [headerRow, countsHeader].map((row) => ({
        range: rangeA1(row, firstQuarterColumn + nowColumn, row, firstQuarterColumn + nowColumn), fill: COLOURS.timelineNow, fontColour: '#FFFFFF', bold: true,
      }));
  const cut = lastWanted > last ? ` Chỉ hiện ${MAX_TIMELINE_QUARTERS} quý đầu.` : '';
  return {
    name: SHEETS.timeline,
    owned: true,
    blocks: [
      ...titleBlocks(context, 'Tiến độ theo quý'),
      { row: 3, column: 1, cells: [`Ô tô màu: quý nằm trong thời gian thực hiện; cột tô cam: quý hiện tại (${quarterKey(settings.asOf)}). Nhiệm vụ không có thời hạn xem trang "${SHEETS.noDeadline}".${cut}`], style: 'note' },
      { row: countsHeader - 1, column: 1, cells: ['Số nhiệm vụ đến hạn theo quý'], style: 'caption' },
    ],
    tables: [
      table(TABLES.timeline, headerRow, [...fixed, ...quarterColumns], rows),
      { name: TABLES.quarters, headerRow: countsHeader, firstColumn: countsFirstColumn, columns: countColumns, rows: countRows, spareRows: 0 },
    ],
    conditionalFormats: rows.length
      ? [
          { range: grid, formula: `=AND(${topLeft}=1,${overdue})`, fill: '#C00000', fontColour: '#C00000', stopIfTrue: true },
          { range: grid, formula: `=${topLeft}=1`, fill: COLOURS.timeline, fontColour: COLOURS.timeline, stopIfTrue: true },
        ]
      : [],
    fills: nowFills,
    freeze: { rows: headerRow, columns: 1 },
    print: printSetup(context.plan, context.asOf, headerRow),
    charts: [],
  };
}
