/**
 * A plan file in which the importer found no task (an empty file, a letter, a text it cannot
 * read) is a failure, not an empty workbook: exit 1, with everything the importer noticed, so the
 * planner sees why (IMPORT_EMPTY first, then the header fields it could not find …).
 */
import type { Finding, Localized, Severity } from '../core/model';
import { CliFailure } from './io';

const SEVERITY_WORDS: Record<Severity, Localized> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'lưu ý', en: 'note' },
};
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function planWithoutTasksFailure(path: string, text: string, findings: readonly Finding[]): CliFailure {
  const empty = text.trim() === '' ? ' (tệp không có chữ nào / the file holds no text)' : '';
  const lines = [`không tìm thấy nhiệm vụ nào trong tệp / no tasks found in the file: ${path}${empty}`];
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const finding of sorted) {
    const severity = SEVERITY_WORDS[finding.severity];
    lines.push(`  ${severity.vi} / ${severity.en}  ${finding.code}  ${finding.message.vi} / ${finding.message.en}`);
  }
  return new CliFailure(lines.join('\n'));
}
