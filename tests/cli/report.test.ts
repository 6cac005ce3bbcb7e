import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { plan43 } from '../../src/catalogues';
import { SHEETS, TABLES } from '../../src/layout/names';
import { openXlsx } from '../../src/workbook/xlsx';
import { BAC_NINH_FILE } from '../fixtures/plans/bac-ninh';
import { plannerProgressWorkbook } from '../fixtures/xlsx/planner-progress';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const folder = tempFolder();
afterAll(() => folder.cleanup());
// Each test reads and writes whole workbooks and documents: a generous limit for a loaded machine, no speed claim.
jest.setTimeout(60_000);

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

/** The text of the document: runs joined per paragraph. */
function textOf(xml: string): string {
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n')
    .replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

describe('plan-tracker report', () => {
  it('heads the report of a People\'s Committee plan (141/KH-UBND) with the national motto, numbered /BC-UBND', async () => {
    const built = folder.path('bac-ninh.xlsx');
    expect((await runPlanTracker('build', '--plan', BAC_NINH_FILE, '--out', built, '--as-of', '30/06/2026')).code).toBe(0);
    const out = folder.path('bao-cao-bac-ninh.docx');
    expect((await runPlanTracker('report', built, '--out', out, '--as-of', '30/06/2026')).code).toBe(0);
    const text = textOf(await documentXml(out));
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:      /BC-UBND', 'UỶ BAN NHÂN DÂN TỈNH BẮC NINH']) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  let input: string;
  beforeAll(async () => {
    input = folder.path('da-cap-nhat.xlsx');
    writeFileSync(input, await plannerProgressWorkbook());
  });

  test('writes the Word report: paragraph, tables, every task in the annex; the workbook is only read', async () => {
    const before = createHash('sha256').update(readFileSync(input)).digest('hex');
    const out = folder.path('bao-cao.docx');
    const { code, out: stdout } = await runPlanTracker('report', input, '--out', out, '--as-of', '2019-06-30');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^Đã ghi .*bao-cao\.docx \(\d+ KB\): báo cáo Kế hoạch 43-KH\/TU tính đến ngày 30\/06\/2019, Phụ lục 51 nhiệm vụ\.$/);
    const paragraph = stdout.split('\n')[2];
    expect(paragraph).toMatch(/^Tính đến ngày 30\/6\/2019, trong tổng số 51 nhiệm vụ/);
    expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(before);

    const text = textOf(await documentXml(out));
    expect(text).toContain(paragraph);
    // A Party committee's plan (43-KH/TU): the report is headed as Party documents are, numbered as the plan is.
    for (const line of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số      -BC/TU', 'BÁO CÁO', 'Nơi nhận:', 'PHỤ LỤC', 'TỈNH ỦY BÌNH DƯƠNG', '(Kèm theo Báo cáo số …-BC/TU ngày … tháng … năm …)']) {
      expect(text).toContain(line);
    }
    const missing = plan43.tasks.filter((task) => !text.includes(task.id)).map((task) => task.id);
    expect(missing).toEqual([]);
    expect(text).toContain('Chờ Trung ương hướng dẫn mô hình cơ quan báo chí hợp nhất.');
    expect(text).toContain('Hoàn thành ngày 30/05/2019.');
  });

  test('groups the annex by lead body and names the reporting body when asked', async () => {
    const out = folder.path('theo-don-vi.docx');
    const { code } = await runPlanTracker('report', input, '--out', out, '--as-of', '2019-06-30', '--annex-by', 'lead', '--issuer', 'Ban Tổ chức Tỉnh ủy');
    expect(code).toBe(0);
    const text = textOf(await documentXml(out));
    expect(text).toContain('BAN TỔ CHỨC TỈNH ỦY');
    expect(text).toMatch(/\nI\.\nCác cấp ủy, chính quyền, tổ chức đảng, lãnh đạo cơ quan, đơn vị trong tỉnh\n/);
  });

  test.each([
    [['report', 'x.xlsx', '--out', 'bao-cao.xlsx'], /--out phải là tệp \.docx/],
    [['report', 'x.xlsx'], /thiếu --out FILE\.docx/],
    [['report', 'x.xlsx', '--out', 'a.docx', '--annex-by', 'quarter'], /--annex-by là "section".*"lead"/],
  ])('refuses %j with a clear message and writes nothing', async (argv, message) => {
    const { code, err } = await runPlanTracker(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('"summary --annex-by lead" groups the Phụ lục sheet by lead body', async () => {
    const out = folder.path('tong-hop.xlsx');
    expect((await runPlanTracker('summary', input, '--out', out, '--as-of', '2019-06-30', '--annex-by', 'lead')).code).toBe(0);
    const [annex] = await (await openXlsx(readFileSync(out))).readTables([{ sheet: SHEETS.annex, table: TABLES.annex }]);
    expect(annex?.rows[0].slice(0, 2)).toEqual(['I.', plan43.tasks[0].lead[0]]);
    expect((await runPlanTracker('summary', input, '--out', out, '--annex-by', 'x')).code).toBe(2);
  });

  test('says which file is missing', async () => {
    const { code, err } = await runPlanTracker('report', folder.path('khong-co.xlsx'), '--out', folder.path('a.docx'));
    expect(code).not.toBe(0);
    expect(err).toContain('không tìm thấy tệp / file not found');
  });
});
