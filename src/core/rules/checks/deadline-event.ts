import { hitFor, quote } from '../messages';
import type { TaskRule } from '../types';

/** "Sau khi Nghị định … được ban hành": the date depends on an event the tracker cannot see. */
export const deadlineEvent: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_EVENT',
  severity: 'info',
  field: 'deadline',
  title: { vi: 'Thời hạn phụ thuộc sự kiện', en: 'Event-dependent deadline' },
  check(task) {
    if (task.deadline.kind !== 'event') return [];
    const phrase = quote(task.deadline.text);
    return [
      hitFor(
        task.id,
        `thời hạn ${phrase} phụ thuộc một sự kiện; khi sự kiện xảy ra, hãy nhập ngày cụ thể.`,
        `the deadline ${phrase} depends on an event; once it happens, enter an explicit date.`,
      ),
    ];
  },
};
