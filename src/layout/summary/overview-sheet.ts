/** "Tổng quan": the report paragraph first, then the counts, then what changed since last time. */
import { formatVietnameseDate } from '../../core/dates';
import type { ChangeSet, StatusCounts, Summary, TaskRef } from '../../core/summary';
import { COLOURS, SHEETS, TABLES } from '../names';
import { printSetup } from '../print';
import type { CellValue, SheetSpec, TableSpec, TextBlock } from '../spec';
import { OWNER_SEPARATOR } from '../tasks-columns';
import { fraction, numberColumn, percentColumn, table, textColumn, titleBlocks, type SummaryContext } from './common';

type CountKey = keyof StatusCounts;

const OVERVIEW_ROWS: [CountKey, string][] = [
  ['total', 'Tổng số nhiệm vụ'],
  ['dueSoFar', 'Nhiệm vụ đã đến hạn'],
  ['done', 'Đã hoàn thành'],
  ['doneOnTime', '- Hoàn thành đúng hạn'],
  ['doneLate', '- Hoàn thành quá hạn'],
  ['overdue', 'Quá hạn chưa hoàn thành'],
  ['dueSoon', 'Sắp đến hạn'],
  ['inProgress', 'Đang thực hiện (trong hạn)'],
  ['notDue', 'Chưa đến hạn'],
  ['noDeadline', 'Thường xuyên / không xác định thời hạn'],
];

function changeRows(changes: ChangeSet): CellValue[][] {
  const rows = (kind: string, refs: TaskRef[]) => refs.map((ref): CellValue[] => [kind, ref.id, ref.text, ref.lead.join(OWNER_SEPARATOR)]);
  return [
    ...rows('Mới hoàn thành', changes.completed),
    ...rows('Mới quá hạn', changes.becameOverdue),
    ...rows('Nhiệm vụ mới', changes.added),
  ];
}

export function overviewSheet(context: SummaryContext, summary: Summary, paragraph: string): SheetSpec {
  const { counts, percent } = summary.overview;
  const label = (key: CountKey, text: string) => (key === 'dueSoon' ? `${text} (trong ${summary.dueSoonDays} ngày)` : text);
  const countsHeader = 6;
  const countsTable = table(TABLES.overview, countsHeader, [
    textColumn('measure', 'Chỉ tiêu', 42),
    numberColumn('count', 'Số nhiệm vụ', 14),
    percentColumn('share', 'Tỷ lệ', 12),
  ], OVERVIEW_ROWS.map(([key, text]) => [label(key, text), counts[key], fraction(percent[key])]));

  const changesCaptionRow = countsHeader + OVERVIEW_ROWS.length + 2;
  const blocks: TextBlock[] = [
    ...titleBlocks(context, 'Báo cáo tình hình thực hiện'),
    // No fixed height: each adapter sizes the row to the paragraph (a fixed one left a gap).
    { row: 3, column: 1, cells: [paragraph], style: 'paragraph', mergeAcross: 4 },
    { row: countsHeader - 1, column: 1, cells: ['1. Tổng hợp chung'], style: 'caption' },
  ];
  const tables: TableSpec[] = [countsTable];
  if (summary.changes) {
    blocks.push({ row: changesCaptionRow, column: 1, cells: [`2. Thay đổi so với lần báo cáo trước (${formatVietnameseDate(summary.changes.since)})`], style: 'caption' });
    const rows = changeRows(summary.changes);
    if (rows.length === 0) {
      blocks.push({ row: changesCaptionRow + 1, column: 1, cells: ['Không có thay đổi.'], style: 'note' });
    } else {
      tables.push(table(TABLES.changes, changesCaptionRow + 1, [
        textColumn('change', 'Thay đổi', 42),
        textColumn('id', 'Mã NV', 14),
        textColumn('text', 'Nội dung nhiệm vụ', 60, true),
        textColumn('lead', 'Cơ quan chủ trì', 28, true),
      ], rows));
    }
  } else {
    blocks.push({ row: changesCaptionRow, column: 1, cells: ['2. Chưa có lần báo cáo trước để so sánh.'], style: 'caption' });
  }
  const first = countsHeader + 1;
  const measureRange = (key: CountKey) => {
    const row = first + OVERVIEW_ROWS.findIndex(([k]) => k === key);
    return `A${row}:C${row}`;
  };
  return {
    name: SHEETS.overview,
    owned: true,
    tabColour: COLOURS.header,
    blocks,
    tables,
    conditionalFormats: [],
    fills: [
      { range: measureRange('done'), fill: COLOURS.done },
      { range: measureRange('overdue'), fill: COLOURS.overdue, fontColour: COLOURS.overdueFont },
      { range: measureRange('dueSoon'), fill: COLOURS.dueSoon },
      { range: measureRange('inProgress'), fill: COLOURS.inProgress },
      { range: measureRange('notDue'), fill: COLOURS.notStarted },
    ],
    freeze: null,
    print: printSetup(context.plan, context.asOf, null),
    charts: [],
  };
}
