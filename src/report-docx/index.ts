/**
 * The Word report as bytes. The `docx` package is large: the task pane loads this module with
 * import() only when a planner exports, so it is a chunk of its own.
 */
import { Packer } from 'docx';
import type { ReportData } from '../services/report-workbook';
import { reportDocument, type ReportDocumentOptions } from './report-document';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportDocx(data: ReportData, options: ReportDocumentOptions = {}): Promise<Uint8Array> {
  return Packer.pack(reportDocument(data, options), 'uint8array');
}

export type { ReportDocumentOptions };
