/**
 * pdfText (src/pdf/pdf-text.ts) with the real pdf.js (the legacy build the command line loads) on
 * PDFs written by hand: lines and paragraphs come back, page numbers and a running header go, a
 * bold paragraph is marked, a scan is refused with a message saying what to do, a scanned page
 * among typed ones is named, and what is not a PDF or is broken says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPdfJs } from '../../src/cli/pdfjs-node';
import { importPlanText } from '../../src/core/import';
import type { Task } from '../../src/core/model';
import { pdfText, type PdfJsLibrary } from '../../src/pdf/pdf-text';
import { PlanFileProblem } from '../../src/plan-file/problems';
import { minimalPdf, type MinimalLine } from './minimal-pdf';
import { planTextPdf } from './plan-text-pdf';

let pdfjs: PdfJsLibrary;
beforeAll(async () => {
  pdfjs = await loadPdfJs();
});

async function problemOf(promise: Promise<unknown>): Promise<PlanFileProblem> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileProblem);
    return error as PlanFileProblem;
  }
  throw new Error('expected a PlanFileProblem');
}

/**
 * A page of body text at 12 pt, lines 14 pt apart and paragraphs 6 pt more (a line starting
 * with "-" or in bold starts one), with the running header and the page number.
 */
function typedPage(page: number, body: Array<Omit<MinimalLine, 'y'>>): MinimalLine[] {
  let y = 774;
  return [
    { text: 'Ke hoach so 141/KH-UBND', x: 200, y: 810, size: 9 },
    ...body.map((line, index) => {
      y -= 14 + (index > 0 && (line.text.startsWith('-') || line.bold) ? 6 : 0);
      return { ...line, y };
    }),
    { text: String(page), x: 295, y: 30, size: 9 },
  ];
}

describe('pdfText', () => {
  it('rebuilds lines and paragraphs, drops the running header and page numbers, marks bold paragraphs', async () => {
    const pdf = minimalPdf([
      { lines: typedPage(1, [
        { text: 'I. NHIEM VU', x: 72, bold: true },
        { text: '- Ra soat, don gian hoa thu tuc hanh chinh', x: 72 },
        { text: 'cap tinh va cap xa (Quy I/2025).', x: 72 },
      ]) },
      { lines: typedPage(2, [
        { text: '- Kiem tra cong vu tai cac co quan, don vi', x: 72 },
        { text: 'thuoc UBND tinh (Quy III/2025).', x: 72 },
      ]) },
      { lines: typedPage(3, [{ text: '- Bao cao ket qua thuc hien ke hoach (Quy IV/2025).', x: 72 }]) },
    ]);
    const result = await pdfText(new Uint8Array(pdf), pdfjs);
    expect(result.pages).toBe(3);
    expect(result.runningLines).toBe(6);
    expect(result.warnings).toEqual([]);
    // Pages 1 and 2 end high on the page: each ends its paragraph.
    expect(result.text).toBe([
      '**I. NHIEM VU**',
      '- Ra soat, don gian hoa thu tuc hanh chinh\ncap tinh va cap xa (Quy I/2025).',
      '- Kiem tra cong vu tai cac co quan, don vi\nthuoc UBND tinh (Quy III/2025).',
      '- Bao cao ket qua thuc hien ke hoach (Quy IV/2025).',
    ].join('\n\n'));
  });

  it('Bắc Ninh 141 printed line for line, with a page header and numbers, imports like its text', async () => {
    const text = readFileSync(path.resolve(__dirname, '../fixtures/plans/bac-ninh-141-KH-UBND-2025.txt'), 'utf8');
    const result = await pdfText(new Uint8Array(planTextPdf(text, 'Kế hoạch số 141/KH-UBND của UBND tỉnh Bắc Ninh')), pdfjs);
    expect(result.pages).toBe(8);
    expect(result.runningLines).toBe(16);
    // `original` and `lines` say where the task stands in the text read, which the PDF lays out differently.
    const comparable = ({ original: _original, lines: _lines, ...task }: Task) => task;
    expect(importPlanText(result.text).catalogue.tasks.map(comparable)).toEqual(importPlanText(text).catalogue.tasks.map(comparable));
  });

  it('refuses a scan (pages that are only pictures) in Vietnamese and English', async () => {
    const problem = await problemOf(pdfText(new Uint8Array(minimalPdf([{ image: true }, { image: true }])), pdfjs));
    expect(problem.kind).toBe('pdf-no-text');
    expect(problem.words.vi).toBe(
      'Tệp PDF (2 trang) không có lớp chữ — có lẽ là bản quét hoặc ảnh chụp — nên không đọc được nội dung. ' +
        'Hãy dùng tệp .docx của kế hoạch, hoặc sao chép phần chữ của kế hoạch rồi dán vào (hoặc lưu thành tệp .txt).',
    );
    expect(problem.words.en).toContain('has no text layer — probably a scan');
    expect(problem.words.en).toContain("Use the plan's .docx file, or copy the plan's text and paste it");
  });

  it('takes a scan whose text layer is only a stamp or a page number for a scan', async () => {
    const stamped = minimalPdf([1, 2, 3].map((page) => ({ image: true, lines: [{ text: `Trang ${page}`, x: 280, y: 30 }, { text: 'BAN SAO', x: 60, y: 800 }] })));
    expect((await problemOf(pdfText(new Uint8Array(stamped), pdfjs))).kind).toBe('pdf-no-text');
  });

  it('names the pages without text in a PDF that has text elsewhere', async () => {
    const body = (part: string) => Array.from({ length: 6 }, (_, i) => ({ text: `- Nhiem vu ${part}.${i + 1} cua ke hoach (Quy I/2025).`, x: 72 }));
    const result = await pdfText(new Uint8Array(minimalPdf([{ lines: typedPage(1, body('A')) }, { image: true }, { lines: typedPage(3, body('B')) }])), pdfjs);
    expect(result.warnings).toEqual([{
      vi: 'Trang 2 của tệp PDF không có lớp chữ (trang quét?): nội dung các trang này không được nhập.',
      en: 'Page 2 of the PDF has no text layer (scanned?): their content is not imported.',
    }]);
    expect(result.text.split('\n').filter((line) => line.startsWith('- Nhiem vu '))).toHaveLength(12);
    // The scanned page between ends the paragraph before it.
    expect(result.text).toContain('- Nhiem vu A.6 cua ke hoach (Quy I/2025).\n\n- Nhiem vu B.1 ');
  });

  it('says when a file is not a PDF, or a damaged one', async () => {
    expect((await problemOf(pdfText(new TextEncoder().encode('Kế hoạch số 1'), pdfjs))).words).toEqual({
      vi: 'Tệp có đuôi .pdf nhưng nội dung không phải PDF.',
      en: 'The file is named .pdf but is not a PDF.',
    });
    const cut = minimalPdf([{ lines: typedPage(1, [{ text: 'x', x: 72 }]) }]).subarray(0, 60);
    const damaged = await problemOf(pdfText(new Uint8Array(cut), pdfjs));
    expect(damaged.kind).toBe('pdf-damaged');
    expect(damaged.words.vi).toMatch(/^Tệp PDF bị hỏng, không đọc được \(.+\)\.$/);
  });

  it('leaves the caller its bytes (pdf.js is given a copy)', async () => {
    const bytes = new Uint8Array(minimalPdf([{ lines: typedPage(1, [{ text: '- Mot nhiem vu cua ke hoach nam 2025 (Quy I/2025).', x: 72 }]) }]));
    await pdfText(bytes, pdfjs);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(String.fromCharCode(...bytes.subarray(0, 5))).toBe('%PDF-');
  });
});
