import { quote } from '../messages';
import type { PlanRule } from '../types';
import { GROUP_UNSTATED_FROM, unstatedDeadlines } from '../unstated-deadlines';

/** How many task ids the grouped note names before "và … nhiệm vụ khác". */
const IDS_NAMED = 8;

/**
 * Many tasks to which the plan gives no deadline (general tasks: "quán triệt", "tuyên truyền"…):
 * one note for all of them instead of a warning each.
 */
export const deadlinesNotStated: PlanRule = {
  scope: 'plan',
  code: 'DEADLINES_NOT_STATED',
  severity: 'info',
  title: { vi: 'Kế hoạch không nêu thời hạn', en: 'Plan states no deadline' },
  check(tasks, context) {
    const indexes = unstatedDeadlines(tasks, context);
    if (indexes.length < GROUP_UNSTATED_FROM) return [];
    const ids = indexes.map((index) => tasks[index].id);
    const named = ids.slice(0, IDS_NAMED).map(quote).join(', ');
    const rest = ids.length - Math.min(ids.length, IDS_NAMED);
    const restVi = rest > 0 ? ` và ${rest} nhiệm vụ khác` : '';
    const restEn = rest > 0 ? ` and ${rest} more` : '';
    return [{
      message: {
        vi:
          `Kế hoạch không nêu thời hạn cho ${ids.length} nhiệm vụ (${named}${restVi}); các nhiệm vụ này được theo dõi ` +
          'là "Chưa xác định thời hạn", không tính quá hạn. Nhập thời hạn (dd/mm/yyyy) cho nhiệm vụ nào đã được giao hạn.',
        en:
          `The plan states no deadline for ${ids.length} tasks (${named}${restEn}); they are tracked as "no deadline set" ` +
          'and never counted overdue. Enter a deadline (dd/mm/yyyy) for any that has been given one.',
      },
      field: 'deadline',
      taskIndex: null,
      taskId: null,
    }];
  },
};
