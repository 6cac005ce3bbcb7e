import { hitFor, quote } from '../messages';
import type { TaskRule } from '../types';

/** "Các sở, ban, ngành" as lead: valid, but no single body answers for the task. */
export const ownerCollective: TaskRule = {
  scope: 'task',
  code: 'OWNER_COLLECTIVE',
  severity: 'info',
  field: 'lead',
  title: { vi: 'Chủ trì là tập thể nhiều đơn vị', en: 'Collective lead' },
  check(task, context) {
    return task.lead
      .filter((name) => name.trim() !== '' && context.lookupOwner(name).collective)
      .map((name) =>
        hitFor(
          task.id,
          `đơn vị chủ trì ${quote(name)} là một nhóm cơ quan, không có một đơn vị chịu trách nhiệm chính.`,
          `the lead ${quote(name)} is a group of bodies; no single body is accountable.`,
        ),
      );
  },
};
