import { hitFor, quote } from '../messages';
import type { PlanHit, PlanRule } from '../types';

/** Ids are the key between the catalogue and the sheet: each must be unique. Every repeat is reported. */
export const idDuplicate: PlanRule = {
  scope: 'plan',
  code: 'ID_DUPLICATE',
  severity: 'error',
  title: { vi: 'Trùng mã nhiệm vụ', en: 'Duplicate task id' },
  check(tasks) {
    const firstIndex = new Map<string, number>();
    const hits: PlanHit[] = [];
    tasks.forEach((task, index) => {
      const first = firstIndex.get(task.id);
      if (first === undefined) {
        firstIndex.set(task.id, index);
        return;
      }
      hits.push({
        ...hitFor(
          task.id,
          `mã ${quote(task.id)} trùng với nhiệm vụ ở dòng ${first + 1}; mỗi nhiệm vụ cần một mã riêng.`,
          `the id ${quote(task.id)} repeats the task on row ${first + 1}; every task needs its own id.`,
          { field: 'id' },
        ),
        taskIndex: index,
        taskId: task.id,
      });
    });
    return hits;
  },
};
