/** Opening .xlsx bytes (or starting an empty workbook) as an XlsxWorkbook. */
import ExcelJS from 'exceljs';
import { isWorkbookError, WorkbookError } from '../port';
import { XlsxWorkbook } from './xlsx-workbook';
import { READ_LIMITS, type ReadLimits } from './read-limits';
import { tablesOf } from './read-table';
import { readablePackage } from './xlsx-package';

/** The file is not a workbook this adapter can read; the words say what to do. */
export function notXlsxError(detail: 'empty' | 'old-xls' | 'not-zip' | 'no-sheets', cause?: unknown): WorkbookError {
  const words = {
    empty: {
      vi: 'Tệp rỗng (0 byte), không phải sổ tính Excel .xlsx.',
      en: 'The file is empty (0 bytes), not an Excel .xlsx workbook.',
    },
    'old-xls': {
      vi: 'Đây là tệp Excel 97–2003 (.xls) hoặc tệp có mật khẩu. Hãy mở bằng Excel và lưu thành .xlsx (Excel Workbook), bỏ mật khẩu, rồi thử lại.',
      en: 'This is an Excel 97–2003 (.xls) or password-protected file. Open it in Excel, save it as .xlsx (Excel Workbook) without a password, then try again.',
    },
    'not-zip': {
      vi: 'Tệp không phải sổ tính Excel .xlsx (có thể là tệp văn bản hoặc tệp khác bị đổi đuôi).',
      en: 'The file is not an Excel .xlsx workbook (perhaps a text or other file renamed).',
    },
    'no-sheets': {
      vi: 'Tệp không chứa trang tính nào đọc được; có thể không phải sổ tính Excel .xlsx hoặc tệp đã hỏng.',
      en: 'The file holds no readable sheet; it may not be an Excel .xlsx workbook, or it is damaged.',
    },
  }[detail];
  return new WorkbookError('unknown', words, cause === undefined ? undefined : { cause });
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/**
 * A table saved without style information (LibreOffice writes none) is given ExcelJS's "no style",
 * so saving the workbook again does not fail on the missing `style` ("reading 'theme'").
 */
function withTableStyles(book: ExcelJS.Workbook): void {
  for (const sheet of book.worksheets) {
    for (const table of tablesOf(sheet) as { style?: unknown }[]) {
      table.style ??= { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
    }
  }
}

/**
 * Reads .xlsx bytes saved by any program (Excel, LibreOffice, openpyxl, Google Sheets, WPS), within
 * `limits`; anything else becomes a WorkbookError with bilingual words, never a stack trace.
 */
export async function openXlsx(input: Uint8Array | ArrayBuffer, limits: ReadLimits = READ_LIMITS): Promise<XlsxWorkbook> {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) throw notXlsxError('empty');
  if (startsWith(bytes, OLE_SIGNATURE)) throw notXlsxError('old-xls');
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw notXlsxError('not-zip');
  try {
    bytes = readablePackage(bytes, limits);
  } catch (error) {
    throw isWorkbookError(error) ? error : notXlsxError('not-zip', error);
  }
  const book = new ExcelJS.Workbook();
  try {
    // ExcelJS's load typing wants a Node Buffer; it accepts any ArrayBuffer view at run time.
    const view = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await book.xlsx.load(view);
  } catch (error) {
    throw notXlsxError('not-zip', error);
  }
  if (book.worksheets.length === 0) throw notXlsxError('no-sheets');
  withTableStyles(book);
  return new XlsxWorkbook(book);
}

/** An empty workbook to write a plan into. */
export function newXlsx(): XlsxWorkbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Plan Tracker';
  return new XlsxWorkbook(book);
}
