/** The working panel's words, Vietnamese first. The shell's own words live in ../i18n. */
import { fillPlaceholders } from '../shared/fill-placeholders';

export type PanelLang = 'vi' | 'en';

const both = <T extends Record<string, { vi: string; en: string }>>(table: T) => table;

export const PANEL_STRINGS = both({
  reportDate: { vi: 'Tính đến ngày', en: 'Report date (as of)' },
  reportDateHint: { vi: 'Dạng ngày/tháng/năm, ví dụ 30/06/2019: ngày dùng để tính quá hạn, sắp đến hạn.', en: 'Day/month/year, e.g. 30/06/2019: the date overdue and due soon are counted from.' },
  dueSoonDays: { vi: 'Sắp đến hạn trong (ngày)', en: 'Due soon within (days)' },
  load: { vi: 'Tải kế hoạch', en: 'Load plan' },
  replace: { vi: 'Thay thế kế hoạch', en: 'Replace plan' },
  replaceNotice: {
    vi: 'Sổ tính đang theo dõi Kế hoạch {old}. "Thay thế kế hoạch" chép các dòng của Kế hoạch {old} (giá trị) sang một trang riêng rồi tải Kế hoạch {plan} vào "Nhiệm vụ". Muốn giữ cả hai, hãy mở một sổ tính mới cho Kế hoạch {plan}.',
    en: 'The workbook tracks plan {old}. "Replace plan" copies the rows of plan {old} (as values) to a sheet of their own, then loads plan {plan} into "Nhiệm vụ". To keep both, open a new workbook for plan {plan}.',
  },
  validate: { vi: 'Kiểm tra', en: 'Check' },
  summarize: { vi: 'Lập báo cáo', en: 'Make report' },
  report: { vi: 'Xuất báo cáo (.docx)', en: 'Export report (.docx)' },
  reported: {
    vi: 'Đã tạo báo cáo Word "{file}" (báo cáo, các bảng tổng hợp và Phụ lục); bảng tính không thay đổi.',
    en: 'Made the Word report "{file}" (report, summary tables and annex); the workbook is unchanged.',
  },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  loadedNew: { vi: 'Đã tải {n} nhiệm vụ của Kế hoạch {plan} vào trang "Nhiệm vụ".', en: 'Loaded {n} tasks of plan {plan} into the "Nhiệm vụ" sheet.' },
  replaced: {
    vi: 'Đã thay Kế hoạch {old} bằng Kế hoạch {plan} ({n} nhiệm vụ). Các dòng của Kế hoạch {old} được giữ trên trang "{sheet}".',
    en: 'Replaced plan {old} by plan {plan} ({n} tasks). The rows of plan {old} are kept on the sheet "{sheet}".',
  },
  loadedRefresh: {
    vi: 'Đã cập nhật {n} nhiệm vụ: {added} mới, {retired} đã rút khỏi kế hoạch, {planner} dòng bổ sung được giữ, {kept} ô bạn sửa được giữ nguyên.',
    en: 'Refreshed {n} tasks: {added} new, {retired} retired, {planner} added rows kept, {kept} edited cells kept.',
  },
  validated: { vi: 'Kiểm tra {n} nhiệm vụ: {error} lỗi, {warning} cảnh báo, {info} lưu ý.', en: 'Checked {n} tasks: {error} errors, {warning} warnings, {info} notes.' },
  summarized: { vi: 'Đã lập báo cáo ({sheets} trang tính).', en: 'Report ready ({sheets} sheets).' },
  findingsTitle: { vi: 'Kết quả kiểm tra', en: 'Findings' },
  findingsHint: { vi: 'Nhấn (hoặc Enter) để chọn ô trong bảng tính.', en: 'Click (or press Enter) to select the cell.' },
  noFindings: { vi: 'Không có phát hiện nào.', en: 'Nothing found.' },
  planWide: { vi: 'Toàn kế hoạch', en: 'Whole plan' },
  errorTitle: { vi: 'Chưa thực hiện được', en: 'Could not finish' },
  // Never "save": after a failed command the workbook may hold half of a write.
  unexpected: {
    vi: 'Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ. Nếu thấy trang tính thiếu dữ liệu, đừng lưu đè tệp.',
    en: 'Something unexpected went wrong. Try again; if it persists, close and reopen the task pane. If a sheet looks incomplete, do not save over the file.',
  },
  invalidDate: { vi: 'Ngày báo cáo không hợp lệ: hãy nhập ngày/tháng/năm, ví dụ 30/06/2019.', en: 'The report date is not valid: type day/month/year, e.g. 30/06/2019.' },
  invalidDueSoon: { vi: 'Số ngày phải là số nguyên từ 0 đến 366.', en: 'The number of days must be a whole number from 0 to 366.' },
  handedOver: {
    vi: 'Đã nhận Kế hoạch {plan} ({n} nhiệm vụ) từ phần nhập. Bấm "Tải kế hoạch" để ghi vào trang "Nhiệm vụ".',
    en: 'Plan {plan} ({n} tasks) received from the import. Press "Load plan" to write it into the "Nhiệm vụ" sheet.',
  },
});

export type PanelStringKey = keyof typeof PANEL_STRINGS;

/** The word in `lang`, with {placeholders} filled. */
export function say(lang: PanelLang, key: PanelStringKey, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(PANEL_STRINGS[key][lang], values);
}
