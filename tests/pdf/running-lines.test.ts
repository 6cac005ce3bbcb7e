/** withoutRunningLines (src/pdf/running-lines.ts): page headers, footers and numbers off, the body kept. */
import type { PageLine } from '../../src/pdf/page-lines';
import { withoutRunningLines } from '../../src/pdf/running-lines';

function line(text: string, y: number): PageLine {
  return { text, segments: [{ text, x: 85, right: 85 + 6 * text.length }], x: 85, right: 85 + 6 * text.length, y, size: 13, bold: false };
}

/** A page: its header lines at the top, body lines in between, footer lines at the bottom. */
function page(top: string[], body: string[], bottom: string[]): PageLine[] {
  return [
    ...top.map((text, i) => line(text, 810 - 12 * i)),
    ...body.map((text, i) => line(text, 760 - 17 * i)),
    ...bottom.map((text, i) => line(text, 40 - 12 * i)),
  ];
}

const texts = (pages: PageLine[][]) => pages.map((lines) => lines.map((l) => l.text));

describe('withoutRunningLines', () => {
  it('drops a header repeated on most pages (numbers may change) and the page numbers', () => {
    const pages = [
      page([], ['UỶ BAN NHÂN DÂN', 'Số: 141/KH-UBND'], ['1']),
      page(['Kế hoạch 141/KH-UBND – trang 2/4'], ['- Rà soát thủ tục'], ['- 2 -']),
      page(['Kế hoạch 141/KH-UBND – trang 3/4'], ['- Kiểm tra công vụ'], ['Trang 3']),
      page(['Kế hoạch 141/KH-UBND – trang 4/4'], ['Nơi nhận:'], ['4/4']),
    ];
    const result = withoutRunningLines(pages);
    expect(texts(result.pages)).toEqual([['UỶ BAN NHÂN DÂN', 'Số: 141/KH-UBND'], ['- Rà soát thủ tục'], ['- Kiểm tra công vụ'], ['Nơi nhận:']]);
    expect(result.removed).toHaveLength(7);
  });

  it('keeps a line repeated on half of the pages or fewer, or at another height, and never touches the middle', () => {
    const pages = [
      page(['Dự thảo'], ['a', '12', 'b'], []),
      page(['Dự thảo'], ['c'], []),
      page([], ['d'], []),
      page([], ['e'], []),
    ];
    pages[3].unshift(line('Đơn vị chủ trì: Sở Tư pháp', 700));
    pages[2].unshift(line('Đơn vị chủ trì: Sở Tư pháp', 650));
    pages[1].unshift(line('Đơn vị chủ trì: Sở Tư pháp', 600));
    const result = withoutRunningLines(pages);
    expect(result.removed).toEqual([]);
    expect(texts(result.pages)[0]).toEqual(['Dự thảo', 'a', '12', 'b']);
  });

  it('takes off a bare number at a page edge even in a one-page plan', () => {
    const result = withoutRunningLines([page([], ['KẾ HOẠCH', 'I. NHIỆM VỤ'], ['1'])]);
    expect(texts(result.pages)).toEqual([['KẾ HOẠCH', 'I. NHIỆM VỤ']]);
    expect(result.removed).toEqual(['1']);
  });
});
