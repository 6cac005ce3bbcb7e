/**
 * The workbook `build` writes, opened by LibreOffice Calc (headless): every sheet converts to its
 * own CSV, every plan task is on the tasks sheet, no cell shows a formula error, and the PDF has
 * pages (rendered to PNG in out/libreoffice/ for a person to look at). The same for a workbook
 * re-saved by `summary`. Needs soffice (CI installs libreoffice-calc-nogui).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { plan43 } from '../../src/catalogues';
import { SHEETS } from '../../src/layout/names';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';
import { convert, CSV_ALL_SHEETS, csvBySheet, hasPdftoppm, hasSoffice, parseCsv, pdfPages, renderPages } from './libreoffice';

const ALL_SHEETS = Object.values(SHEETS);
const FORMULA_ERROR = /^(#NAME\?|#REF!|#VALUE!|#N\/A|#DIV\/0!|#NUM!|#NULL!|Err:\d{3}|#ERR\d+!?)$/;

if (!hasSoffice) {
  const message = 'LibreOffice (soffice) is not installed: the real-file checks in tests/libreoffice cannot run. Install libreoffice-calc-nogui.';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
}

const describeWithLibreOffice = hasSoffice ? describe : describe.skip;

describeWithLibreOffice('LibreOffice opens the workbooks the CLI writes', () => {
  const folder = tempFolder();
  const profile = join(tmpdir(), `plan-tracker-lo-${process.pid}`);
  const pngDir = resolve(__dirname, '../../out/libreoffice');
  const built = folder.path('built.xlsx');
  const summarised = folder.path('summarised.xlsx');
  const csvDir = folder.path('csv');
  const pdfDir = folder.path('pdf');

  beforeAll(async () => {
    mkdirSync(csvDir);
    mkdirSync(pdfDir);
    expect((await runPlanTracker('build', '--out', built, '--as-of', '2019-06-30')).code).toBe(0);
    expect((await runPlanTracker('summary', built, '--out', summarised, '--as-of', '2019-09-30')).code).toBe(0);
    for (const file of [built, summarised]) {
      convert(file, CSV_ALL_SHEETS, csvDir, profile);
      convert(file, 'pdf', pdfDir, profile);
    }
  }, 300_000);

  afterAll(() => {
    folder.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  for (const stem of ['built', 'summarised']) {
    describe(`${stem}.xlsx`, () => {
      test('every sheet opens: one CSV per sheet, with the expected names', () => {
        expect([...csvBySheet(csvDir, stem).keys()].sort()).toEqual([...ALL_SHEETS].sort());
      });

      test('the tasks sheet holds every task id of Kế hoạch 43, under its header', () => {
        const rows = parseCsv(csvBySheet(csvDir, stem).get(SHEETS.tasks) ?? '');
        const header = rows.findIndex((row) => row[0] === 'Mã NV');
        expect(header).toBe(4);
        const ids = rows.slice(header + 1).map((row) => row[0]).filter((id) => id !== '');
        expect(ids).toEqual(plan43.tasks.map((task) => task.id));
      });

      test('no cell on any sheet shows a formula error', () => {
        const errors: string[] = [];
        for (const [sheet, text] of csvBySheet(csvDir, stem)) {
          parseCsv(text).forEach((row, r) => row.forEach((cell, c) => {
            if (FORMULA_ERROR.test(cell.trim())) errors.push(`${sheet} R${r + 1}C${c + 1}: ${cell}`);
          }));
        }
        expect(errors).toEqual([]);
      });

      test('the findings link to cells by their text (HYPERLINK evaluated by LibreOffice)', () => {
        const rows = parseCsv(csvBySheet(csvDir, stem).get(SHEETS.findings) ?? '');
        const column = rows[3].indexOf('Đến ô'); // the header row; the link is the last column
        expect(column).toBe(rows[3].filter((cell) => cell !== '').length - 1);
        const links = rows.slice(4).map((row) => row[column]).filter((cell) => cell !== '');
        expect(links.length).toBeGreaterThan(0);
        expect(links.every((cell) => /^Nhiệm vụ!\$?[A-O]\$?\d+$/.test(cell))).toBe(true);
      });

      test('on paper: the provenance and JSON columns stay off the pages, and the workbook prints in under 30 pages', () => {
        const pdf = join(pdfDir, `${stem}.pdf`);
        // 37 pages before the print areas and narrower columns (tasks at ~5 pt, 16 pages of JSON).
        expect(pdfPages(pdf)).toBeLessThan(30);
        const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        if (text.error) return; // no poppler-utils: the page count above still holds
        expect(text.stdout).toContain('Số ngày');
        expect(text.stdout).not.toContain('Lưu ý nguồn');
        expect(text.stdout).not.toContain('"statuses"');
      });

      test('printed whole, the pages are numbered on from sheet to sheet, each headed with the report date', () => {
        const text = spawnSync('pdftotext', ['-layout', join(pdfDir, `${stem}.pdf`), '-'], { encoding: 'utf8' });
        if (text.error) return; // no poppler-utils
        const pages = text.stdout.split('\f').filter((page) => page.trim() !== '');
        const asOf = stem === 'built' ? '30/06/2019' : '30/09/2019';
        expect(pages.map((page) => /Trang (\d+)\/(\d+)/.exec(page)?.slice(1).join('/'))).toEqual(pages.map((_, i) => `${i + 1}/${pages.length}`));
        // "Nhiệm vụ" and "Đơn vị" are not rewritten by `summary`: their headers are refreshed.
        expect(pages.filter((page) => !page.includes(`Tính đến ngày ${asOf}`))).toEqual([]);
      });

      test('the report date the colours read is the report\'s', () => {
        const rows = parseCsv(csvBySheet(csvDir, stem).get(SHEETS.tasks) ?? '');
        // The CSV is unformatted, so in LibreOffice's locale order ("09/30/2019" in en-US): day and month either way.
        const [first, second, year] = rows[1][2].split('/');
        expect([year, ...[first, second].sort()]).toEqual(stem === 'built' ? ['2019', '06', '30'] : ['2019', '09', '30']);
      });

      test('the PDF has pages; they are rendered to PNG in out/libreoffice/', () => {
        const pdf = join(pdfDir, `${stem}.pdf`);
        const pages = pdfPages(pdf);
        expect(pages).toBeGreaterThanOrEqual(ALL_SHEETS.length);
        if (hasPdftoppm) {
          mkdirSync(pngDir, { recursive: true });
          expect(renderPages(pdf, join(pngDir, stem))).toHaveLength(pages);
        }
      }, 120_000);
    });
  }
});
