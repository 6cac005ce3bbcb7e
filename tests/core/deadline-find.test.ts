/** findTimePhrase on real task texts of both plans. */
import { findTimePhrase } from '../../src/core/deadline';

function expectSpan(text: string, phrase: string): void {
  const found = findTimePhrase(text);
  expect(found).toEqual({ phrase, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
}

describe('findTimePhrase', () => {
  it('finds the parenthesised phrase at the end of a Plan 43 bullet', () => {
    expectSpan('- Giảm số lượng cấp ủy Tỉnh, Ban Thường vụ Tỉnh ủy (thực hiện từ tháng 10/ 2020).', 'thực hiện từ tháng 10/ 2020');
  });

  it('leaves out the bold markers wrapping the phrase', () => {
    const text =
      '- Thực hiện Trưởng Ban Tổ chức Tỉnh ủy kiêm giám đốc Sở Nội vụ (**thực hiện từ tháng 9/2018**).';
    expectSpan(text, 'thực hiện từ tháng 9/2018');
  });

  it('takes the last group that reads as time, skipping others', () => {
    const text =
      '- Thành lập Ban chỉ đạo cấp huyện, xây dựng kế hoạch để tổ chức thực hiện các nhiệm vụ được giao theo kế hoạch của Tỉnh, báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy) (thực hiện trong tháng 02/2018).';
    expectSpan(text, 'thực hiện trong tháng 02/2018');
    const before = '- Hàng năm, tổng hợp (thực hiện từ năm 2018) và báo cáo (qua Ban Tổ chức Tỉnh ủy).';
    expectSpan(before, 'thực hiện từ năm 2018');
  });

  it('returns null when no group reads as time', () => {
    expect(
      findTimePhrase(
        '- Thực hiện Nghị quyết số 18-NQ/TW gắn với tinh giản biên chế theo Nghị quyết số 39-NQ/TW, ngày 17/4/2015 của Bộ Chính trị (Đề án số 01-ĐA/TU, ngày 30/12/2016 của Ban Thường vụ Tỉnh ủy); cơ cấu lại tổ chức bộ máy.',
      ),
    ).toBeNull();
    expect(findTimePhrase('Thực hiện Nghị quyết số 18-NQ/TW (khóa XII)')).toBeNull();
    expect(findTimePhrase('')).toBeNull();
    expect(findTimePhrase('(thực hiện từ năm 2018')).toBeNull();
  });

  it('reads a whole group with a nested one', () => {
    expectSpan('Báo cáo kết quả (Định kỳ hằng năm (trước ngày 30 tháng 11)).', 'Định kỳ hằng năm (trước ngày 30 tháng 11)');
  });

  it('finds the "Thời gian thực hiện:" value of a Bắc Ninh task, across a line break', () => {
    const text = [
      '- Ra mắt AI pháp luật hỗ trợ',
      'cho cán bộ, công chức, viên chức trên địa bàn tỉnh.',
      '',
      '*Đơn vị chủ trì tham mưu thực',
      'hiện: *Sở Khoa học và Công nghệ.',
      '',
      '*Thời gian thực hiện: *Tháng',
      '12/2025.',
      '',
      '- Cập nhật, khai thác, sử dụng',
    ].join('\n');
    expectSpan(text, 'Tháng\n12/2025');
  });

  it('finds the value when the colon stands outside the emphasis', () => {
    expectSpan('*Thời gian thực hiện*: Thường\nxuyên.', 'Thường\nxuyên');
  });

  it('prefers the label to a parenthesised group', () => {
    const text = '- Tăng cường ưu tiên ứng dụng công nghệ số (AI) (năm 2025).\n\n*Thời gian thực hiện: *Giai\nđoạn 2026-2030 và những năm tiếp theo.';
    expectSpan(text, 'Giai\nđoạn 2026-2030 và những năm tiếp theo');
  });

  it('accepts "Thời hạn:" and "Thời gian:" labels, in NFD too', () => {
    expectSpan('Xây dựng đề án. Thời hạn: Quý II/2026', 'Quý II/2026');
    const nfd = 'Xây dựng đề án.\nThời gian: chậm nhất ngày 09/3/2025'.normalize('NFD');
    const found = findTimePhrase(nfd);
    expect(found && nfd.slice(found.start, found.end)).toBe('chậm nhất ngày 09/3/2025'.normalize('NFD'));
  });

  it('stops the value at the next item', () => {
    expectSpan('*Thời gian thực hiện: *Hằng\nnăm.\n- Tổ chức hội nghị', 'Hằng\nnăm');
  });
});
