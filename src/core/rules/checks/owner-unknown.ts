import { hitFor, quote } from '../messages';
import type { RuleHit, TaskRule } from '../types';

/**
 * A lead or support name not in the owner registry; the nearest known body is suggested, never
 * applied. A collective wording is checked too: only one close to no registered body is let be.
 */
export const ownerUnknown: TaskRule = {
  scope: 'task',
  code: 'OWNER_UNKNOWN',
  severity: 'warning',
  field: 'lead',
  title: { vi: 'Đơn vị không có trong danh mục', en: 'Unknown body' },
  check(task, context) {
    const hits: RuleHit[] = [];
    const roles = [
      { field: 'lead', names: task.lead, vi: 'Đơn vị chủ trì', en: 'lead body' },
      { field: 'support', names: task.support, vi: 'Đơn vị phối hợp', en: 'support body' },
    ] as const;
    for (const role of roles) {
      for (const name of role.names) {
        if (name.trim() === '') continue;
        const found = context.lookupOwner(name);
        // A group ("Các sở, ban, ngành") need not be registered, but one a letter away from a
        // registered body ("Các cơ quan khối Đảng Tinh") is most likely that body mistyped.
        if (found.owner || (found.collective && !found.suggestion)) continue;
        const hint = found.suggestion
          ? { vi: ` Có phải là ${quote(found.suggestion)}?`, en: ` Did you mean ${quote(found.suggestion)}?` }
          : { vi: '', en: '' };
        hits.push(
          hitFor(
            task.id,
            `${role.vi.toLowerCase()} ${quote(name)} không có trong danh mục cơ quan.${hint.vi}`,
            `the ${role.en} ${quote(name)} is not in the owner registry.${hint.en}`,
            { field: role.field, ...(found.suggestion ? { suggestion: found.suggestion } : {}) },
          ),
        );
      }
    }
    return hits;
  },
};
