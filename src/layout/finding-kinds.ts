/** The kind of a finding in words (its rule's title), so nothing shows a planner a rule code. */
import type { Localized } from '../core/model';
import { RULES } from '../core/rules';

// Findings raised while reading a sheet or a file back, not by a rule of the core.
const READ_KINDS: Record<string, Localized> = {
  SHEET_COLUMN_MISSING: { vi: 'Thiếu cột trong bảng', en: 'Column missing' },
  SHEET_ROW_UNREADABLE: { vi: 'Không đọc được dòng', en: 'Row unreadable' },
  SHEET_ROW_WITHOUT_ID: { vi: 'Dòng chưa có mã nhiệm vụ', en: 'Row without an id' },
  SHEET_CELL_ERROR: { vi: 'Ô có lỗi công thức', en: 'Cell holds an error' },
  SHEET_DATE_UNREADABLE: { vi: 'Ngày không đọc được', en: 'Date unreadable' },
  SHEET_PROGRESS_UNREADABLE: { vi: 'Tiến độ không đúng danh sách', en: 'Progress not in the list' },
  SHEET_HISTORY_UNREADABLE: { vi: 'Không đọc được lịch sử báo cáo', en: 'History unreadable' },
  PDF_PAGES_WITHOUT_TEXT: { vi: 'Trang PDF không có chữ', en: 'PDF pages without text' },
};

const KINDS = new Map<string, Localized>([...RULES.map((rule): [string, Localized] => [rule.code, rule.title]), ...Object.entries(READ_KINDS)]);

const OTHER: Localized = { vi: 'Khác', en: 'Other' };

/** "Thiếu thời hạn" for DEADLINE_MISSING; "Khác" for a code nobody has named. */
export function findingKind(code: string): Localized {
  return KINDS.get(code) ?? OTHER;
}
