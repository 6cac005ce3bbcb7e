/**
 * How big a workbook the xlsx adapter agrees to open. ExcelJS holds a whole workbook in memory,
 * so a zip part that expands to gigabytes, or a sheet of a million rows, would end the process
 * with an out-of-memory crash; past these limits the file is refused with words instead.
 * Twice point 8's largest plan (100,000 tasks) still opens.
 */
import { WorkbookError } from '../port';

export interface ReadLimits {
  /** Largest uncompressed size of one part of the zip (a sheet's XML, the shared strings…). */
  partBytes: number;
  /** Largest uncompressed size of all parts together. */
  totalBytes: number;
  /** Most rows one sheet may hold. */
  sheetRows: number;
}

const MB = 1024 * 1024;

export const READ_LIMITS: ReadLimits = { partBytes: 256 * MB, totalBytes: 512 * MB, sheetRows: 200_000 };

const megabytes = (bytes: number) => `${Math.ceil(bytes / MB).toLocaleString('en-US')} MB`;

/** A part (or all of them) expands past the limit: a damaged or hostile file, refused before it is inflated. */
export function packageTooLarge(part: string | null, bytes: number, limit: number): WorkbookError {
  const what = part === null ? { vi: 'Nội dung tệp', en: 'The file’s content' } : { vi: `Phần "${part}" của tệp`, en: `The part "${part}" of the file` };
  return new WorkbookError('too-large', {
    vi: `${what.vi} giải nén ra ${megabytes(bytes)}, quá giới hạn ${megabytes(limit)}; tệp có thể bị hỏng hoặc không phải sổ tính của kế hoạch. Tệp không được mở, không có gì bị thay đổi.`,
    en: `${what.en} expands to ${megabytes(bytes)}, past the ${megabytes(limit)} limit; the file may be damaged or not a plan workbook. It was not opened and nothing was changed.`,
  });
}

/** A sheet holds more rows than the limit. */
export function sheetTooLong(sheet: string, rows: number, limit: number): WorkbookError {
  const count = rows.toLocaleString('en-US');
  const max = limit.toLocaleString('en-US');
  return new WorkbookError('too-large', {
    vi: `Trang tính "${sheet}" có ${count} dòng, quá giới hạn ${max} dòng mà tiện ích đọc được. Hãy xóa các dòng thừa (hoặc tách sổ tính) rồi thử lại; tệp không bị thay đổi.`,
    en: `Sheet "${sheet}" has ${count} rows, past the ${max} rows the add-in can read. Delete the extra rows (or split the workbook) and try again; the file was not changed.`,
  });
}
