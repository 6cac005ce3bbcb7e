import { hitFor, quote, showDate } from '../messages';
import type { TaskRule } from '../types';

/**
 * A deadline that had already passed when the plan was signed (Plan 43, C.10: "thực hiện trong tháng
 * 01/2018" in a plan of 12/02/2018). The text is kept as printed; the planner decides what it means.
 */
export const deadlineBeforeIssue: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_BEFORE_ISSUE',
  severity: 'warning',
  field: 'end',
  title: { vi: 'Thời hạn trước ngày ban hành kế hoạch', en: 'Deadline before the plan was issued' },
  check(task, context) {
    const { end, text } = task.deadline;
    const issued = context.plan.issued;
    if (!end || end >= issued) return [];
    return [
      hitFor(
        task.id,
        `thời hạn ${quote(text)} kết thúc ngày ${showDate(end)}, trước ngày ban hành kế hoạch ${showDate(issued)}.`,
        `the deadline ${quote(text)} ends on ${showDate(end)}, before the plan was issued on ${showDate(issued)}.`,
      ),
    ];
  },
};
