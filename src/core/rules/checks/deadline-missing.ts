import { hitFor } from '../messages';
import type { TaskRule } from '../types';

/** No time phrase at all: the task cannot be tracked against a date. */
export const deadlineMissing: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_MISSING',
  severity: 'warning',
  field: 'deadline',
  title: { vi: 'Thiếu thời hạn', en: 'Deadline missing' },
  check(task) {
    if (task.deadline.kind !== 'missing') return [];
    return [
      hitFor(
        task.id,
        'không có thời hạn thực hiện; hãy nhập thời hạn (dd/mm/yyyy) nếu đã được giao.',
        'has no deadline; enter one (dd/mm/yyyy) if it has been set.',
      ),
    ];
  },
};
