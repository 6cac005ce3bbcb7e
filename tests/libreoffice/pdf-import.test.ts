/**
 * PDFs printed by LibreOffice Writer import like the texts they were printed from (issue 9):
 * the two plans of tests/fixtures/plans printed line for line, and Bắc Ninh 141 laid out as an
 * official document is printed — letterhead table, running page header, page numbers, bold
 * headings, justified paragraphs with an indented first line. Every task field but `original` (the
 * verbatim source lines, which the printer wraps its own way) must be the same as from the text.
 * A PDF locked with a password says so. Needs Writer (CI installs libreoffice-writer-nogui).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliFailure } from '../../src/cli/io';
import { loadPlanFile, type LoadedPlan } from '../../src/cli/load-plan';
import type { Task } from '../../src/core/model';
import { tempFolder } from '../fixtures/xlsx/run-cli';
import { officialDocumentFodt, paragraphsOfPlanText } from './official-document';
import { hasWriter, pdfExport, TEXT_IN_SERIF, writerPdf } from './writer';

const PLANS = resolve(__dirname, '../fixtures/plans');
const BAC_NINH = 'bac-ninh-141-KH-UBND-2025';
const PLAN_43 = 'binh-duong-43-KH-TU-2018';

if (!hasWriter) {
  const message = 'LibreOffice Writer is not installed: the PDF import checks in tests/libreoffice cannot run. Install libreoffice-writer-nogui.';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
}

const describeWithWriter = hasWriter ? describe : describe.skip;

/** A task without its verbatim source and its line numbers (a printer wraps lines its own way). */
function comparable({ original: _original, lines: _lines, ...task }: Task): Omit<Task, 'original' | 'lines'> {
  return task;
}

function sameAsText(fromPdf: LoadedPlan, fromText: LoadedPlan): void {
  expect(fromPdf.catalogue.tasks.map(comparable)).toEqual(fromText.catalogue.tasks.map(comparable));
  expect({ ...fromPdf.catalogue.plan, source: '' }).toEqual({ ...fromText.catalogue.plan, source: '' });
  expect(fromPdf.catalogue.sections).toEqual(fromText.catalogue.sections);
  expect(fromPdf.catalogue.gaps).toEqual(fromText.catalogue.gaps);
}

describeWithWriter('PDFs printed by LibreOffice Writer import like their text', () => {
  const folder = tempFolder();
  const profile = join(tmpdir(), `plan-tracker-writer-${process.pid}`);
  const pdfDir = folder.path('pdf');
  const lockedDir = folder.path('locked');
  const pdf = (stem: string, dir = pdfDir) => join(dir, `${stem}.pdf`);

  beforeAll(() => {
    mkdirSync(pdfDir);
    mkdirSync(lockedDir);
    writerPdf([join(PLANS, `${BAC_NINH}.txt`), join(PLANS, `${PLAN_43}.txt`)], pdfDir, profile, { inFilter: TEXT_IN_SERIF });
    const text = readFileSync(join(PLANS, `${BAC_NINH}.txt`), 'utf8');
    const paragraphs = paragraphsOfPlanText(text, '**KẾ HOẠCH**', '\n* *\n');
    paragraphs[0].centered = true; // KẾ HOẠCH
    paragraphs[1].centered = true; // its title
    paragraphs[1].heading = true;
    const fodt = folder.path('bac-ninh-official.fodt');
    writeFileSync(fodt, officialDocumentFodt({
      letterhead: {
        left: ['UỶ BAN NHÂN DÂN', 'TỈNH BẮC NINH', '-------', 'Số: 141/KH-UBND'],
        right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', 'Bắc Ninh, ngày 20 tháng 11 năm 2025'],
      },
      paragraphs,
      closing: {
        left: ['Nơi nhận:', '- Bộ Tư pháp (b/c);', '- TT Tỉnh ủy, TT HĐND tỉnh;', '- Lưu: VT, NC.'],
        right: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Phạm Văn Thịnh'],
      },
      runningHeader: 'Kế hoạch số 141/KH-UBND ngày 20/11/2025 của UBND tỉnh Bắc Ninh',
    }));
    writerPdf([fodt], pdfDir, profile);
    writerPdf([fodt], lockedDir, profile, { target: pdfExport({ EncryptFile: true, DocumentOpenPassword: 'matkhau' }) });
  }, 300_000);

  afterAll(() => {
    folder.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  test('Bắc Ninh 141 printed from its text: the same 24 tasks (ids, leads, deadlines …) and header', async () => {
    const [fromPdf, fromText] = await Promise.all([loadPlanFile(pdf(BAC_NINH)), loadPlanFile(join(PLANS, `${BAC_NINH}.txt`))]);
    expect(fromPdf.catalogue.tasks.map((task) => task.id)).toHaveLength(24);
    sameAsText(fromPdf, fromText);
    expect(fromPdf.catalogue.plan.source).toBe(`${BAC_NINH}.pdf`);
  });

  test('Plan 43 printed from its text (OCR noise, page footers, lost pages and all): the same 51 tasks', async () => {
    const [fromPdf, fromText] = await Promise.all([loadPlanFile(pdf(PLAN_43)), loadPlanFile(join(PLANS, `${PLAN_43}.txt`))]);
    expect(fromPdf.catalogue.tasks).toHaveLength(51);
    sameAsText(fromPdf, fromText);
  });

  test('Bắc Ninh 141 as an official document (letterhead, page header and numbers, bold headings, indents): the same tasks', async () => {
    const [fromPdf, fromText] = await Promise.all([loadPlanFile(pdf('bac-ninh-official')), loadPlanFile(join(PLANS, `${BAC_NINH}.txt`))]);
    // The first check a planner makes: ids, leads and deadlines.
    const outline = (plan: LoadedPlan) => plan.catalogue.tasks.map((task) => [task.id, task.lead.join('; '), task.deadline.end]);
    expect(outline(fromPdf)).toEqual(outline(fromText));
    expect(outline(fromPdf).slice(0, 2)).toEqual([
      ['III.1-01', 'Các Sở, ngành, đơn vị; UBND cấp xã', null],
      ['III.2-01', 'Các Sở, ngành, đơn vị; UBND cấp xã', null],
    ]);
    sameAsText(fromPdf, fromText);
    // The running header and the page numbers were taken off, not read as text.
    expect(fromPdf.findings.map((finding) => finding.code)).not.toContain('IMPORT_NOISE_REMOVED');
    expect(JSON.stringify(fromPdf.catalogue)).not.toContain('ngày 20/11/2025 của UBND tỉnh Bắc Ninh');
  });

  test('a PDF locked with a password says so, and what to use instead', async () => {
    await expect(loadPlanFile(pdf('bac-ninh-official', lockedDir))).rejects.toThrow(CliFailure);
    await expect(loadPlanFile(pdf('bac-ninh-official', lockedDir))).rejects.toThrow(
      /bac-ninh-official\.pdf: Tệp PDF được khoá bằng mật khẩu: hãy dùng tệp \.docx của kế hoạch, hoặc bản PDF không có mật khẩu\. \/ The PDF is password-protected/,
    );
  });
});
