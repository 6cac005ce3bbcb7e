import * as path from 'path';
import { screenshot } from './support/browser';
import { servePaneForTests } from './support/served-pane';

// The Bắc Ninh plan has a layout of its own ("Đơn vị chủ trì / phối hợp / Thời gian thực hiện" lines).
const PLAN_FILE = path.resolve(__dirname, '..', 'fixtures', 'plans', 'bac-ninh-141-KH-UBND-2025.txt');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const expected = require('../fixtures/bac-ninh-141.expected.json') as { tasks: unknown[] };

const pane = servePaneForTests();

test('a planner imports another plan from a file, reviews what was found, and loads it', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
  await page.getByText('Kế hoạch đang dùng:').waitFor();
  expect(await page.getByText('43-KH/TU', { exact: true }).count()).toBe(1);

  await page.getByRole('button', { name: 'Nhập kế hoạch khác…' }).click();
  await page.getByLabel('Tệp kế hoạch (.txt, .md, .docx)').setInputFiles(PLAN_FILE);
  await page.getByText('bac-ninh-141-KH-UBND-2025.txt').waitFor();
  await page.getByRole('button', { name: 'Xem trước' }).click();
  // The review comes before anything is written: header, tasks per section, points to review.
  await page.getByText(`Tổng cộng: ${expected.tasks.length} nhiệm vụ`).waitFor();
  expect(await page.getByText('141/KH-UBND').count()).toBeGreaterThanOrEqual(1);
  await screenshot(page, 'import-1-review');

  await page.getByRole('button', { name: 'Tải vào bảng tính' }).click();
  await page.getByText(`(${expected.tasks.length} nhiệm vụ, chưa tải vào sổ tính)`).waitFor();
  await page.getByRole('button', { name: 'Tải kế hoạch' }).click();
  await page.getByText(`Đã tải ${expected.tasks.length} nhiệm vụ của Kế hoạch 141/KH-UBND vào trang "Nhiệm vụ".`).waitFor();
  // The workbook now holds the plan: the caption reads it back from there.
  await page.getByText(`(${expected.tasks.length} nhiệm vụ)`).waitFor();
  await screenshot(page, 'import-2-loaded');
  expect(errors).toEqual([]);
});
