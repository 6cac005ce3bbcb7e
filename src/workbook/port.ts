/**
 * The whole surface the services use to touch a workbook. Three adapters implement it: Office
 * (Excel.run, in the task pane and ribbon commands), ExcelJS (CLI, browser download) and memory
 * (browser preview, tests). Batch-minded: a command calls `readTables` once, computes in the core,
 * then calls `write` once. No Excel or ExcelJS type appears here.
 */
import type { Localized } from '../core/model';
import type { TableRead } from '../layout/readback/table-read';
import type { CellValue, Colour, PrintSpec, SheetSpec } from '../layout/spec';

export interface SheetInfo {
  name: string;
  /** Names of the Excel tables on this sheet. */
  tables: string[];
  /** Hidden from the tabs (Excel's "Hidden" or "VeryHidden"). */
  hidden: boolean;
}

/** Which table to read. Without `table`, the first table on the sheet is read. */
export interface TableRef {
  sheet: string;
  table?: string;
}

/** Values written into an existing (possibly planner-edited) sheet, without rewriting it. */
export interface RangePatch {
  sheet: string;
  /** A1 address of the top-left cell. */
  topLeft: string;
  values: CellValue[][];
}

/**
 * Fill colour on individual cells, e.g. the cells a finding points at. `clear` is the range whose
 * earlier marks are removed first (fill reset), so marks from the previous run do not linger.
 */
export interface CellMarks {
  sheet: string;
  clear: string | null;
  /** A1 addresses. */
  cells: string[];
  fill: Colour;
}

/**
 * New page-header text for a sheet the command does not rewrite, e.g. "Tính đến ngày …" on the
 * tasks sheet when a report is made for another date. The rest of the sheet's print setup stays.
 */
export interface PageHeaderPatch {
  sheet: string;
  header: PrintSpec['header'];
}

export interface WriteRequest {
  /** Owned sheets, each created or cleared and rewritten whole, in this order. */
  sheets: SheetSpec[];
  patches?: RangePatch[];
  marks?: CellMarks[];
  pageHeaders?: PageHeaderPatch[];
  /** The sheet (and cell) to show when done. */
  activate?: { sheet: string; cell?: string };
}

/** Progress of a command, 0 → 1, with words for the pane. */
export interface ProgressReport {
  fraction: number;
  step: Localized;
}

export type ProgressListener = (report: ProgressReport) => void;

export interface WorkbookPort {
  /** Sheets in tab order with their tables. */
  listSheets(): Promise<SheetInfo[]>;
  /** Reads several tables in one batch; null for a table (or sheet) that does not exist. */
  readTables(refs: TableRef[]): Promise<(TableRead | null)[]>;
  /** Writes everything of one command; reports progress as chunks are written. */
  write(request: WriteRequest, onProgress?: ProgressListener): Promise<void>;
  /** Selects a cell and shows its sheet (a finding clicked in the pane). */
  select(sheet: string, cell: string): Promise<void>;
}

/** What went wrong, in terms a planner can act on. */
export type WorkbookErrorKind =
  | 'table-missing' // a table the command needs is gone or was renamed
  | 'sheet-missing' // a sheet the command needs is gone or was renamed
  | 'insert-delete-conflict' // Excel refused to shift cells: a table, merged cells or an array formula is in the way
  | 'sheet-protected' // Excel refused: the sheet or workbook is protected
  | 'cell-edit-mode' // Excel is busy: the planner is editing a cell
  | 'api-unsupported' // this Excel is too old for a needed API set
  | 'sheet-name-taken' // a sheet the add-in would write belongs to the planner
  | 'too-large' // a request would exceed Excel's payload limit even when chunked
  | 'plan-mismatch' // the workbook tracks another plan than the one the command was given
  | 'plan-unreadable' // the plan stored in the workbook is damaged
  | 'unknown';

/** The one error type adapters and services throw; `message` is Vietnamese, `words` has both. */
export class WorkbookError extends Error {
  readonly kind: WorkbookErrorKind;
  readonly words: Localized;

