/**
 * "Theo đơn vị": one row per lead body, one column per status (in STATUS_ORDER, so a status the
 * core adds shows up here without a change), a total row for the plan as a whole, and a stacked
 * bar chart of status by body.
 */
import type { Status } from '../../core/model';
import { STATUS_LABELS, STATUS_ORDER } from '../../core/status';
import { countOfStatus, type StatusCounts, type Summary } from '../../core/summary';
import { columnLetter } from '../a1';
import { COLOURS, SHEETS, TABLES } from '../names';
import { printSetup } from '../print';
import type { CellValue, ChartSpec, Colour, ConditionalFormatSpec, SheetSpec } from '../spec';
import { fraction, numberColumn, percentColumn, table, textColumn, titleBlocks, type SummaryContext } from './common';

export const NO_LEAD = '(Chưa xác định cơ quan chủ trì)';
export const BY_LEAD_TOTAL_LABEL = 'Toàn kế hoạch';

/** Bar colours with meaning; a status without one here takes the next of FALLBACK_COLOURS. */
const STATUS_COLOURS: Partial<Record<Status, Colour>> = {
  'done-on-time': COLOURS.done,
  'done-late': '#F4B183',
  overdue: '#C00000',
  'due-soon': COLOURS.dueSoon,
  'in-progress': COLOURS.inProgress,
  'not-due': COLOURS.notStarted,
  'no-deadline': '#7F7F7F',
};
const FALLBACK_COLOURS: Colour[] = ['#8064A2', '#4BACC6', '#9BBB59', '#F79646', '#A5A5A5'];

export function statusColours(statuses: readonly Status[]): Colour[] {
  let next = 0;
  return statuses.map((status) => STATUS_COLOURS[status] ?? FALLBACK_COLOURS[next++ % FALLBACK_COLOURS.length]);
}

/** (done late + overdue) / (done + overdue), in percent, as the core's lead rows compute it. */
function lateRate(counts: StatusCounts): number {
  const finishedOrDue = counts.done + counts.overdue;
  return finishedOrDue === 0 ? 0 : Math.round(((counts.doneLate + counts.overdue) * 1000) / finishedOrDue) / 10;
}

export function byLeadSheet(context: SummaryContext, summary: Summary): SheetSpec {
  const headerRow = 5;
  const statuses = STATUS_ORDER;
  const columns = [
    textColumn('lead', 'Cơ quan chủ trì', 40, true),
    numberColumn('total', 'Tổng số'),
    ...statuses.map((status) => numberColumn(status, STATUS_LABELS[status].vi)),
    percentColumn('completionRate', 'Tỷ lệ hoàn thành'),
    percentColumn('lateRate', 'Tỷ lệ trễ hạn'),
  ];
  const countCells = (counts: StatusCounts): CellValue[] => [counts.total, ...statuses.map((status) => countOfStatus(counts, status))];
  const leadRows = summary.byLead.map((row) => [row.lead ?? NO_LEAD, ...countCells(row.counts), fraction(row.completionRate), fraction(row.lateRate)]);
  const overall = summary.overview.counts;
  // The plan as a whole closes the table, each task once: the last row, in the table's own formats,
  // but outside the lead rows the colours and the chart cover.
  const totalCells = [BY_LEAD_TOTAL_LABEL, ...countCells(overall), fraction(summary.overview.percent.done), fraction(lateRate(overall))];
  const firstData = headerRow + 1;
  const lastLead = headerRow + leadRows.length;
  const totalRow = lastLead + 1;
  const overdueColumn = columnLetter(3 + statuses.indexOf('overdue'));
  const rateColumn = columnLetter(columns.length);
  const firstStatus = columnLetter(3);
  const lastStatus = columnLetter(2 + statuses.length);
  const conditionalFormats: ConditionalFormatSpec[] = leadRows.length === 0 ? [] : [
    { range: `${overdueColumn}${firstData}:${overdueColumn}${lastLead}`, formula: `=$${overdueColumn}${firstData}>0`, fill: COLOURS.overdue, fontColour: COLOURS.overdueFont, stopIfTrue: true },
    { range: `${rateColumn}${firstData}:${rateColumn}${lastLead}`, formula: `=$${rateColumn}${firstData}>=0.5`, fill: COLOURS.dueSoon, stopIfTrue: true },
  ];
  const chart: ChartSpec = {
    type: 'bar-stacked',
    title: 'Tình trạng nhiệm vụ theo cơ quan chủ trì',
    // Bars per lead (column A) stacked from the status columns; "Tổng số" (B), the rates and the
    // total row are not statuses of one body and stay out of the chart.
    categories: `A${firstData}:A${lastLead}`,
    series: `${firstStatus}${headerRow}:${lastStatus}${lastLead}`,
    anchor: `A${totalRow + 3}`,
    widthColumns: 2 + statuses.length,
    heightRows: Math.min(40, Math.max(14, leadRows.length + 6)),
    seriesColours: statusColours(statuses),
    fallbackText: 'Biểu đồ chỉ có khi lập báo cáo trong Excel; ở tệp này số liệu từng tình trạng hiện bằng thanh màu trong bảng.',
  };
  return {
    name: SHEETS.byLead,
    owned: true,
    blocks: [
      ...titleBlocks(context, 'Tình hình thực hiện theo cơ quan chủ trì'),
      {
        row: 3, column: 1, style: 'note',
        cells: ['Nhiệm vụ có hai cơ quan chủ trì trở lên được tính cho mỗi cơ quan, nên cộng các dòng có thể lớn hơn dòng "Toàn kế hoạch" (mỗi nhiệm vụ tính một lần) ở cuối bảng.'],
      },
      { row: 4, column: 1, cells: ['Tỷ lệ trễ hạn = (hoàn thành quá hạn + quá hạn chưa hoàn thành) / (đã hoàn thành + quá hạn chưa hoàn thành).'], style: 'note' },
    ],
    tables: [table(TABLES.byLead, headerRow, columns, [...leadRows, totalCells])],
    conditionalFormats,
    fills: [{ range: `A${totalRow}:${columnLetter(columns.length)}${totalRow}`, fill: COLOURS.notStarted, bold: true }],
    freeze: { rows: headerRow, columns: 1 },
    print: printSetup(context.plan, context.asOf, headerRow),
    charts: leadRows.length === 0 ? [] : [chart],
  };
}
