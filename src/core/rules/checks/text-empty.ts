import { hitFor } from '../messages';
import type { TaskRule } from '../types';

export const textEmpty: TaskRule = {
  scope: 'task',
  code: 'TEXT_EMPTY',
  severity: 'error',
  field: 'text',
  title: { vi: 'Nội dung nhiệm vụ trống', en: 'Empty task text' },
  check(task) {
    if (task.text.trim() !== '') return [];
    return [hitFor(task.id, 'nội dung nhiệm vụ trống.', 'the task text is empty.')];
  },
};
