/**
 * "Tổng quan": the report paragraph first, then the counts by status, the counts by what the
 * planner entered in "Tiến độ", then what changed since last time. Statuses and progress values
 * come from the core's one list (STATUS_ORDER, PROGRESS_ORDER), so a new status shows here too.
 */
import { formatVietnameseDate } from '../../core/dates';
import type { Status } from '../../core/model';
import { DONE_STATUSES, NO_PROGRESS_LABEL, PROGRESS_LABELS, PROGRESS_ORDER, STATUS_LABELS, STATUS_ORDER } from '../../core/status';
import { countOfStatus, type ChangeSet, type StatusCounts, type Summary, type TaskRef } from '../../core/summary';
import { COLOURS, SHEETS, TABLES } from '../names';
import { printSetup } from '../print';
import type { CellValue, FillSpec, SheetSpec, TableSpec, TextBlock } from '../spec';
import { OWNER_SEPARATOR } from '../tasks-columns';
import { fraction, numberColumn, percentColumn, table, textColumn, titleBlocks, type SummaryContext } from './common';

/** A row of the counts table: an aggregate of several statuses, or one status. */
type OverviewRow = { kind: 'aggregate'; key: 'total' | 'dueSoFar' | 'done'; label: string } | { kind: 'status'; status: Status };

/** The aggregates a report starts with; "done" is followed by its two statuses, indented. */
export const OVERVIEW_ROWS: readonly OverviewRow[] = [
  { kind: 'aggregate', key: 'total', label: 'Tổng số nhiệm vụ' },
  { kind: 'aggregate', key: 'dueSoFar', label: 'Nhiệm vụ đã đến hạn' },
  { kind: 'aggregate', key: 'done', label: 'Đã hoàn thành' },
  ...STATUS_ORDER.map((status): OverviewRow => ({ kind: 'status', status })),
];

/** The colour of a status row, as "Nhiệm vụ" colours the same tasks; statuses not listed stay white. */
const STATUS_FILLS: Partial<Record<Status, Omit<FillSpec, 'range'>>> = {
  overdue: { fill: COLOURS.overdue, fontColour: COLOURS.overdueFont },
  'due-soon': { fill: COLOURS.dueSoon },
  'in-progress': { fill: COLOURS.inProgress },
  'not-started': { fill: COLOURS.notStarted },
  paused: { fill: COLOURS.notStarted },
  'not-due': { fill: COLOURS.notStarted },
};

const PROGRESS_TITLE = 'Theo tiến độ đã nhập';

/** Task text first: its column is the counts' wide label column, so no column is wider than both need. */
function changeRows(changes: ChangeSet): CellValue[][] {
  const rows = (kind: string, refs: TaskRef[]) => refs.map((ref): CellValue[] => [ref.text, ref.id, kind, ref.lead.join(OWNER_SEPARATOR)]);
  return [
    ...rows('Mới hoàn thành', changes.completed),
    ...rows('Mới quá hạn', changes.becameOverdue),
    ...rows('Mới tạm dừng', changes.paused),
    ...rows('Nhiệm vụ mới', changes.added),
  ];
}

function statusRowCells(summary: Summary, row: OverviewRow): CellValue[] {
  const { counts, percent } = summary.overview;
  if (row.kind === 'aggregate') return [row.label, counts[row.key], fraction(percent[row.key])];
  const words = STATUS_LABELS[row.status].vi;
  const label = DONE_STATUSES.has(row.status) ? `- ${words}` : row.status === 'due-soon' ? `${words} (trong ${summary.dueSoonDays} ngày)` : words;
  // The percentages have the counts' keys, so the same lookup finds a status's share.
  return [label, countOfStatus(counts, row.status), fraction(countOfStatus(percent as StatusCounts, row.status))];
}

