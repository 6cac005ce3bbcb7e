/** Reading and saving .xlsx files for the CLI: the xlsx adapter itself never touches the disk. */
import { readFile, writeFile } from 'node:fs/promises';
import { isWorkbookError } from '../workbook/port';
import { openXlsx, type XlsxWorkbook } from '../workbook/xlsx';
import { CliFailure } from './io';

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

export async function writeWorkbookFile(path: string, workbook: XlsxWorkbook): Promise<number> {
  return writeOutputFile(path, await workbook.toXlsxBytes());
}

/** Saves bytes the CLI made (a workbook, a Word report), with a hint when Office holds the file open. */
export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<number> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
      ? ' — tệp có đang mở trong Excel hoặc Word không? / is the file open in Excel or Word?'
      : '';
    throw new CliFailure(`không ghi được tệp / cannot write file: ${path} (${code ?? String(error)})${hint}`);
  }
  return bytes.length;
}