  constructor(kind: WorkbookErrorKind, words: Localized, options?: { cause?: unknown }) {
    super(words.vi, options);
    this.name = 'WorkbookError';
    this.kind = kind;
    this.words = words;
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}

/**
 * The standard words for each kind, so every adapter says the same thing. `subject` names the
 * sheet or table concerned, when there is one.
 */
export function workbookError(kind: WorkbookErrorKind, subject?: string, cause?: unknown): WorkbookError {
  const what = subject ? ` "${subject}"` : '';
  const words: Record<WorkbookErrorKind, Localized> = {
    'table-missing': {
      vi: `Không tìm thấy bảng${what}. Bảng có thể đã bị xóa hoặc đổi tên; hãy chạy "Tải kế hoạch" để tạo lại.`,
      en: `Table${what} not found. It may have been deleted or renamed; run "Load plan" to recreate it.`,
    },
    'sheet-missing': {
      vi: `Không tìm thấy trang tính${what}. Trang tính có thể đã bị xóa hoặc đổi tên; hãy chạy "Tải kế hoạch" để tạo lại.`,
      en: `Sheet${what} not found. It may have been deleted or renamed; run "Load plan" to recreate it.`,
    },
    'insert-delete-conflict': {
      vi: `Excel không chèn hoặc xóa được ô trên trang${what} vì vướng một bảng, ô gộp hoặc công thức mảng. Hãy bỏ gộp ô hoặc dời bảng, công thức đó ra khỏi vùng của tiện ích rồi thử lại.`,
      en: `Excel could not insert or delete cells on${what} because a table, merged cells or an array formula is in the way. Unmerge the cells or move that table or formula out of the add-in's area, then try again.`,
    },
    'sheet-protected': {
      vi: `Trang tính${what} đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Review › Unprotect Sheet) rồi thử lại.`,
      en: `Sheet${what} is protected, so nothing could be written. Unprotect it (Review › Unprotect Sheet) and try again.`,
    },
    'cell-edit-mode': {
      vi: 'Excel đang bận vì một ô đang được sửa. Hãy nhấn Enter hoặc Esc để thoát khỏi ô rồi thử lại.',
      en: 'Excel is busy because a cell is being edited. Press Enter or Esc to leave the cell, then try again.',
    },
    'api-unsupported': {
      vi: `Phiên bản Excel này chưa hỗ trợ chức năng cần dùng${what}. Hãy dùng Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web.`,
      en: `This version of Excel lacks a needed feature${what}. Use Excel 2019 or later, Microsoft 365 or Excel on the web.`,
    },
    'sheet-name-taken': {
      vi: `Đã có trang tính${what} không do tiện ích tạo ra. Hãy đổi tên trang tính đó rồi thử lại; tiện ích không ghi đè dữ liệu của bạn.`,
      en: `A sheet${what} already exists and was not created by the add-in. Rename it and try again; the add-in never overwrites your data.`,
    },
    'too-large': {
      vi: `Dữ liệu${what} quá lớn để Excel nhận trong một lần ghi.`,
      en: `The data${what} is too large for Excel to accept in one write.`,
    },
    'plan-mismatch': {
      vi: `Sổ tính này đang theo dõi một kế hoạch khác${what}; tiện ích không trộn hai kế hoạch trong một sổ tính.`,
      en: `This workbook tracks another plan${what}; the add-in never mixes two plans in one workbook.`,
    },
    'plan-unreadable': {
      vi: `Kế hoạch lưu trong sổ tính${what} bị hỏng nên không đọc được. Hãy nhập lại kế hoạch đó rồi chạy "Tải kế hoạch".`,
      en: `The plan stored in the workbook${what} is damaged and cannot be read. Import that plan again and run "Load plan".`,
    },
    unknown: {
      // Never "save": after a failed write the workbook may hold half of it.
      vi: 'Excel báo lỗi không xác định nên lệnh đã dừng. Hãy chạy lại lệnh; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ. Nếu thấy trang tính thiếu dữ liệu, đừng lưu đè tệp: hãy đóng tệp mà không lưu rồi mở lại.',
      en: 'Excel reported an unexpected error, so the command stopped. Run it again; if it keeps failing, close and reopen the task pane. If a sheet looks incomplete, do not save over the file: close it without saving and reopen it.',
    },
  };
  return new WorkbookError(kind, words[kind], cause === undefined ? undefined : { cause });
}
