import { hitFor, quote } from '../messages';
import type { TaskRule } from '../types';

/** A task cut by a missing page: kept as printed, never completed by guesswork. */
export const taskFragment: TaskRule = {
  scope: 'task',
  code: 'TASK_FRAGMENT',
  severity: 'warning',
  field: 'text',
  title: { vi: 'Nhiệm vụ bị thiếu nội dung (mất trang)', en: 'Incomplete task (missing page)' },
  check(task) {
    if (!task.incomplete) return [];
    // The remarks themselves stay in their own column; the message only points at them.
    const why = task.remarks && task.remarks.length > 0 ? { vi: ' (xem ghi chú)', en: ' (see the remarks)' } : { vi: '', en: '' };
    const excerpt = quote(task.text.length > 80 ? `${task.text.slice(0, 80)}…` : task.text);
    return [
      hitFor(
        task.id,
        `nội dung ${excerpt} không đầy đủ do bản gốc bị thiếu${why.vi}; hãy đối chiếu văn bản gốc.`,
        `the text ${excerpt} is incomplete because the source is cut${why.en}; check the original document.`,
      ),
    ];
  },
};
