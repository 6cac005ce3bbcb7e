/**
 * The Word report as LibreOffice Writer prints it: A4 portrait for the report, A4 landscape for
 * the Phụ lục, the report paragraph and every task id in the PDF text, the annex header row on
 * every annex page, Times New Roman (or Liberation Serif, its metric twin). The pages are rendered
 * to out/report-docx/ to look at. Needs soffice with Writer (CI installs libreoffice-writer-nogui).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { plan43 } from '../../src/catalogues';
import { openXlsx } from '../../src/workbook/xlsx';
import { plannerProgressWorkbook } from '../fixtures/xlsx/planner-progress';
import { reportWorkbook } from '../../src/services';
import { reportDocx } from '../../src/report-docx';
import { tempFolder } from '../fixtures/xlsx/run-cli';
import { hasPdftoppm, pdfPages, renderPages } from './libreoffice';
import { hasWriter, writerPdf } from './writer';

if (!hasWriter) console.warn('SKIPPED: LibreOffice Writer is not installed: the Word report print check cannot run. Install libreoffice-writer-nogui.');
const describeWithWriter = hasWriter ? describe : describe.skip;

const settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };

function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return spawnSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' }).stdout.normalize('NFC');
}

const flat = (text: string) => text.normalize('NFC').split(/\s+/).filter((w) => w !== '').join(' ');

function pageSizes(pdf: string): [number, number][] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', String(pdfPages(pdf)), pdf], { encoding: 'utf8' }).stdout;
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
}

describeWithWriter('the Word report printed by LibreOffice', () => {
  const folder = tempFolder();
  const profile = join(tmpdir(), `plan-tracker-docx-${process.pid}`);
  const docx = folder.path('bao-cao.docx');
  const pdf = folder.path('bao-cao.pdf');
  let paragraph = '';

  beforeAll(async () => {
    const data = await reportWorkbook(await openXlsx(await plannerProgressWorkbook()), { settings });
    paragraph = data.paragraphs[0];
    writeFileSync(docx, await reportDocx(data));
    writerPdf([docx], folder.path(''), profile);
  }, 180_000);

  afterAll(() => {
    folder.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  test('the report is on A4 portrait pages, then the Phụ lục on A4 landscape', () => {
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBe(pdfPages(pdf));
    const annexStart = sizes.findIndex(([w]) => w === 842);
    expect(annexStart).toBeGreaterThan(0);
    expect(sizes.slice(0, annexStart).every(([w, h]) => w === 595 && h === 842)).toBe(true);
    expect(sizes.slice(annexStart).every(([w, h]) => w === 842 && h === 595)).toBe(true);
    expect(flat(pdfText(pdf, annexStart + 1))).toContain('PHỤ LỤC KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH SỐ 43-KH/TU');
    for (let page = annexStart + 1; page <= sizes.length; page += 1) {
      expect([page, flat(pdfText(pdf, page)).includes('STT Nội dung nhiệm vụ')]).toEqual([page, true]);
    }
  });

  test('the PDF text holds the header, the paragraph and every task id', () => {
    const text = flat(pdfText(pdf));
    // Plan 43 is a Party committee's: its report is headed as Party documents are.
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('-BC/TU');
    expect(text).toContain(flat(paragraph));
    expect(plan43.tasks.filter((task) => !text.includes(task.id)).map((task) => task.id)).toEqual([]);
    expect(text).toContain('Chờ Trung ương hướng dẫn mô hình cơ quan báo chí hợp nhất.');
  });

  test('is set in Times New Roman (or its metric twin)', () => {
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/TimesNewRoman|Times-Roman|LiberationSerif/);
    expect(fonts).not.toMatch(/DejaVu/);
  });

  (hasPdftoppm ? test : test.skip)('renders its pages to out/report-docx/ to look at', () => {
    const dir = resolve(__dirname, '../../out/report-docx');
    mkdirSync(dir, { recursive: true });
    expect(renderPages(pdf, join(dir, 'bao-cao')).length).toBe(pdfPages(pdf));
  });
});
