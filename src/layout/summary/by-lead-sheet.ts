/** "Theo đơn vị": one row per lead body, with a stacked bar chart of status by body. */
import type { Summary } from '../../core/summary';
import { columnLetter } from '../a1';
import { COLOURS, SHEETS, TABLES } from '../names';
import { printSetup } from '../print';
import type { SheetSpec } from '../spec';
import { fraction, numberColumn, percentColumn, table, textColumn, titleBlocks, type SummaryContext } from './common';

export const NO_LEAD = '(Chưa xác định cơ quan chủ trì)';

export function byLeadSheet(context: SummaryContext, summary: Summary): SheetSpec {
  const headerRow = 4;
  const columns = [
    textColumn('lead', 'Cơ quan chủ trì', 40, true),
    numberColumn('total', 'Tổng số'),
    numberColumn('doneOnTime', 'Hoàn thành đúng hạn'),
    numberColumn('doneLate', 'Hoàn thành quá hạn'),
    numberColumn('overdue', 'Quá hạn chưa hoàn thành'),
    numberColumn('dueSoon', 'Sắp đến hạn'),
    numberColumn('inProgress', 'Đang thực hiện'),
    numberColumn('notDue', 'Chưa đến hạn'),
    numberColumn('noDeadline', 'Không thời hạn'),
    percentColumn('completionRate', 'Tỷ lệ hoàn thành'),
    percentColumn('lateRate', 'Tỷ lệ trễ hạn'),
  ];
  const rows = summary.byLead.map((row) => [
    row.lead ?? NO_LEAD,
    row.counts.total,
    row.counts.doneOnTime,
    row.counts.doneLate,
    row.counts.overdue,
    row.counts.dueSoon,
    row.counts.inProgress,
    row.counts.notDue,
    row.counts.noDeadline,
    fraction(row.completionRate),
    fraction(row.lateRate),
  ]);
  const lastRow = headerRow + Math.max(rows.length, 1);
  const firstData = headerRow + 1;
  const rateColumn = columnLetter(11);
  return {
    name: SHEETS.byLead,
    owned: true,
    blocks: [
      ...titleBlocks(context, 'Tình hình thực hiện theo cơ quan chủ trì'),
      { row: 3, column: 1, cells: ['Tỷ lệ trễ hạn = (hoàn thành quá hạn + quá hạn chưa hoàn thành) / (đã hoàn thành + quá hạn chưa hoàn thành).'], style: 'note' },
    ],
    tables: [table(TABLES.byLead, headerRow, columns, rows)],
    conditionalFormats: [
      { range: `E${firstData}:E${lastRow}`, formula: `=$E${firstData}>0`, fill: COLOURS.overdue, fontColour: COLOURS.overdueFont, stopIfTrue: true },
      { range: `${rateColumn}${firstData}:${rateColumn}${lastRow}`, formula: `=$${rateColumn}${firstData}>=0.5`, fill: COLOURS.dueSoon, stopIfTrue: true },
    ],
    fills: [],
    freeze: { rows: headerRow, columns: 1 },
    print: printSetup(context.plan, context.asOf, headerRow),
    charts: [{
      type: 'bar-stacked',
      title: 'Tình trạng nhiệm vụ theo cơ quan chủ trì',
      // Bars per lead (column A) stacked from the status columns C (đúng hạn) … I (không thời hạn);
      // "Tổng số" (B) and the rates are not statuses and stay out of the chart.
      categories: `A${firstData}:A${lastRow}`,
      series: `C${headerRow}:I${lastRow}`,
      anchor: `A${lastRow + 3}`,
      widthColumns: 9,
      heightRows: Math.min(40, Math.max(14, rows.length + 6)),
      seriesColours: [COLOURS.done, '#F4B183', '#C00000', COLOURS.dueSoon, COLOURS.inProgress, COLOURS.notStarted, '#7F7F7F'],
      fallbackText: 'Biểu đồ chỉ có trong Excel',
    }],
  };
}
