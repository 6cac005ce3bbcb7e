/** The meeting lists: overdue, due soon, and tasks with no (or an event-dependent) deadline. */
import { DEADLINE_KIND_LABELS } from '../../core/deadline';
import { STATUS_LABELS } from '../../core/status';
import type { Summary } from '../../core/summary';
import { COLOURS, SHEETS, TABLES } from '../names';
import type { SheetSpec } from '../spec';
import { dateColumn, numberColumn, TASK_REF_COLUMNS, taskRefCells, textColumn, type SummaryContext, listSheet } from './common';

export function overdueSheet(context: SummaryContext, summary: Summary): SheetSpec {
  return listSheet(context, SHEETS.overdue, 'Nhiệm vụ quá hạn chưa hoàn thành',
    `${summary.overdue.length} nhiệm vụ quá hạn, xếp theo số ngày quá hạn (nhiều nhất trước).`,
    {
      name: TABLES.overdue,
      columns: [...TASK_REF_COLUMNS, dateColumn('deadline', 'Hạn hoàn thành', 13), numberColumn('days', 'Số ngày quá hạn', 12)],
      rows: summary.overdue.map((item, i) => [...taskRefCells(item, i), { date: item.deadline }, item.daysOverdue]),
    },
    { tabColour: COLOURS.overdueFont });
}

export function dueSoonSheet(context: SummaryContext, summary: Summary): SheetSpec {
  return listSheet(context, SHEETS.dueSoon, `Nhiệm vụ sắp đến hạn (trong ${summary.dueSoonDays} ngày)`,
    `${summary.dueSoon.length} nhiệm vụ chưa hoàn thành có hạn trong ${summary.dueSoonDays} ngày tới.`,
    {
      name: TABLES.dueSoon,
      columns: [...TASK_REF_COLUMNS, dateColumn('deadline', 'Hạn hoàn thành', 13), numberColumn('daysLeft', 'Còn (ngày)', 10)],
      rows: summary.dueSoon.map((item, i) => [...taskRefCells(item, i), { date: item.deadline }, item.daysLeft]),
    },
    { tabColour: '#ED7D31' });
}

export function noDeadlineSheet(context: SummaryContext, summary: Summary): SheetSpec {
  return listSheet(context, SHEETS.noDeadline, 'Nhiệm vụ thường xuyên, không có hoặc chưa xác định thời hạn',
    'Các nhiệm vụ này không tính vào số quá hạn; cần theo dõi riêng.',
    {
      name: TABLES.noDeadline,
      columns: [...TASK_REF_COLUMNS, textColumn('kind', 'Loại thời hạn', 22, true), textColumn('status', 'Tình trạng', 22, true)],
      rows: summary.noDeadline.map((item, i) => [...taskRefCells(item, i), DEADLINE_KIND_LABELS[item.kind].vi, STATUS_LABELS[item.status].vi]),
    });
}
