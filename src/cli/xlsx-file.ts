/** Reading and saving .xlsx files for the CLI: the xlsx adapter itself never touches the disk. */
import { readFile } from 'node:fs/promises';
import { isWorkbookError } from '../workbook/port';
import { openXlsx, type XlsxWorkbook } from '../workbook/xlsx';
import type { PendingOutput } from './atomic-write';
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

/** Saves the workbook through the reserved output (./atomic-write.ts): whole, or the old file left as it was. */
export async function writeWorkbookFile(output: PendingOutput, workbook: XlsxWorkbook): Promise<number> {
  const bytes = await workbook.toXlsxBytes();
  await output.commit(bytes);
  return bytes.length;
}
