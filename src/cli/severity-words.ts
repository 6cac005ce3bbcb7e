/** The words for a finding's severity, the same as the pane's (Lỗi, Cảnh báo, Lưu ý). */
import type { Localized, Severity } from '../core/model';

/** Headings of the findings list, in this order. */
export const SEVERITY_HEADINGS: [Severity, Localized][] = [
  ['error', { vi: 'Lỗi', en: 'Errors' }],
  ['warning', { vi: 'Cảnh báo', en: 'Warnings' }],
  ['info', { vi: 'Lưu ý', en: 'Notes' }],
];

/** "3 lỗi, 1 cảnh báo, 2 lưu ý" / "3 errors, 1 warnings, 2 notes". */
export function severityCounts(counts: Record<Severity, number>): Localized {
  return {
    vi: `${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} lưu ý`,
    en: `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
  };
}
