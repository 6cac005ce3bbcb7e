import { hitFor, showDate } from '../messages';
import type { TaskRule } from '../types';

export const completionFuture: TaskRule = {
  scope: 'task',
  code: 'COMPLETION_DATE_FUTURE',
  severity: 'error',
  field: 'completedOn',
  title: { vi: 'Ngày hoàn thành sau ngày báo cáo', en: 'Completion date in the future' },
  check(task, context) {
    const { completedOn } = task;
    const { asOf } = context.settings;
    if (!completedOn || completedOn <= asOf) return [];
    return [
      hitFor(
        task.id,
        `ngày hoàn thành ${showDate(completedOn)} sau ngày báo cáo ${showDate(asOf)}.`,
        `the completion date ${showDate(completedOn)} is after the report date ${showDate(asOf)}.`,
      ),
    ];
  },
};
