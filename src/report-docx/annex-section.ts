/** The Phụ lục as the Word report's last section: A4 landscape, the header row on every page. */
import { PageOrientation, Paragraph, type Header, type ISectionOptions } from 'docx';
import { formatVietnameseDate } from '../core/dates';
import type { ReportData } from '../services/report-workbook';
import { centred, grid, proportional, SIZE, type GridRow } from './docx-parts';

/** A4 as Word states it (portrait sizes; the orientation turns it), margins 20 mm all round. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };

/** The sheet's columns, in the same proportions (src/layout/summary/annex-sheet.ts). */
const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Kết quả thực hiện', 'Tình trạng', 'Ghi chú'];
const WEIGHTS = [6.5, 47, 17, 15, 12, 27, 12, 14];

export function annexSection(data: ReportData, headers: { default: Header }): ISectionOptions {
  const { annex } = data;
  const widths = proportional(WEIGHTS, PAGE.height - MARGIN.left - MARGIN.right);
  const rows: GridRow[] = annex.rows.map((row) => (row.kind === 'heading'
    ? { cells: [row.marker, row.title], group: true }
    : { cells: [String(row.no), row.content, row.lead.join('; '), row.support.join('; '), row.deadlineText, row.result, row.statusLabel, row.note] }));
  return {
    properties: {
      page: { size: { ...PAGE, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN },
    },
    headers,
    children: [
      centred('PHỤ LỤC', { bold: true, size: SIZE.title }),
      centred(annex.title, { bold: true }),
      centred(annex.subtitle, { bold: true }),
      centred(annex.attachedTo, { italics: true }),
      centred(`(Số liệu tính đến ngày ${formatVietnameseDate(annex.asOf)})`, { italics: true }, 240),
      grid(widths.map((width, i) => ({ width, align: i === 0 ? 'center' as const : 'left' as const })), HEADER, rows),
      new Paragraph({ children: [] }),
    ],
  };
}
