import { quote } from '../messages';
import type { PlanRule } from '../types';

/** Lost pages: recorded so nobody reads "no tasks" where the source is simply missing. */
export const sourceGap: PlanRule = {
  scope: 'plan',
  code: 'SOURCE_GAP',
  severity: 'warning',
  title: { vi: 'Văn bản gốc bị thiếu', en: 'Source gap' },
  check(_tasks, context) {
    return (context.gaps ?? []).map((gap) => {
      const description = gap.description.replace(/[.\s]+$/, ''); // the sentence below adds its own stop
      return {
        message: {
          vi: `Phần ${quote(gap.section)} của văn bản gốc bị thiếu: ${description}. Không bổ sung bằng phỏng đoán; hãy tìm bản đầy đủ hơn.`,
          en: `Part ${quote(gap.section)} of the source is missing: ${description}. Nothing is filled in by guesswork; look for a fuller copy.`,
        },
        field: null,
        taskIndex: null,
        taskId: null,
      };
    });
  },
};
