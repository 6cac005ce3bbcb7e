/**
 * "Xuất báo cáo (.docx)" in the browser preview, on the production build: the Word report is
 * downloaded, holds the report paragraph and every task id, and its code (the `docx` package) is
 * fetched only when the planner exports, never with the pane.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { plan43 } from '../../src/catalogues';
import { asTracked } from '../../src/core/rules';
import { reportParagraphs, summarize } from '../../src/core/summary';
import { SCREENSHOTS, screenshot } from './support/browser';
import { servePaneForTests } from './support/served-pane';

const pane = servePaneForTests();

test('a planner exports the Word report from the preview; its code arrives only then', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
  await page.getByLabel('Tính đến ngày').fill('2019-06-30');
  await page.getByRole('button', { name: 'Tải kế hoạch' }).click();
  await page.getByText(`Đã tải ${plan43.tasks.length} nhiệm vụ của Kế hoạch 43-KH/TU vào trang "Nhiệm vụ".`).waitFor();
  expect(scripts.filter((url) => /report-docx/.test(url))).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất báo cáo (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe('bao-cao-43-KH-TU-2019-06-30.docx');
  await page.getByText(/Đã tạo báo cáo Word "bao-cao-43-KH-TU-2019-06-30\.docx"/).waitFor();
  expect(scripts.filter((url) => /report-docx/.test(url))).toHaveLength(1);
  await screenshot(page, 'report-docx-exported');

  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, 'report-docx-download.docx');
  await download.saveAs(file);
  const xml = (await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
  const settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
  const [paragraph] = reportParagraphs(summarize(plan43.tasks.map(asTracked), settings), plan43.plan, 'vi');
  expect(paragraph).toMatch(/^Tính đến ngày 30\/0?6\/2019, trong tổng số 51 nhiệm vụ/);
  expect(xml).toContain(paragraph);
  expect(plan43.tasks.filter((task) => !xml.includes(task.id)).map((task) => task.id)).toEqual([]);
  expect(errors).toEqual([]);
});
