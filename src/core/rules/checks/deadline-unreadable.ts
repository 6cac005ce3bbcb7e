import { hitFor, quote } from '../messages';
import type { TaskRule } from '../types';

/** A phrase the reader could not turn into dates: not a fault of the plan, a question for the planner. */
export const deadlineUnreadable: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_UNREADABLE',
  severity: 'warning',
  field: 'deadline',
  title: { vi: 'Không đọc được thời hạn', en: 'Deadline unreadable' },
  check(task) {
    if (task.deadline.kind !== 'unknown') return [];
    const phrase = quote(task.deadline.text);
    return [
      hitFor(
        task.id,
        `không đọc được thời hạn ${phrase}; hãy nhập ngày cụ thể (dd/mm/yyyy).`,
        `the deadline ${phrase} could not be read; enter an explicit date (dd/mm/yyyy).`,
      ),
    ];
  },
};
