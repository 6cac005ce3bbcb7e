import { statusOf } from '../../status';
import { hitFor, quote, showDate } from '../messages';
import type { TaskRule } from '../types';

/** Not done and past its (effective) deadline on the report date; the same reading as the status column. */
export const taskOverdue: TaskRule = {
  scope: 'task',
  code: 'TASK_OVERDUE',
  severity: 'warning',
  field: 'end',
  title: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue, not done' },
  check(task, context) {
    const { status, daysOverdue, deadline } = statusOf(task, context.settings);
    if (status !== 'overdue' || deadline === null || daysOverdue === null) return [];
    const { asOf } = context.settings;
    return [
      hitFor(
        task.id,
        `quá hạn ${daysOverdue} ngày (thời hạn ${quote(task.deadline.text)}, hết hạn ngày ${showDate(deadline)}, ` +
          `tính đến ngày ${showDate(asOf)}) và chưa hoàn thành.`,
        `${daysOverdue} days overdue (deadline ${quote(task.deadline.text)}, due ${showDate(deadline)}, ` +
          `as of ${showDate(asOf)}) and not done.`,
      ),
    ];
  },
};
