/** The meeting lists: overdue, due soon, and tasks with no (or an event-dependent) deadline. */
import { DEADLINE_KIND_LABELS } from '../../core/deadline';
import type { TrackedTask } from '../../core/model';
import { PROGRESS_LABELS, STATUS_LABELS } from '../../core/status';
import type { Summary } from '../../core/summary';
import { COLOURS, SHEETS, TABLES } from '../names';
import type { SheetSpec } from '../spec';
import { dateColumn, numberColumn, TASK_REF_COLUMNS, taskRefCells, textColumn, type SummaryContext, listSheet } from './common';

/**
 * Overdue tasks with what the planner entered beside them: "Tiến độ" and the note, which is where a
 * body gives its reason for the delay, so the meeting reads the reason next to the task.
 */
export function overdueSheet(context: SummaryContext, summary: Summary, tasks: readonly TrackedTask[]): SheetSpec {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  // The task text narrower than on the other lists, so the note fits on the same page width.
  const refColumns = TASK_REF_COLUMNS.map((column) => (column.key === 'text' ? { ...column, width: 46 } : column));
  return listSheet(context, SHEETS.overdue, 'Nhiệm vụ quá hạn chưa hoàn thành',
    `${summary.overdue.length} nhiệm vụ quá hạn, xếp theo số ngày quá hạn (nhiều nhất trước); tiến độ và ghi chú (lý do chậm) như đơn vị đã nhập ở trang "${SHEETS.tasks}".`,
    {
      name: TABLES.overdue,
      columns: [
        ...refColumns,
        dateColumn('deadline', 'Hạn hoàn thành', 12),
        numberColumn('days', 'Số ngày quá hạn', 10),
        textColumn('progress', 'Tiến độ đã nhập', 13, true),
        textColumn('note', 'Ghi chú của đơn vị (lý do chậm)', 36, true),
      ],
      rows: summary.overdue.map((item, i) => {
        const task = byId.get(item.id);
        return [
          ...taskRefCells(item, i),
          { date: item.deadline },
          item.daysOverdue,
          task?.progress ? PROGRESS_LABELS[task.progress].vi : null,
          task?.note?.trim() || null,
        ];
      }),
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
