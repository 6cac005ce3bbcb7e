import { hitFor, quote } from '../messages';
import type { TaskRule } from '../types';

/** The plan gives the task a deadline, and the sheet's Thời hạn has been emptied. */
export const deadlineCleared: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_CLEARED',
  severity: 'warning',
  field: 'deadline',
  title: { vi: 'Thời hạn của kế hoạch đã bị xóa', en: 'Plan deadline cleared' },
  check(task, context) {
    if (task.deadline.kind !== 'missing') return [];
    const planned = context.plannedTask(task.id);
    if (planned === null || planned.deadline.kind === 'missing' || planned.deadline.text.trim() === '') return [];
    const text = planned.deadline.text.trim();
    return [
      hitFor(
        task.id,
        `kế hoạch giao thời hạn ${quote(text)} nhưng ô Thời hạn đang trống, nên nhiệm vụ không được tính hạn; ` +
          'hãy nhập lại thời hạn, hoặc ghi ở Ghi chú nếu thời hạn đã được điều chỉnh.',
        `the plan sets the deadline ${quote(text)} but the deadline cell is empty, so the task is not tracked against a date; ` +
          'type it again, or say in the notes if it was changed.',
      ),
    ];
  },
};
