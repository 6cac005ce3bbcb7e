/**
 * "Xuất báo cáo (.docx)": the report read from the workbook (nothing written), made into a Word
 * file and handed to the browser as a download. The `docx` package is loaded here, on demand, as
 * a chunk of its own: the pane's first load never carries it.
 */
import type { PlanInfo } from '../../core/model';
import { reportWorkbook, type ReportOptions } from '../../services';
import type { WorkbookPort } from '../../workbook/port';
import { saveFile } from '../preview/download';

/** "bao-cao-43-KH-TU-2019-06-30.docx": the plan number made safe for a file name. */
export function reportFileName(plan: PlanInfo, asOf: string): string {
  const number = plan.number.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `bao-cao-${number || 'ke-hoach'}-${asOf}.docx`;
}

export async function exportReport(port: WorkbookPort, options: ReportOptions, doc?: Document): Promise<string> {
  const data = await reportWorkbook(port, options);
  const { reportDocx, DOCX_MIME } = await import(/* webpackChunkName: "report-docx" */ '../../report-docx');
  const bytes = await reportDocx(data);
  const fileName = reportFileName(data.plan, data.asOf);
  saveFile(bytes, fileName, doc, DOCX_MIME);
  options.onProgress?.({ fraction: 1, step: { vi: 'Đã tạo báo cáo.', en: 'Report ready.' } });
  return fileName;
}
