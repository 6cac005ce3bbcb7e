import { hitFor, quote, showDate } from '../messages';
import type { TaskRule } from '../types';

/** Finished before the window opened: possible, but more often a mistyped year. */
export const completionBeforeStart: TaskRule = {
  scope: 'task',
  code: 'COMPLETION_BEFORE_START',
  severity: 'warning',
  field: 'completedOn',
  title: { vi: 'Ngày hoàn thành trước ngày bắt đầu', en: 'Completion date before the start' },
  check(task) {
    const { completedOn } = task;
    const { start, text } = task.deadline;
    if (!completedOn || !start || completedOn >= start) return [];
    return [
      hitFor(
        task.id,
        `ngày hoàn thành ${showDate(completedOn)} trước ngày bắt đầu ${showDate(start)} của thời hạn ${quote(text)}.`,
        `the completion date ${showDate(completedOn)} is before the start ${showDate(start)} of the deadline ${quote(text)}.`,
      ),
    ];
  },
};
