import { PROGRESS_LABELS, statusOf } from '../../status';
import { hitFor, quote, showDate } from '../messages';
import type { TaskRule } from '../types';

/**
 * What the planner entered disagrees with the dates: "Chưa thực hiện" on a task whose deadline
 * has passed (reported overdue, as the dates say), or "Tạm dừng" past the deadline with no reason
 * in the notes. The entry is kept; the finding asks the planner to update it or say why.
 */
export const progressVsDeadline: TaskRule = {
  scope: 'task',
  code: 'PROGRESS_VS_DEADLINE',
  severity: 'warning',
  field: 'progress',
  title: { vi: 'Tiến độ không khớp thời hạn', en: 'Progress disagrees with the deadline' },
  check(task, context) {
    if (task.progress !== 'not-started' && task.progress !== 'paused') return [];
    const { status, daysOverdue, deadline } = statusOf(task, context.settings);
    if (daysOverdue === null || deadline === null) return [];
    const label = PROGRESS_LABELS[task.progress];
    if (status === 'overdue') {
      return [
        hitFor(
          task.id,
          `tiến độ ${quote(label.vi)} nhưng thời hạn đã hết ngày ${showDate(deadline)} (${daysOverdue} ngày); ` +
            'nhiệm vụ được báo cáo là quá hạn chưa hoàn thành. Hãy cập nhật tiến độ hoặc ghi lý do ở Ghi chú.',
          `progress is ${quote(label.en)} but the deadline passed on ${showDate(deadline)} (${daysOverdue} days ago); ` +
            'the task is reported overdue. Update the progress or give the reason in the notes.',
        ),
      ];
    }
    if (status === 'paused' && task.note.trim() === '') {
      return [
        hitFor(
          task.id,
          `tạm dừng và đã qua thời hạn ngày ${showDate(deadline)} (${daysOverdue} ngày); hãy ghi lý do tạm dừng ở Ghi chú.`,
          `paused and past its deadline of ${showDate(deadline)} (${daysOverdue} days); give the reason for the pause in the notes.`
        ),
      ];
    }
    return [];
  },
};
