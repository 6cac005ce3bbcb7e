/**
 * One JSZip in the bundle, shared by ExcelJS (the preview's .xlsx download) and mammoth (a .docx
 * plan): both built from their sources on node_modules/jszip. The test finds JSZip's own words in the
 * built chunks, then uses both paths in Chromium: a .docx imported, its plan loaded and downloaded.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DIST } from './support/browser';
import { servePaneForTests } from './support/served-pane';

const pane = servePaneForTests();
// A sentence only JSZip's constructor carries: once per copy of the library.
const JSZIP_MARK = 'The constructor with parameters has been removed in JSZip 3.0';

async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('the built pane holds one JSZip', () => {
  const chunks = fs.readdirSync(path.join(DIST, 'chunks')).filter((name) => name.endsWith('.js'));
  const withJsZip = chunks.filter((name) => fs.readFileSync(path.join(DIST, 'chunks', name), 'utf8').includes(JSZIP_MARK));
  expect(withJsZip).toHaveLength(1);
});

test('a .docx plan is read (mammoth) and the loaded workbook downloads (ExcelJS), on the one JSZip', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-e2e-docx-'));
  try {
    const docx = path.join(folder, 'ke-hoach-7.docx');
    fs.writeFileSync(docx, await makeDocx([
      'UBND HUYỆN AN PHÚ', 'Số: 7/KH-UBND', 'An Phú, ngày 02 tháng 01 năm 2025', 'KẾ HOẠCH', 'Cải cách hành chính năm 2025',
      'I. NHIỆM VỤ', '1. Phòng Nội vụ', '- Rà soát thủ tục hành chính (Quý I/2025).', '- Kiểm tra công vụ (Quý III/2025).',
    ]));
    const { page, errors } = await pane.open('taskpane.html');
    await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
    await page.getByLabel('Tính đến ngày').fill('30/06/2025');
    await page.getByRole('button', { name: 'Nhập kế hoạch khác…' }).click();
    await page.getByLabel('Tệp kế hoạch (.txt, .md, .docx, .pdf)').setInputFiles(docx);
    await page.getByText('ke-hoach-7.docx').waitFor();
    expect(await page.getByLabel('Dán nội dung kế hoạch').inputValue()).toContain('Số: 7/KH-UBND');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('Tổng cộng: 2 nhiệm vụ').waitFor();
    await page.getByRole('button', { name: 'Tải vào bảng tính' }).click();
    await page.getByRole('button', { name: 'Tải kế hoạch' }).click();
    await page.getByText('Đã tải 2 nhiệm vụ của Kế hoạch 7/KH-UBND vào trang "Nhiệm vụ".').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('ke-hoach-7-KH-UBND-30-06-2025.xlsx');
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const texts: string[] = [];
    book.getWorksheet('Nhiệm vụ')?.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.push(cell.value);
    }));
    expect(texts.filter((text) => /^(Rà soát thủ tục hành chính|Kiểm tra công vụ)/.test(text))).toHaveLength(2);
    expect(errors).toEqual([]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}, 120_000);
