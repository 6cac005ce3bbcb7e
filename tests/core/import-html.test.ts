/**
 * .docx plans: mammoth's HTML (tables kept) → the importer's text. The HTML below is shaped as
 * mammoth writes it (p, strong, h1, ul/li, table/tr/td with rowspan and colspan).
 */
import { importPlanText } from '../../src/core/import';
import { htmlToPlanText } from '../../src/core/import/html-to-text';

describe('htmlToPlanText', () => {
  it('writes paragraphs, bold, headings and list items as the importer reads them', () => {
    expect(htmlToPlanText('<h1>KẾ HOẠCH</h1><p><strong>I. NHIỆM VỤ</strong></p><ul><li>Tổ chức tập huấn &amp; hội nghị</li></ul><p>Dòng một<br />dòng hai</p>'))
      .toBe('**KẾ HOẠCH**\n\n**I. NHIỆM VỤ**\n\n- Tổ chức tập huấn & hội nghị\n\nDòng một dòng hai');
  });

  it('writes a table as pipe rows, repeating a cell merged down and padding one merged across', () => {
    const html = '<table><tr><td><p>STT</p></td><td><p>Nhiệm vụ</p></td><td><p>Cơ quan chủ trì</p></td><td><p>Thời gian</p></td></tr>'
      + '<tr><td colspan="4"><p><strong>I. Nhóm nhiệm vụ về thể chế</strong></p></td></tr>'
      + '<tr><td><p>1</p></td><td><p>Ban hành quy chế</p></td><td rowspan="2"><p>Sở Tư pháp</p></td><td><p>Quý I/2026</p></td></tr>'
      + '<tr><td><p>2</p></td><td><p>Tập huấn</p><p>quy chế | mới</p></td><td><p>Quý II/2026</p></td></tr></table>';
    expect(htmlToPlanText(html).split('\n')).toEqual([
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |',
      '| **I. Nhóm nhiệm vụ về thể chế** |  |  |  |',
      '| 1 | Ban hành quy chế | Sở Tư pháp | Quý I/2026 |',
      '| 2 | Tập huấn quy chế / mới | Sở Tư pháp | Quý II/2026 |',
    ]);
  });

  it('gives the importer the table rows as tasks with their lead and time', () => {
    const html = '<p><strong>KẾ HOẠCH</strong></p><p>Thử nghiệm</p><p><strong>II. NHIỆM VỤ</strong></p>'
      + '<table><tr><td>TT</td><td>Nội dung</td><td>Đơn vị chủ trì</td><td>Thời hạn hoàn thành</td></tr>'
      + '<tr><td>1</td><td>Ban hành quy chế phối hợp</td><td rowspan="2">Sở Tư pháp</td><td>Quý I/2026</td></tr>'
      + '<tr><td>2</td><td>Tập huấn quy chế cho cán bộ</td><td>Quý II/2026</td></tr></table>';
    const tasks = importPlanText(htmlToPlanText(html)).catalogue.tasks;
    expect(tasks.map((t) => [t.text, t.lead, t.deadline.end])).toEqual([
      ['Ban hành quy chế phối hợp', ['Sở Tư pháp'], '2026-03-31'],
      ['Tập huấn quy chế cho cán bộ', ['Sở Tư pháp'], '2026-06-30'],
    ]);
  });
});
