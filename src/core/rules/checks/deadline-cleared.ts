import { hitFor, quote, showDate } from '../messages';
import type { TaskRule } from '../types';

/**
 * The plan gives the task a deadline, and the sheet's Thời hạn (the phrase) or Hạn hoàn thành (the
 * date) has been emptied, so the task is no longer judged against a date.
 */
export const deadlineCleared: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_CLEARED',
  severity: 'warning',
  field: 'deadline',
  title: { vi: 'Thời hạn của kế hoạch đã bị xóa', en: 'Plan deadline cleared' },
  check(task, context) {
    const planned = context.plannedTask(task.id);
    if (planned === null) return [];
    const phraseCleared = task.deadline.kind === 'missing' && planned.deadline.kind !== 'missing';
    const dateCleared = planned.deadline.end !== null && task.deadline.end === null;
    if (!phraseCleared && !dateCleared) return [];
    const text = planned.deadline.text.trim() || showDate(planned.deadline.end ?? '');
    const field = phraseCleared ? 'deadline' : 'end';
    const cell = phraseCleared ? { vi: 'ô Thời gian thực hiện', en: 'the time cell' } : { vi: 'ô Hạn hoàn thành', en: 'the due-date cell' };
    return [
      hitFor(
        task.id,
        `kế hoạch giao thời hạn ${quote(text)} nhưng ${cell.vi} đang trống, nên nhiệm vụ không được tính hạn; ` +
          'hãy nhập lại thời hạn, hoặc ghi ở Ghi chú nếu thời hạn đã được điều chỉnh.',
        `the plan sets the deadline ${quote(text)} but ${cell.en} is empty, so the task is not tracked against a date; ` +
          'type it again, or say in the notes if it was changed.',
        { field },
      ),
    ];
  },
};
