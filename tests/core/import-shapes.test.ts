/**
 * The shapes real plans come in (issue 9): each on a real passage (tests/fixtures/passages, cut
 * verbatim from the 2025 corpus; see its README) and on a short synthetic text. Expectations were
 * written by reading the passages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importPlanText, type ImportResult } from '../../src/core/import';
import type { Task } from '../../src/core/model';

const passage = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures/passages', name), 'utf8');
const task = (result: ImportResult, id: string): Task => {
  const found = result.catalogue.tasks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no task ${id} in ${result.catalogue.tasks.map((t) => t.id).join(', ')}`);
  return found;
};
const texts = (result: ImportResult) => result.catalogue.tasks.map((t) => t.text);
const codes = (result: ImportResult) => result.findings.map((finding) => finding.code);

describe('a plan attached to a decision', () => {
  const result = importPlanText(passage('son-la-decision-attached.md'));

  it('reads the plan, not the decision: no "Căn cứ", article, "Nơi nhận" or signature is a task', () => {
    for (const text of texts(result)) {
      expect(text).not.toMatch(/^(?:Căn cứ|Theo đề nghị|Ban hành kèm theo|Giao Sở Công Thương|Quyết định này|Chánh Văn phòng|Bộ Công Thương \(b\/c\))/u);
    }
    expect(result.catalogue.tasks.map((t) => t.id)).toEqual(['V.1.a-01', 'V.1.a-02', 'V.1.a-03', 'V.1.a-04', 'V.1.b-01', 'V.1.b-02']);
  });

  it("is known by the decision's number and date, and says so", () => {
    const plan = result.catalogue.plan;
    expect([plan.number, plan.issued, plan.issuer]).toEqual(['2954/QĐ-UBND', '2025-11-20', 'Ủy ban nhân dân tỉnh Sơn La']);
    expect(plan.title).toBe('XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030');
    expect(plan.identity).toContain('Quyết định số 2954/QĐ-UBND ngày 20/11/2025');
    expect(codes(result)).toContain('IMPORT_PLAN_FROM_DECISION');
  });

  it('reads "a) Chủ trì, phối hợp với …" and "b) Phối hợp với …" under a body heading', () => {
    const chaired = task(result, 'V.1.a-02');
    expect(chaired.lead).toEqual(['Sở Công Thương']);
    expect(chaired.support).toEqual(['Các sở, ban, ngành', 'UBND các xã, phường', 'Cơ quan, đơn vị có liên quan']);
    const supporting = task(result, 'V.1.b-01');
    expect(supporting.lead).toEqual([]);
    expect(supporting.support).toEqual(['Sở Công Thương']);
  });

  it('gives a task with no time of its own the period the plan states once, and says so', () => {
    const deadline = task(result, 'V.1.a-01').deadline;
    expect([deadline.start, deadline.end, deadline.kind]).toEqual(['2026-01-01', '2030-12-31', 'range']);
    expect(deadline.convention).toContain('plan period');
  });

  it('synthetic: the decision around a short plan', () => {
    const synthetic = importPlanText(`ỦY BAN NHÂN DÂN
TỈNH A
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/QĐ-UBND
Tỉnh A, ngày 03 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch chuyển đổi số năm 2025

Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2025.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
TM. ỦY BAN NHÂN DÂN

KẾ HOẠCH
Chuyển đổi số năm 2025
(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 03/3/2025)

I. NHIỆM VỤ
1. Sở Khoa học và Công nghệ xây dựng cổng dữ liệu (Quý II/2025).
`);
    expect(synthetic.catalogue.tasks.map((t) => [t.text, t.lead, t.deadline.end])).toEqual([
      ['Sở Khoa học và Công nghệ xây dựng cổng dữ liệu (Quý II/2025).', ['Sở Khoa học và Công nghệ'], '2025-06-30'],
    ]);
    expect(synthetic.catalogue.plan.number).toBe('12/QĐ-UBND');
  });
});

describe('a plan approved inside Article 1, in a web page, one paragraph per line', () => {
  const result = importPlanText(passage('thu-tuong-article-1.md'));

  it("keeps the web page, the decision's articles and the signature out", () => {
    for (const text of texts(result)) expect(text).not.toMatch(/THƯ VIỆN PHÁP LUẬT|Điều 2|Nơi nhận|Đang tải|Quyết định 2530\/QĐ-TTg năm 2025|Nguồn lực thực hiện/u);
    expect(codes(result)).toContain('IMPORT_PLAN_FROM_DECISION');
    expect(result.catalogue.plan.number).toBe('2530/QĐ-TTg');
  });

  it('ends the title where the title ends, though no blank line follows it', () => {
    expect(result.catalogue.plan.title).toBe(
      'KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM VÀ QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG KHÍ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045',
    );
  });

  it('reads "p) … Hàng năm, trước ngày 25 tháng 12, …" as one task due every 25 December', () => {
    const reporting = task(result, 'IV.1-03');
    expect(reporting.text).toMatch(/^Phân công cụ thể .* Hàng năm, trước ngày 25 tháng 12/u);
    expect(reporting.deadline.kind).toBe('recurring');
    expect(reporting.deadline.recurrence).toEqual({ every: 'year', on: { month: 12, day: 25 } });
  });

  it('reads the appendix table written one cell per line, with merged cells carried from the row above', () => {
    const first = task(result, 'PL.A-01');
    expect(first.text).toBe('Hoàn thiện Nghị định về xử lý vi phạm hành chính trong lĩnh vực bảo vệ môi trường.');
    expect(first.lead).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(first.support).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Xây dựng', 'Bộ Công Thương', 'Các bộ, ngành liên quan', 'UBND các tỉnh/ thành phố']);
    expect([first.deadline.start, first.deadline.end]).toEqual(['2026-01-01', '2026-03-31']);
    const merged = task(result, 'PL.A-02');
    expect(merged.text).toBe('Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ số phát thải và kiểm kê khí thải.');
    expect([merged.lead, merged.support]).toEqual([first.lead, first.support]);
    expect([merged.deadline.start, merged.deadline.end]).toEqual(['2026-01-01', '2027-12-31']);
  });

  it('keeps each task\'s source lines', () => {
    expect(task(result, 'PL.A-01').lines).toEqual({ first: 187, last: 209 });
  });
});

describe('one cell per line: synthetic', () => {
  const result = importPlanText(`KẾ HOẠCH
Thử

PHỤ LỤC
|
STT
|
Nhiệm vụ
|
Cơ quan chủ trì
|
Cơ quan phối hợp
|
Thời gian thực hiện
|
|
I
|
**Nhóm nhiệm vụ về thể chế**
|
|
1
|
Ban hành quy chế phối hợp
|
Sở Tư pháp
|
Sở Nội vụ
|
Quý I/2026
|
|
Tập huấn quy chế cho cán bộ
|
Quý II/2026
|
`);

  it('a group row is a section, a short row takes the merged cells of the row above', () => {
    expect(result.catalogue.tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline.end])).toEqual([
      ['PL.I-01', 'Ban hành quy chế phối hợp', ['Sở Tư pháp'], ['Sở Nội vụ'], '2026-03-31'],
      ['PL.I-02', 'Tập huấn quy chế cho cán bộ', ['Sở Tư pháp'], ['Sở Nội vụ'], '2026-06-30'],
    ]);
    expect(result.catalogue.sections.find((section) => section.id === 'PL.I')?.title).toBe('Nhóm nhiệm vụ về thể chế');
  });
});

describe('labelled lines after a task', () => {
  const result = importPlanText(passage('lai-chau-labels.md'));

  it('"Cơ quan thực hiện:", "Cơ quan phối hợp:", "Thời gian thực hiện:" wrapped over lines', () => {
    const first = task(result, 'II-01');
    expect(first.lead).toEqual([
      'Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh Truyền hình Lai Châu', 'Các sở, ngành có liên quan',
    ]);
    expect(first.support).toEqual(['Các sở, ngành', 'Ủy ban nhân dân các xã, phường']);
    expect([first.deadline.start, first.deadline.end, first.deadline.kind]).toEqual(['2025-10-01', null, 'from']);
  });

  it('a heading with "Nội dung:" under it is one task; a label whose names are the subjects of sentences', () => {
    const review = task(result, 'II-02');
    expect(review.text).toMatch(/^Rà soát văn bản quy phạm pháp luật Rà soát các văn bản quy phạm pháp luật/u);
    expect(review.lead).toEqual(['Sở Khoa học và Công nghệ', 'Các sở, ngành liên quan', 'Ủy ban nhân dân các xã, phường']);
  });

  it('synthetic: the "a) Nhiệm vụ: … b) Cơ quan thực hiện: … c) Thời gian thực hiện: …" block', () => {
    const block = importPlanText(`II. NHIỆM VỤ
1. Nhiệm vụ 1
a) Nhiệm vụ: Xây dựng cơ sở dữ liệu đất đai.
b) Cơ quan thực hiện: Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính.
c) Thời gian thực hiện: trước ngày 16 hằng tháng.
`);
    expect(block.catalogue.tasks.map((t) => [t.text, t.lead, t.support, t.deadline.kind, t.deadline.recurrence?.every])).toEqual([
      ['Xây dựng cơ sở dữ liệu đất đai.', ['Sở Nông nghiệp và Môi trường'], ['Sở Tài chính'], 'recurring', 'month'],
    ]);
  });
});

describe('a task in the body and again as an appendix row is one task', () => {
  const result = importPlanText(passage('ha-noi-appendix-table.md'));

  it('keeps the row (its lead and time) and drops the body paragraph, saying where it was', () => {
    const row = task(result, 'PL-01');
    expect(row.text).toBe('Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030');
    expect([row.deadline.start, row.deadline.end]).toEqual(['2026-07-01', '2026-09-30']);
    expect(row.remarks?.some((remark) => remark.includes('dòng 48'))).toBe(true);
    expect(texts(result).filter((text) => text.includes('bổ sung quy hoạch hạ tầng viễn thông'))).toHaveLength(1);
    expect(task(result, 'PL-02').deadline).toMatchObject({ start: '2025-10-01', end: '2026-06-30', kind: 'range' });
  });
});

describe('lead bodies as headings, sentences that name the lead, closing paragraphs', () => {
  const result = importPlanText(`KẾ HOẠCH
Thử nghiệm

I. MỤC ĐÍCH
- Bảo đảm thống nhất.

II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính (cơ quan chủ trì)
- Tổng hợp kinh phí thực hiện.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động nhân dân tham gia.
3. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổ chức tập huấn.
4. Căn cứ Kế hoạch này, các sở, ban, ngành xây dựng kế hoạch của đơn vị mình.
5. Trưởng Ban Chỉ đạo chuyển đổi số tỉnh
- Chỉ đạo triển khai Kế hoạch.
6. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan báo cáo Sở Tài chính.
Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.
`);

  it('reads each lead and leaves the purpose and the closing out', () => {
    expect(result.catalogue.tasks.map((t) => [t.text, t.lead, t.support])).toEqual([
      ['Tổng hợp kinh phí thực hiện.', ['Sở Tài chính'], []],
      ['Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động nhân dân tham gia.', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], []],
      ['Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổ chức tập huấn.', ['Sở Nội vụ'], ['Sở Tư pháp']],
      ['Căn cứ Kế hoạch này, các sở, ban, ngành xây dựng kế hoạch của đơn vị mình.', ['Các sở, ban, ngành'], []],
      ['Chỉ đạo triển khai Kế hoạch.', ['Trưởng Ban Chỉ đạo chuyển đổi số tỉnh'], []],
    ]);
  });
});

describe('noise around the document', () => {
  it('skips a web page before the header and keeps the header', () => {
    const result = importPlanText(`Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.
Đang tải văn bản...
Số hiệu:
|
15/KH-UBND
|
- Tóm tắt: Tổ chức tập huấn cho cán bộ.
Xem chi tiết tại Kế hoạch 15/KH-UBND.
|
ỦY BAN NHÂN DÂN
TỈNH B
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 15/KH-UBND
|
Tỉnh B, ngày 02 tháng 01 năm 2025
|
KẾ HOẠCH
Tập huấn năm 2025
I. NỘI DUNG
1. Sở Nội vụ tổ chức tập huấn cho cán bộ (Quý I/2025).
`);
    expect(result.catalogue.plan.number).toBe('15/KH-UBND');
    expect(result.catalogue.plan.title).toBe('Tập huấn năm 2025');
    expect(result.catalogue.tasks.map((t) => t.text)).toEqual(['Sở Nội vụ tổ chức tập huấn cho cán bộ (Quý I/2025).']);
  });
});
