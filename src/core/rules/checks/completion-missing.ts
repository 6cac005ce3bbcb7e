import { PROGRESS_LABELS } from '../../status';
import { hitFor, quote } from '../messages';
import type { TaskRule } from '../types';

/** Done without a date: counted as done on time (see docs/rules.md), but the date should be entered. */
export const completionMissing: TaskRule = {
  scope: 'task',
  code: 'COMPLETION_DATE_MISSING',
  severity: 'warning',
  field: 'completedOn',
  title: { vi: 'Thiếu ngày hoàn thành', en: 'Completion date missing' },
  check(task) {
    if (task.progress !== 'done' || task.completedOn) return [];
    const label = PROGRESS_LABELS.done;
    return [
      hitFor(
        task.id,
        `tiến độ ${quote(label.vi)} nhưng chưa có ngày hoàn thành; tạm tính là hoàn thành đúng hạn.`,
        `progress is ${quote(label.en)} but there is no completion date; counted as done on time meanwhile.`,
      ),
    ];
  },
};
