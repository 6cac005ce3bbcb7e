import * as fs from 'fs';
import { screenshot } from './support/browser';
import { servePaneForTests } from './support/served-pane';

const pane = servePaneForTests();

test('the task pane renders in Vietnamese outside Excel, with office.js loaded and no console errors', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  await page.getByRole('heading', { name: 'Theo dõi Kế hoạch' }).waitFor();
  await page.getByText('Đang chạy ngoài Excel').waitFor();
  // office.js really loaded (from the local copy) and told the pane it is not in Excel.
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');
  expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  expect(await page.getByRole('button', { name: 'Mở bản xem trước' }).count()).toBe(1);
  const file = await screenshot(page, 'taskpane-outside-excel');
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
  expect(errors).toEqual([]);
});

test('?lang=en shows the English pane', async () => {
  const { page, errors } = await pane.open('taskpane.html?lang=en');
  await page.getByRole('heading', { name: 'Plan Tracker' }).waitFor();
  await page.getByText('Running outside Excel').waitFor();
  expect(errors).toEqual([]);
});
