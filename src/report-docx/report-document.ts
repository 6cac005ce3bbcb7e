/**
 * The Word report ("Báo cáo kết quả thực hiện Kế hoạch") laid out as Decree 30/2020/NĐ-CP sets
 * out administrative documents (a Party body's report as Hướng dẫn 36-HD/VPTW sets out Party
 * documents: core/summary/document-convention.ts): issuing body and national motto side by side, the number and the
 * place/date lines left blank to fill, the title, the body in 13 pt Times New Roman, "Nơi nhận"
 * and the signature block as placeholders; the summary tables; the Phụ lục as a landscape section.
 * Page numbers at the top centre from the second page, continuing into the annex.
 */
import {
  AlignmentType, BorderStyle, Document, Header, PageNumber, PageOrientation, Paragraph, type ISectionOptions,
} from 'docx';
import { formatVietnameseDate } from '../core/dates';
import { documentConvention } from '../core/summary';
import type { ReportData } from '../services/report-workbook';
import { annexSection } from './annex-section';
import { bodyParagraph, centred, FONT, grid, heading, layoutTable, proportional, run, SIZE } from './docx-parts';
import { leadRows, overallRows, overdueRows, progressRows } from './report-tables';

export interface ReportDocumentOptions {
  /** The body that reports (tên cơ quan ban hành); default: the plan's issuer. */
  issuer?: string;
}

/** A4 in twips, and the margins the decree asks for (top/bottom 20 mm, left 30 mm, right 15 mm). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
export const PORTRAIT_TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run({ text: '', size: SIZE.body, children: [PageNumber.CURRENT] })] })] });
}

/** The solid line under the issuing body: a third of its column, centred (Decree 30, Appendix I). */
function shortRule(columnWidth: number): Paragraph {
  const side = Math.round(columnWidth / 3);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/**
 * Issuing body and number on the left; on the right the national motto (State bodies, Decree 30)
 * or "ĐẢNG CỘNG SẢN VIỆT NAM" (Party bodies, Hướng dẫn 36-HD/VPTW, whose issuing body has a star
 * under it instead of a rule), then place and date.
 */
function documentHeader(data: ReportData, issuer: string) {
  const [left, right] = proportional([40, 60], PORTRAIT_TEXT_WIDTH);
  const convention = documentConvention(data.plan.number);
  const party = convention.system === 'party';
  const placeAndDate = centred(`${data.plan.place}, ngày      tháng      năm ${data.asOf.slice(0, 4)}`, { italics: true });
  return layoutTable([left, right], [
    [
      [centred(issuer.toUpperCase(), { bold: true }), party ? centred('*', {}, 120) : shortRule(left), centred(convention.numberLine)],
      party
        ? [centred('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: {} }, 240), placeAndDate]
        : [
          centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SIZE.small }),
          centred('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: {} }, 120),
          placeAndDate,
        ],
    ],
  ]);
}

function title(data: ReportData): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 360 }, children: [] }),
    centred('BÁO CÁO', { bold: true, size: SIZE.title }),
    centred(`Kết quả thực hiện Kế hoạch số ${data.plan.number} ngày ${formatVietnameseDate(data.plan.issued)} của ${data.plan.issuer}`, { bold: true, size: SIZE.title }),
    centred(data.plan.title, { bold: true, size: SIZE.title }),
    centred(`(Số liệu tính đến ngày ${formatVietnameseDate(data.asOf)})`, { italics: true }),
    centred('-----', {}, 240),
  ];
}

function summaryTables(data: ReportData) {
  const width = PORTRAIT_TEXT_WIDTH;
  const overall = grid(
    proportional([60, 20, 20], width).map((w, i) => ({ width: w, align: i === 0 ? 'left' as const : 'center' as const })),
    ['Chỉ tiêu', 'Số nhiệm vụ', 'Tỷ lệ'],
    overallRows(data.annex).map((cells, i) => ({ cells, bold: i === 0 })),
  );
  const progress = grid(
    proportional([60, 20, 20], width).map((w, i) => ({ width: w, align: i === 0 ? 'left' as const : 'center' as const })),
    ['Tiến độ đơn vị báo cáo', 'Số nhiệm vụ', 'Tỷ lệ'],
    progressRows(data.summary).map((cells) => ({ cells })),
  );
  const leads = leadRows(data.annex);
  const leadTable = grid(
    proportional([30, 8, ...leads.header.slice(2).map(() => 62 / Math.max(1, leads.header.length - 2))], width)
      .map((w, i) => ({ width: w, align: i === 0 ? 'left' as const : 'center' as const })),
    leads.header,
    leads.rows.map((cells, i) => ({ cells, bold: i === leads.rows.length - 1 })),
  );
  const overdue = overdueRows(data.summary, data.tasks);
  return [
    heading('1. Tổng hợp chung'),
    overall,
    bodyParagraph('Theo tiến độ các cơ quan, đơn vị báo cáo (cột "Tiến độ"), không xét thời hạn:', { italics: true, size: SIZE.note }),
    progress,
    heading('2. Theo cơ quan chủ trì'),
    bodyParagraph('Nhiệm vụ có từ hai cơ quan chủ trì được tính cho mỗi cơ quan, nên dòng "Cộng" có thể lớn hơn tổng số nhiệm vụ.', { italics: true, size: SIZE.note }),
    leadTable,
    heading('3. Nhiệm vụ quá hạn chưa hoàn thành'),
    ...(overdue.length === 0
      ? [bodyParagraph('Không có nhiệm vụ quá hạn chưa hoàn thành.')]
      : [grid(
        proportional([7, 35, 17, 15, 9, 22], width).map((w, i) => ({ width: w, align: i === 0 || i === 4 ? 'center' as const : 'left' as const })),
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Hạn hoàn thành', 'Số ngày quá hạn', 'Lý do, vướng mắc'],
        overdue.map((cells) => ({ cells })),
      )]),
  ];
}

function signature() {
  const [left, right] = proportional([50, 50], PORTRAIT_TEXT_WIDTH);
  const small = (text: string) => new Paragraph({ children: [run({ text, size: SIZE.table })] });
  return layoutTable([left, right], [[
    [
      new Paragraph({ children: [run({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.small })] }),
      small('- …;'),
      small('- Lưu: VT.'),
    ],
    [
      centred('CHỨC VỤ NGƯỜI KÝ', { bold: true }),
      centred('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true }, 1200),
      centred('Họ và tên', { bold: true }),
    ],
  ]]);
}

export function reportDocument(data: ReportData, options: ReportDocumentOptions = {}): Document {
  const issuer = options.issuer ?? data.plan.issuer;
  const headers = { default: pageNumberHeader(), first: new Header({ children: [] }) };
  const portrait: ISectionOptions = {
    properties: {
      titlePage: true,
      page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN, pageNumbers: { start: 1 } },
    },
    headers,
    children: [
      documentHeader(data, issuer),
      ...title(data),
      ...data.paragraphs.map((text) => bodyParagraph(text)),
      heading('I. KẾT QUẢ THỰC HIỆN'),
      ...summaryTables(data),
      heading('II. CHI TIẾT TỪNG NHIỆM VỤ'),
      bodyParagraph('Kết quả thực hiện từng nhiệm vụ tại Phụ lục kèm theo Báo cáo này.'),
      new Paragraph({ spacing: { after: 240 }, children: [] }),
      signature(),
    ],
  };
  return new Document({
    creator: 'Plan Tracker',
    title: `Báo cáo kết quả thực hiện Kế hoạch số ${data.plan.number}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [portrait, annexSection(data, { default: pageNumberHeader() })],
  });
}
