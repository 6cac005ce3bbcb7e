import { CELL_TEXT_LIMIT } from '../../text/cell-text';
import { hitFor } from '../messages';
import type { RuleHit, TaskRule } from '../types';
import type { TaskField } from '../../model';

/** A list of bodies is one cell in the sheet, joined as the tasks sheet joins it (at least). */
const joined = (names: readonly string[]) => names.join('; ');

/**
 * A cell holds at most 32,767 characters: the workbook shows a longer field cut there (the stored
 * plan keeps it whole). Tasks are read back from the sheet, where a cut field is exactly as long
 * as the limit, so a field that fills a cell is reported: the planner knows the cell may not hold
 * the full text.
 */
export const textTooLong: TaskRule = {
  scope: 'task',
  code: 'TEXT_TOO_LONG',
  severity: 'warning',
  field: 'text',
  title: { vi: 'Nội dung dài hơn một ô chứa được', en: 'Text longer than a cell holds' },
  check(task) {
    const fields: [TaskField, string, string, string][] = [
      ['text', task.text, 'nội dung', 'the text'],
      ['lead', joined(task.lead), 'cơ quan chủ trì', 'the lead bodies'],
      ['support', joined(task.support), 'cơ quan phối hợp', 'the support bodies'],
      ['deadline', task.deadline.text, 'thời hạn', 'the deadline'],
    ];
    const hits: RuleHit[] = [];
    for (const [field, value, vi, en] of fields) {
      if (value.length < CELL_TEXT_LIMIT) continue;
      const limit = CELL_TEXT_LIMIT.toLocaleString('en-US');
      hits.push(hitFor(
        task.id,
        `${vi} dài ${value.length.toLocaleString('vi-VN')} ký tự, đầy một ô Excel (tối đa ${CELL_TEXT_LIMIT.toLocaleString('vi-VN')} ký tự): phần dài hơn bị cắt khỏi ô; kế hoạch lưu trong sổ tính vẫn giữ đủ.`,
        `${en} is ${value.length.toLocaleString('en-US')} characters long and fills an Excel cell (at most ${limit}): anything longer is cut from the cell; the plan stored in the workbook keeps it whole.`,
        { field },
      ));
    }
    return hits;
  },
};
