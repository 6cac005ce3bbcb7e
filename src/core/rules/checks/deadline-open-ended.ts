import { hitFor, quote } from '../messages';
import type { TaskRule } from '../types';

/** "từ năm 2020": a start and no end, so the task can never fall overdue. */
export const deadlineOpenEnded: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_OPEN_ENDED',
  severity: 'info',
  field: 'end',
  title: { vi: 'Thời hạn không có ngày kết thúc', en: 'Open-ended deadline' },
  check(task) {
    if (task.deadline.kind !== 'from') return [];
    const phrase = quote(task.deadline.text);
    return [
      hitFor(
        task.id,
        `thời hạn ${phrase} chỉ có ngày bắt đầu, không có ngày kết thúc; nhiệm vụ không bao giờ bị tính quá hạn.`,
        `the deadline ${phrase} has a start but no end; the task can never be counted overdue.`,
      ),
    ];
  },
};
