import { hitFor } from '../messages';
import type { TaskRule } from '../types';

export const leadMissing: TaskRule = {
  scope: 'task',
  code: 'LEAD_MISSING',
  severity: 'warning',
  field: 'lead',
  title: { vi: 'Thiếu đơn vị chủ trì', en: 'Lead body missing' },
  check(task) {
    if (task.lead.some((name) => name.trim() !== '')) return [];
    return [
      hitFor(
        task.id,
        'chưa có đơn vị chủ trì; hãy nhập cơ quan chịu trách nhiệm chính.',
        'has no lead body; enter the body accountable for it.',
      ),
    ];
  },
};
