import { hitFor } from '../messages';
import type { PlanRule } from '../types';
import { GROUP_UNSTATED_FROM, unstatedDeadlines } from '../unstated-deadlines';

/**
 * No time phrase at all: the task cannot be tracked against a date. One warning per task when
 * only a few lack a deadline; when many do, DEADLINES_NOT_STATED says it once for all of them.
 */
export const deadlineMissing: PlanRule = {
  scope: 'plan',
  code: 'DEADLINE_MISSING',
  severity: 'warning',
  title: { vi: 'Thiếu thời hạn', en: 'Deadline missing' },
  check(tasks, context) {
    const indexes = unstatedDeadlines(tasks, context);
    if (indexes.length >= GROUP_UNSTATED_FROM) return [];
    return indexes.map((index) => ({
      ...hitFor(
        tasks[index].id,
        'không có thời hạn thực hiện; hãy nhập thời hạn (dd/mm/yyyy) nếu đã được giao.',
        'has no deadline; enter one (dd/mm/yyyy) if it has been set.',
        { field: 'deadline' },
      ),
      taskIndex: index,
      taskId: tasks[index].id,
    }));
  },
};
