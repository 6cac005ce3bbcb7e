import { quote } from '../messages';
import type { Localized } from '../../model';
import type { PlanRule } from '../types';

/**
 * Gap descriptions are written "Vietnamese / English" (the catalogue and the importer both do):
 * each message takes its own language, so "Kiểm tra" stays Vietnamese. Without " / ", both get it all.
 */
function bilingual(description: string): Localized {
  const trimmed = (text: string) => text.replace(/[.\s]+$/, '').trim(); // the sentence adds its own stop
  const split = description.lastIndexOf(' / ');
  if (split < 0) return { vi: trimmed(description), en: trimmed(description) };
  return { vi: trimmed(description.slice(0, split)), en: trimmed(description.slice(split + 3)) };
}

/** Lost pages: recorded so nobody reads "no tasks" where the source is simply missing. */
export const sourceGap: PlanRule = {
  scope: 'plan',
  code: 'SOURCE_GAP',
  severity: 'warning',
  title: { vi: 'Văn bản gốc bị thiếu', en: 'Source gap' },
  check(_tasks, context) {
    return (context.gaps ?? []).map((gap) => {
      const description = bilingual(gap.description);
      return {
        message: {
          vi: `Phần ${quote(gap.section)} của văn bản gốc bị thiếu: ${description.vi}. Không bổ sung bằng phỏng đoán; hãy tìm bản đầy đủ hơn.`,
          en: `Part ${quote(gap.section)} of the source is missing: ${description.en}. Nothing is filled in by guesswork; look for a fuller copy.`,
        },
        field: null,
        taskIndex: null,
        taskId: null,
      };
    });
  },
};
