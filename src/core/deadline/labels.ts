/** How each deadline kind is named to a planner: Vietnamese first, with English. */
import type { DeadlineKind, Localized } from '../model';

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, Localized> = {
  missing: { vi: 'Không ghi thời gian', en: 'No time stated' },
  year: { vi: 'Trong năm', en: 'Within a year' },
  month: { vi: 'Trong tháng', en: 'Within a month' },
  quarter: { vi: 'Trong quý', en: 'Within a quarter' },
  'half-year': { vi: 'Sáu tháng', en: 'Half-year' },
  'ten-day': { vi: 'Tuần (mười ngày) trong tháng', en: 'Ten-day part of a month' },
  part: { vi: 'Đầu / giữa / cuối kỳ (theo quy ước)', en: 'Early / mid / late in a period (by convention)' },
  range: { vi: 'Từ … đến …', en: 'Date range' },
  term: { vi: 'Nhiệm kỳ', en: 'Term of office' },
  milestones: { vi: 'Theo các mốc', en: 'Milestones' },
  from: { vi: 'Từ thời điểm, không có hạn kết thúc', en: 'From a date, open-ended' },
  until: { vi: 'Đến thời hạn', en: 'Until a deadline' },
  'by-date': { vi: 'Hạn chót', en: 'Due by a date' },
  continuous: { vi: 'Thường xuyên / khi có yêu cầu', en: 'Continuous / on request' },
  recurring: { vi: 'Định kỳ', en: 'Recurring' },
  event: { vi: 'Phụ thuộc sự kiện', en: 'Depends on an event' },
  unknown: { vi: 'Không đọc được thời gian', en: 'Time phrase not understood' },
};
