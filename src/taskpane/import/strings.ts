/** The import panel's words, Vietnamese first. */
import { fillPlaceholders } from '../shared/fill-placeholders';

export type ImportLang = 'vi' | 'en';

const both = <T extends Record<string, { vi: string; en: string }>>(table: T) => table;

export const IMPORT_STRINGS = both({
  title: { vi: 'Nhập kế hoạch từ văn bản', en: 'Import a plan from its text' },
  pasteLabel: { vi: 'Dán nội dung kế hoạch', en: 'Paste the plan text' },
  pasteHint: {
    vi: 'Dán toàn bộ văn bản Kế hoạch (cả phần đầu có số, ngày ban hành) hoặc chọn tệp .txt, .md, .docx, .pdf.',
    en: 'Paste the whole Kế hoạch (with its header: number, date) or choose a .txt, .md, .docx or .pdf file.',
  },
  chooseFile: { vi: 'Chọn tệp…', en: 'Choose a file…' },
  fileLabel: { vi: 'Tệp kế hoạch (.txt, .md, .docx, .pdf)', en: 'Plan file (.txt, .md, .docx, .pdf)' },
  reading: { vi: 'Đang đọc tệp…', en: 'Reading the file…' },
  importing: { vi: 'Đang đọc kế hoạch…', en: 'Reading the plan…' },
  review: { vi: 'Xem trước', en: 'Review' },
  back: { vi: 'Quay lại', en: 'Back' },
  load: { vi: 'Tải vào bảng tính', en: 'Load into the workbook' },
  loaded: { vi: 'Đã chuyển {n} nhiệm vụ để tải vào bảng tính.', en: 'Handed {n} tasks over to be loaded into the workbook.' },
  replace: { vi: 'Thay thế kế hoạch', en: 'Replace plan' },
  otherPlan: {
    vi: 'Sổ tính này đang theo dõi Kế hoạch {held}; kế hoạch vừa nhập là Kế hoạch {plan}. Tiện ích không trộn hai kế hoạch trong một sổ tính. ' +
      'Để theo dõi Kế hoạch {plan} riêng, hãy mở một sổ tính mới (Tệp › Mới) rồi nhập kế hoạch ở đó. ' +
      'Hoặc chọn "Thay thế kế hoạch": các dòng của Kế hoạch {held} được giữ (giá trị) trên một trang riêng, rồi Kế hoạch {plan} được tải vào.',
    en: 'This workbook tracks plan {held}; the imported plan is {plan}. The add-in never mixes two plans in one workbook. ' +
      'To track plan {plan} on its own, open a new workbook (File › New) and import the plan there. ' +
      'Or choose "Replace plan": the rows of plan {held} are kept (as values) on a sheet of their own, then plan {plan} is loaded.',
  },
  planNumber: { vi: 'Số kế hoạch', en: 'Plan number' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
  issued: { vi: 'Ngày ban hành', en: 'Issue date' },
  planTitle: { vi: 'Trích yếu', en: 'Title' },
  implements: { vi: 'Thực hiện', en: 'Implements' },
  unknown: { vi: '(không tìm thấy)', en: '(not found)' },
  sectionsTitle: { vi: 'Số nhiệm vụ theo mục', en: 'Tasks per section' },
  section: { vi: 'Mục', en: 'Section' },
  sectionHeading: { vi: 'Tiêu đề', en: 'Heading' },
  taskCount: { vi: 'Số nhiệm vụ', en: 'Tasks' },
  headingLost: { vi: '(tiêu đề bị mất)', en: '(heading lost)' },
  total: { vi: 'Tổng cộng: {n} nhiệm vụ', en: 'Total: {n} tasks' },
  findingsTitle: { vi: 'Những điều cần xem lại ({n})', en: 'Points to review ({n})' },
  noFindings: { vi: 'Không có gì cần xem lại.', en: 'Nothing to review.' },
  noTasks: {
    vi: 'Không tìm thấy nhiệm vụ nào nên không thể tải vào bảng tính. Văn bản cần có phần "Nhiệm vụ", "Nội dung", "Giải pháp" hoặc ' +
      '"Tổ chức thực hiện"; xem các điều cần xem lại bên dưới, sửa văn bản rồi bấm "Xem trước" lại.',
    en: 'No tasks were found, so there is nothing to load into the workbook. The text needs a "Nhiệm vụ", "Nội dung", "Giải pháp" or ' +
      '"Tổ chức thực hiện" part; see the points to review below, correct the text and press "Review" again.',
  },
  fileError: { vi: 'Không đọc được tệp "{name}": {reason}', en: 'Could not read "{name}": {reason}' },
  fileType: { vi: 'chỉ nhận tệp .txt, .md, .docx hoặc .pdf', en: 'only .txt, .md, .docx or .pdf files are accepted' },
  planWide: { vi: 'Toàn kế hoạch', en: 'Whole plan' },
  identity: { vi: 'Ghi chú', en: 'Note' },
  tasksTitle: { vi: 'Danh sách nhiệm vụ ({n}) và dòng trong văn bản', en: 'Tasks ({n}) and their lines in the text' },
  line: { vi: 'dòng {n}', en: 'line {n}' },
  lines: { vi: 'dòng {first}–{last}', en: 'lines {first}–{last}' },
  leadLabel: { vi: 'chủ trì', en: 'lead' },
  timeLabel: { vi: 'thời gian', en: 'time' },
  none: { vi: '(không có)', en: '(none)' },
});

export type ImportStringKey = keyof typeof IMPORT_STRINGS;

/** The word in `lang`, with {placeholders} filled. */
export function sayImport(lang: ImportLang, key: ImportStringKey, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(IMPORT_STRINGS[key][lang], values);
}
