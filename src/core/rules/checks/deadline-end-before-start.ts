import { hitFor, quote, showDate } from '../messages';
import type { TaskRule } from '../types';

export const deadlineEndBeforeStart: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_END_BEFORE_START',
  severity: 'error',
  field: 'end',
  title: { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'End before start' },
  check(task) {
    const { start, end, text } = task.deadline;
    if (!start || !end || end >= start) return [];
    return [
      hitFor(
        task.id,
        `thời hạn ${quote(text)} kết thúc ngày ${showDate(end)}, trước ngày bắt đầu ${showDate(start)}.`,
        `the deadline ${quote(text)} ends on ${showDate(end)}, before its start on ${showDate(start)}.`,
      ),
    ];
  },
};
