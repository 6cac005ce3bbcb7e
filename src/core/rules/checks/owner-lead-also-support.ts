import { hitFor, quote } from '../messages';
import type { TaskRule } from '../types';

/** The same body (under any spelling) listed both as lead and as support. */
export const ownerLeadAlsoSupport: TaskRule = {
  scope: 'task',
  code: 'OWNER_LEAD_ALSO_SUPPORT',
  severity: 'warning',
  field: 'support',
  title: { vi: 'Một đơn vị vừa chủ trì vừa phối hợp', en: 'Same body as lead and support' },
  check(task, context) {
    const leads = new Set(task.lead.filter((n) => n.trim() !== '').map((n) => context.lookupOwner(n).identity));
    return task.support
      .filter((name) => name.trim() !== '' && leads.has(context.lookupOwner(name).identity))
      .map((name) =>
        hitFor(
          task.id,
          `${quote(name)} vừa là đơn vị chủ trì vừa là đơn vị phối hợp; hãy bỏ khỏi danh sách phối hợp.`,
          `${quote(name)} is both the lead and a support body; remove it from the support list.`,
        ),
      );
  },
};
