/**
 * pagesToText (src/pdf/pages-to-text.ts): lines → the text the importer reads, paragraphs apart;
 * the letterhead read column by column (src/pdf/letterhead.ts).
 */
import type { PageLine } from '../../src/pdf/page-lines';
import { pagesToText } from '../../src/pdf/pages-to-text';

const MARGIN = 85;
const RIGHT = 538;
const SPACING = 17.4;

interface Spec {
  text: string;
  /** Extra space above the line, in line spacings (paragraph spacing, blank lines). */
  gap?: number;
  indent?: number;
  size?: number;
  bold?: boolean;
  centered?: boolean;
  /** Does the line reach the right edge (a justified line that is not a paragraph's last)? */
  full?: boolean;
  /** A second column: the text and the x it starts at. */
  column?: [string, number];
}

/** Lines down a page from `top`, each one spacing below the last (plus its gap). */
function page(specs: Spec[], top = 760): PageLine[] {
  let y = top + SPACING;
  return specs.map((spec) => {
    y -= SPACING * (1 + (spec.gap ?? 0));
    const size = spec.size ?? 13;
    const width = spec.full ? RIGHT - MARGIN - (spec.indent ?? 0) : 5.5 * spec.text.length;
    const x = spec.centered ? (MARGIN + RIGHT - width) / 2 : MARGIN + (spec.indent ?? 0);
    const segments = [{ text: spec.text, x, right: x + width }];
    if (spec.column) segments.push({ text: spec.column[0], x: spec.column[1], right: spec.column[1] + 5.5 * spec.column[0].length });
    return {
      text: segments.map((s) => s.text).join(' '),
      segments,
      x,
      right: segments[segments.length - 1].right,
      y,
      size,
      bold: spec.bold ?? false,
    };
  });
}

describe('pagesToText', () => {
  it('keeps wrapped lines together and puts a blank line where a wider gap is left', () => {
    const text = pagesToText([page([
      { text: '- Thường xuyên rà soát, kiện toàn đội ngũ', full: true },
      { text: 'cán bộ, công chức.' },
      { text: 'Đơn vị chủ trì thực hiện: Các Sở, ngành.', gap: 1 },
      { text: 'Thời gian thực hiện: Thường xuyên.', gap: 0.35 },
    ])]);
    expect(text).toBe('- Thường xuyên rà soát, kiện toàn đội ngũ\ncán bộ, công chức.\n\nĐơn vị chủ trì thực hiện: Các Sở, ngành.\n\nThời gian thực hiện: Thường xuyên.');
  });

  it('starts a paragraph at an indented first line, a size or weight change, or a list mark after a full stop — not at a centred line', () => {
    const text = pagesToText([page([
      { text: 'KẾ HOẠCH', size: 14, bold: true, centered: true },
      { text: 'NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ', size: 14, bold: true, centered: true },
      { text: 'GIAI ĐOẠN 2026 - 2030', size: 14, bold: true, centered: true },
      { text: 'Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025', indent: 36, full: true },
      { text: 'của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành', full: true },
      { text: 'Kế hoạch như sau:' },
      { text: 'I. NHIỆM VỤ', bold: true },
      { text: '- Rà soát thủ tục hành chính trong giai đoạn 2026', full: true },
      { text: '- 2030 (Quý I/2026).' },
      { text: '- Kiểm tra công vụ (Quý III/2026).' },
      { text: 'Văn phòng UBND tỉnh theo dõi, đôn đốc.', indent: 36 },
    ])]);
    expect(text.split('\n\n')).toEqual([
      '**KẾ HOẠCH\nNÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ\nGIAI ĐOẠN 2026 - 2030**',
      'Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025\ncủa Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành\nKế hoạch như sau:',
      '**I. NHIỆM VỤ**',
      '- Rà soát thủ tục hành chính trong giai đoạn 2026\n- 2030 (Quý I/2026).',
      '- Kiểm tra công vụ (Quý III/2026).',
      'Văn phòng UBND tỉnh theo dõi, đôn đốc.',
    ]);
  });

  it('runs a paragraph on over a page break when the page is full, and ends it when the page stops short', () => {
    const full = Array.from({ length: 40 }, (_, i) => ({ text: `dòng ${i + 1} của đoạn văn dài`, full: true }));
    const text = pagesToText([
      page(full),
      page([{ text: 'tiếp theo ở trang sau.' }, ...full.slice(0, 30), { text: 'hết đoạn.' }]),
      page([{ text: '- Nhiệm vụ tiếp theo (Quý II/2026).' }]),
    ]);
    expect(text).toContain('dòng 40 của đoạn văn dài\ntiếp theo ở trang sau.');
    expect(text).toContain('hết đoạn.\n\n- Nhiệm vụ tiếp theo');
  });

  it('reads the letterhead column by column: the issuer above the number, the motto above place and date', () => {
    const text = pagesToText([page([
      { text: 'UỶ BAN NHÂN DÂN', column: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 290] },
      { text: 'TỈNH BẮC NINH', column: ['Độc lập - Tự do - Hạnh phúc', 320] },
      { text: 'Số: 141/KH-UBND', column: ['---------------', 370] },
      { text: 'Bắc Ninh, ngày 20 tháng 11 năm 2025', indent: 205 },
      { text: 'KẾ HOẠCH', gap: 1, size: 14, bold: true, centered: true },
      { text: 'I. NHIỆM VỤ', gap: 1, bold: true },
      { text: '- Rà soát thủ tục (Quý I/2026).', gap: 0.3 },
    ])]);
    expect(text.split('\n\n')).toEqual([
      'UỶ BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 141/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nBắc Ninh, ngày 20 tháng 11 năm 2025',
      '**KẾ HOẠCH**',
      '**I. NHIỆM VỤ**',
      '- Rà soát thủ tục (Quý I/2026).',
    ]);
  });

  it('ends a paragraph at a line that stops short when the document does not space its paragraphs', () => {
    const text = pagesToText([page([
      { text: 'UBND HUYỆN AN PHÚ' },
      { text: 'Số: 7/KH-UBND' },
      { text: '- Rà soát, đơn giản hoá thủ tục hành chính cấp huyện', full: true },
      { text: 'và cấp xã (Quý I/2025).' },
      { text: 'Phòng Nội vụ chủ trì.' },
    ])]);
    expect(text.split('\n\n')).toEqual([
      'UBND HUYỆN AN PHÚ',
      'Số: 7/KH-UBND',
      '- Rà soát, đơn giản hoá thủ tục hành chính cấp huyện\nvà cấp xã (Quý I/2025).',
      'Phòng Nội vụ chủ trì.',
    ]);
  });

  it('joins a table row’s cells with a space below the letterhead', () => {
    const text = pagesToText([page([
      { text: 'Mở đầu của kế hoạch.', full: true },
      ...Array.from({ length: 12 }, (_, i) => ({ text: `đoạn ${i}`, full: true })),
      { text: '1', column: ['Rà soát thủ tục', 200] },
    ])]);
    expect(text.endsWith('\n1 Rà soát thủ tục')).toBe(true);
  });
});
