/**
 * The "Phụ lục" sheet on paper, as LibreOffice Calc prints the .xlsx the ExcelJS adapter writes:
 * A4 landscape, the header row on every page, every task there with the end of its text (a row
 * too short for its text would cut the last lines off), in Times New Roman (Liberation Serif, its
 * metric twin, where Times is not installed). Pages are rendered to out/annex/ to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { plan43 } from '../../src/catalogues';
import type { Settings, TrackedTask } from '../../src/core/model';
import { annexOf } from '../../src/core/summary';
import { annexSheet } from '../../src/layout/summary';
import { newXlsx } from '../../src/workbook/xlsx';
import { tempFolder } from '../fixtures/xlsx/run-cli';
import { convert, hasPdftoppm, hasSoffice, pdfPages, renderPages } from './libreoffice';

const describeWithLibreOffice = hasSoffice ? describe : describe.skip;
if (!hasSoffice) console.warn('SKIPPED: LibreOffice (soffice) is not installed: the Phụ lục print check cannot run.');

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
const tasks: TrackedTask[] = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));
tasks[0] = { ...tasks[0], progress: 'done', completedOn: '2019-05-15', note: 'Đã ban hành Đề án số 05-ĐA/TU về sắp xếp tổ chức bộ máy; đã tinh giản 312 biên chế.' };
tasks[10] = { ...tasks[10], progress: 'paused', note: 'Chờ hướng dẫn của Trung ương về mô hình thí điểm.' };

function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const result = spawnSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' });
  return result.stdout.normalize('NFC');
}

const words = (text: string) => text.normalize('NFC').split(/\s+/).filter((w) => w !== '');

describeWithLibreOffice('the Phụ lục sheet printed by LibreOffice', () => {
  const folder = tempFolder();
  const profile = join(tmpdir(), `plan-tracker-annex-${process.pid}`);
  const xlsx = folder.path('phu-luc.xlsx');
  const pdf = folder.path('phu-luc.pdf');

  beforeAll(async () => {
    const book = await newXlsx();
    await book.write({ sheets: [annexSheet(annexOf(tasks, plan43.plan, plan43.sections, settings))] });
    writeFileSync(xlsx, await book.toXlsxBytes());
    convert(xlsx, 'pdf', folder.path(''), profile);
  }, 180_000);

  afterAll(() => {
    folder.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  test('prints on A4 landscape pages, several of them', () => {
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
    expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([842, 595]);
    expect(pdfPages(pdf)).toBeGreaterThan(2);
  });

  test('repeats the header row on every page, the title only on the first', () => {
    const pages = pdfPages(pdf);
    for (let page = 1; page <= pages; page += 1) {
      const text = pdfText(pdf, page);
      expect([page, text.includes('Nội dung nhiệm vụ') && text.includes('Kết quả thực hiện') && text.includes('Tình trạng')]).toEqual([page, true]);
      expect([page, text.includes('PHỤ LỤC')]).toEqual([page, page === 1]);
    }
  });

  test('holds every task id and the end of every task text: no row is cut short', () => {
    const printed = words(pdfText(pdf)).join(' ');
    const missing = plan43.tasks.filter((task) => !printed.includes(task.id)).map((task) => task.id);
    expect(missing).toEqual([]);
    const cut = tasks.filter((task) => !printed.includes(words(task.text).slice(-2).join(' '))).map((task) => task.id);
    expect(cut).toEqual([]);
    expect(printed).toContain('Hoàn thành ngày 15/05/2019.');
    expect(printed).toContain('Chờ hướng dẫn của Trung ương');
  });

  test('uses Times New Roman (or its metric twin)', () => {
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/TimesNewRoman|Times-Roman|LiberationSerif/);
  });

  (hasPdftoppm ? test : test.skip)('renders its pages to out/annex/ to look at', () => {
    const dir = resolve(__dirname, '../../out/annex');
    mkdirSync(dir, { recursive: true });
    expect(renderPages(pdf, join(dir, 'phu-luc')).length).toBe(pdfPages(pdf));
  });
});
