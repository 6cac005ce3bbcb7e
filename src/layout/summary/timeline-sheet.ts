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

  const fixed: ColumnSpec[] = [
    textColumn('id', 'Mã NV', 12),
    textColumn('text', 'Nội dung nhiệm vụ', 45, true),
    textColumn('lead', 'Cơ quan chủ trì', 24, true),
    textColumn('status', 'Tình trạng', 20, true),
  ];
  const headerRow = 4;
  const quarterColumns: ColumnSpec[] = quarters.map((q) => ({ key: `q${q}`, header: label(q), width: 7, numberFormat: '0' }));
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

  const countsHeader = lastRow + 3;
  const countColumns: ColumnSpec[] = [
    textColumn('quarter', 'Quý (theo hạn hoàn thành)', 24),
    numberColumn('total', 'Tổng số'),
    ...STATUS_ORDER.map((s) => numberColumn(s, STATUS_LABELS[s].vi, 12)),
  ];
  const countRows: CellValue[][] = summary.byQuarter.map((row) => [
    `${row.quarter.slice(5)}/${row.quarter.slice(0, 4)}`,
    row.total,
    ...STATUS_ORDER.map((s) => row.byStatus[s]),
  ]);
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
      table(TABLES.quarters, countsHeader, countColumns, countRows),
    ],
    conditionalFormats: rows.length
      ? [
          { range: grid, formula: `=AND(${topLeft}=1,${overdue})`, fill: '#C00000', fontColour: '#C00000', stopIfTrue: true },
          { range: grid, formula: `=${topLeft}=1`, fill: COLOURS.timeline, fontColour: COLOURS.timeline, stopIfTrue: true },
        ]
      : [],
    fills: nowColumn >= 0
      ? [{ range: rangeA1(headerRow, firstQuarterColumn + nowColumn, headerRow, firstQuarterColumn + nowColumn), fill: COLOURS.timelineNow, fontColour: '#FFFFFF', bold: true }]
      : [],
    freeze: { rows: headerRow, columns: 1 },
    print: printSetup(context.plan, context.asOf, headerRow),
    charts: [],
  };
}
