/** pageLines (src/pdf/page-lines.ts): text runs at positions → the page's lines, top to bottom. */
import { pageLines, type PositionedText } from '../../src/pdf/page-lines';

const run = (text: string, x: number, y: number, width: number, size = 13, bold?: boolean): PositionedText => ({ text, x, y, width, size, bold });

describe('pageLines', () => {
  it('groups runs by baseline, reads them left to right, and puts a space only where a gap is left', () => {
    const lines = pageLines([
      run('pháp luật', 153, 700, 60),
      run('Xây dựng', 85, 717.4, 55),
      run('chính sách,', 144, 717.4, 66), // 4 pt after "Xây dựng": a word space
      run('và', 85, 700, 14),
      run('thi hành', 102, 700, 45), // 3 pt after "và"
      run('g', 147, 700, 3), // touching "thi hành": a kerning split, no space
    ]);
    expect(lines.map((line) => line.text)).toEqual(['Xây dựng chính sách,', 'và thi hànhg pháp luật']);
    expect(lines.map((line) => line.y)).toEqual([717.4, 700]);
  });

  it('keeps a raised footnote mark and a split accent on their line, at the line’s own baseline', () => {
    const [line, next] = pageLines([
      run('Tỉnh ủy', 85, 700, 40),
      run('¹', 125, 704.5, 4, 8),
      run('\u0005', 100, 701.8, 6), // a control character some fonts map an accent glyph to
      run('Văn phòng', 85, 682.6, 60),
    ]);
    expect(line).toMatchObject({ text: 'Tỉnh ủy¹', y: 700, size: 13 });
    expect(next.text).toBe('Văn phòng');
  });

  it('splits a line at a wide gap into segments (the letterhead’s two columns, table cells)', () => {
    const [line] = pageLines([run('UỶ BAN NHÂN DÂN', 114, 768, 126, 12), run('CỘNG HÒA XÃ HỘI', 286, 768, 120, 12)]);
    expect(line.segments).toEqual([
      { text: 'UỶ BAN NHÂN DÂN', x: 114, right: 240 },
      { text: 'CỘNG HÒA XÃ HỘI', x: 286, right: 406 },
    ]);
    expect(line).toMatchObject({ text: 'UỶ BAN NHÂN DÂN CỘNG HÒA XÃ HỘI', x: 114, right: 406 });
  });

  it('drops runs with nothing visible, and says whether a line is wholly bold', () => {
    const lines = pageLines([
      run('I. NHIỆM VỤ', 85, 700, 80, 13, true),
      run(' ', 165, 700, 3, 13, false),
      run('\u200b', 170, 690, 0),
      run('1. Sở Tư pháp', 85, 682.6, 80, 13, true),
      run(' chủ trì', 165, 682.6, 40, 13, false),
    ]);
    expect(lines.map((line) => [line.text, line.bold])).toEqual([['I. NHIỆM VỤ', true], ['1. Sở Tư pháp chủ trì', false]]);
    expect(pageLines([])).toEqual([]);
  });
});
