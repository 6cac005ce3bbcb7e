/** Reading and saving .xlsx files for the CLI: the xlsx adapter itself never touches the disk. */
import { readFile, writeFile } from 'node:fs/promises';
import { isWorkbookError } from '../workbook/port';
import { openXlsx, type XlsxWorkbook } from '../workbook/xlsx';
import { CliFailure } from './io';
import './keep-date-serials';

/** A WorkbookError (or anything else) as the one-line bilingual CLI failure. */
export function asCliFailure(error: unknown, path?: string): unknown {
  if (!isWorkbookError(error)) return error;
  return new CliFailure(`${path ? `${path}: ` : ''}${error.words.vi} / ${error.words.en}`);
}

export async function readWorkbookFile(path: string): Promise<XlsxWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliFailure(`không tìm thấy tệp / file not found: ${path}`);
    if (code === 'EISDIR') throw new CliFailure(`đây là thư mục, không phải tệp / this is a folder, not a file: ${path}`);
    throw new CliFailure(`không đọc được tệp / cannot read file: ${path} (${code ?? String(error)})`);
  }
  try {
    return await openXlsx(bytes);
  } catch (error) {
    throw asCliFailure(error, path);
  }
}

/** Any workbook that can give its bytes: an opened XlsxWorkbook, or a SpecWorkbook `build` streams. */
export async function writeWorkbookFile(path: string, workbook: Pick<XlsxWorkbook, 'toXlsxBytes'>): Promise<number> {
  const bytes = await workbook.toXlsxBytes();
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
      ? ' — tệp có đang mở trong Excel không? / is the file open in Excel?'
      : '';
    throw new CliFailure(`không ghi được tệp / cannot write file: ${path} (${code ?? String(error)})${hint}`);
  }
  return bytes.length;
}