function progressRows(summary: Summary): CellValue[][] {
  const { progress, counts } = summary.overview;
  const share = (count: number) => (counts.total === 0 ? 0 : fraction(Math.round((count * 1000) / counts.total) / 10));
  return [
    ...PROGRESS_ORDER.map((value): CellValue[] => [PROGRESS_LABELS[value].vi, progress[value], share(progress[value])]),
    [NO_PROGRESS_LABEL.vi, progress.none, share(progress.none)],
  ];
}

export function overviewSheet(context: SummaryContext, summary: Summary, paragraph: string): SheetSpec {
  const countsHeader = 6;
  const countsTable = table(TABLES.overview, countsHeader, [
    textColumn('measure', 'Chỉ tiêu', 42),
    numberColumn('count', 'Số nhiệm vụ', 14),
    percentColumn('share', 'Tỷ lệ', 12),
  ], OVERVIEW_ROWS.map((row) => statusRowCells(summary, row)));

  // Beside the counts by status, one column apart, so both are on the first page whatever the
  // paragraph's length (under them, a long paragraph pushed this table across a page break).
  const progressColumn = 5;
  const progressTable: TableSpec = {
    ...table(TABLES.overviewProgress, countsHeader, [
      textColumn('progress', 'Tiến độ đã nhập', 20),
      numberColumn('count', 'Số nhiệm vụ', 12),
      percentColumn('share', 'Tỷ lệ', 9),
    ], progressRows(summary)),
    firstColumn: progressColumn,
  };

  const changesCaptionRow = countsHeader + OVERVIEW_ROWS.length + 2;
  const blocks: TextBlock[] = [
    ...titleBlocks(context, 'Báo cáo tình hình thực hiện'),
    // No fixed height: each adapter sizes the row to the paragraph (a fixed one left a gap).
    { row: 3, column: 1, cells: [paragraph], style: 'paragraph', mergeAcross: 4 },
    { row: countsHeader - 1, column: 1, cells: ['1. Tổng hợp chung (theo tình trạng)'], style: 'caption' },
    { row: countsHeader - 1, column: progressColumn, cells: [`2. ${PROGRESS_TITLE}`], style: 'caption' },
  ];
  const tables: TableSpec[] = [countsTable, progressTable];
  if (summary.changes) {
    blocks.push({ row: changesCaptionRow, column: 1, cells: [`3. Thay đổi so với lần báo cáo trước (${formatVietnameseDate(summary.changes.since)})`], style: 'caption' });
    const rows = changeRows(summary.changes);
    if (rows.length === 0) {
      blocks.push({ row: changesCaptionRow + 1, column: 1, cells: ['Không có thay đổi.'], style: 'note' });
    } else {
      tables.push(table(TABLES.changes, changesCaptionRow + 1, [
        textColumn('text', 'Nội dung nhiệm vụ', 42, true),
        textColumn('id', 'Mã NV', 14),
        textColumn('change', 'Thay đổi', 14),
        textColumn('lead', 'Cơ quan chủ trì', 28, true),
      ], rows));
    }
  } else {
    blocks.push({ row: changesCaptionRow, column: 1, cells: ['3. Chưa có lần báo cáo trước để so sánh.'], style: 'caption' });
  }

  // Fills follow the rows: each is placed where its row is, found by what the row counts.
  const rowRange = (index: number) => `A${countsHeader + 1 + index}:C${countsHeader + 1 + index}`;
  const fills: FillSpec[] = OVERVIEW_ROWS.flatMap((row, i): FillSpec[] => {
    if (row.kind === 'aggregate') return row.key === 'done' ? [{ range: rowRange(i), fill: COLOURS.done }] : [];
    const fill = STATUS_FILLS[row.status];
    return fill ? [{ range: rowRange(i), ...fill }] : [];
  });
  return {
    name: SHEETS.overview,
    owned: true,
    tabColour: COLOURS.header,
    blocks,
    tables,
    conditionalFormats: [],
    fills,
    freeze: null,
    print: printSetup(context.plan, context.asOf, null),
    charts: [],
  };
}
