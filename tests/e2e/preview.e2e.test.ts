import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { plan43 } from '../../src/catalogues';
import { asTracked } from '../../src/core/rules';
import { countWords, reportParagraph, summarize } from '../../src/core/summary';
import { SCREENSHOTS, screenshot } from './support/browser';
import { servePaneForTests } from './support/served-pane';

const AS_OF = '2019-06-30';

const pane = servePaneForTests();

async function openPreview(page: Page) {
  await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
  await page.getByRole('heading', { name: 'Bản xem trước (ngoài Excel)' }).waitFor();
}

test('a planner loads Plan 43, checks it, summarises it as of a date and downloads the workbook', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  await openPreview(page);
  await page.getByLabel('Tính đến ngày').fill('30/06/2019');

  await page.getByRole('button', { name: 'Tải kế hoạch' }).click();
  await page.getByText(`Đã tải ${plan43.tasks.length} nhiệm vụ của Kế hoạch 43-KH/TU vào trang "Nhiệm vụ".`).waitFor();
  // The sheet viewer shows the tasks sheet with the C.10 task in it.
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).waitFor();
  expect(await page.locator('table[data-sheet="Nhiệm vụ"]').getByText('C.10-01', { exact: true }).count()).toBe(1);
  await screenshot(page, 'preview-1-loaded');

  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  const findings = page.getByRole('region', { name: 'Kết quả kiểm tra' });
  await findings.first().waitFor();
  // Findings come grouped by kind; the group of deadlines before the plan's issue date is opened.
  await findings.first().locator('summary', { hasText: 'Thời hạn trước ngày ban hành kế hoạch' }).click();
  const c10 = findings.first().getByText(/C\.10-01.*trước ngày ban hành kế hoạch 12\/02\/2018/);
  expect(await c10.count()).toBeGreaterThanOrEqual(1);
  await screenshot(page, 'preview-2-checked');

  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await page.getByText(/Đã lập báo cáo/).waitFor();
  const summary = summarize(plan43.tasks.map(asTracked), { asOf: AS_OF, dueSoonDays: 7, beforeDateExclusive: false });
  expect(summary.overview.counts.overdue).toBeGreaterThan(0);
  const paragraph = reportParagraph(summary, plan43.plan, 'vi');
  expect(paragraph).toContain(`${countWords(summary.overview.counts.overdue)} nhiệm vụ quá hạn chưa hoàn thành`);
  await page.getByText(paragraph, { exact: false }).first().waitFor();
  await screenshot(page, 'preview-3-summarised');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, 'preview-download.xlsx');
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const names = book.worksheets.map((sheet) => sheet.name);
  expect(names).toEqual(expect.arrayContaining(['Nhiệm vụ', 'Đơn vị', 'Kiểm tra']));
  // The plan travels with the workbook, on a sheet Excel keeps hidden; the preview shows no tab for it.
  expect(book.getWorksheet('PT_Plan')?.state).toBe('hidden');
  expect(await page.getByRole('tab', { name: 'PT_Plan' }).count()).toBe(0);
  const tasksSheet = book.getWorksheet('Nhiệm vụ');
  const ids = new Set<string>();
  tasksSheet?.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === 'string' && /^[ABC]\.[\w.-]+-\d{2}$/.test(cell.value)) ids.add(cell.value);
  }));
  expect(ids.size).toBe(plan43.tasks.length);
  expect(errors).toEqual([]);
});
