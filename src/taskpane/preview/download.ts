import type { WriteRequest } from '../../workbook/port';

/**
 * Replays the preview's writes into a new ExcelJS workbook and returns the .xlsx bytes. ExcelJS is
 * large, so it is loaded here, on demand, never with the task pane itself.
 */
export async function xlsxFromWrites(writes: WriteRequest[]): Promise<Uint8Array> {
  const { newXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../workbook/xlsx');
  const book = await newXlsx();
  for (const request of writes) await book.write(request);
  return book.toXlsxBytes();
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands the bytes to the browser as a download (an .xlsx unless `type` says otherwise). */
export function saveFile(bytes: Uint8Array, fileName: string, doc: Document = document, type: string = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
