import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { SCREENSHOTS, screenshot } from './support/browser';
import { servePaneForTests } from './support/served-pane';

const PLANS = path.resolve(__dirname, '..', 'fixtures', 'plans');
const BAC_NINH = path.join(PLANS, 'bac-ninh-141-KH-UBND-2025.txt');
const PLAN_43 = path.join(PLANS, 'binh-duong-43-KH-TU-2018.txt');

const pane = servePaneForTests();

test('a second plan is never mixed into a workbook: the review offers "Thay thế kế hoạch", which keeps the old rows on a sheet of their own', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
  await page.getByLabel('Tính đến ngày').fill('31/03/2026');

  // The workbook takes Kế hoạch 141/KH-UBND (Bắc Ninh, 24 tasks), and the planner records progress.
  await page.getByRole('button', { name: 'Nhập kế hoạch khác…' }).click();
  await page.getByLabel('Tệp kế hoạch (.txt, .md, .docx, .pdf)').setInputFiles(BAC_NINH);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByRole('button', { name: 'Tải vào bảng tính' }).click();
  await page.getByRole('button', { name: 'Tải kế hoạch' }).click();
  await page.getByText('Đã tải 24 nhiệm vụ của Kế hoạch 141/KH-UBND vào trang "Nhiệm vụ".').waitFor();
  // The report date set before importing is the one written ("Tính đến ngày", C2).
  const tasks = page.locator('table[data-sheet="Nhiệm vụ"]');
  expect(await tasks.locator('[data-cell="C2"]').textContent()).toBe('31/03/2026');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.getByText(/^Kiểm tra 24 nhiệm vụ:/).waitFor();

  // Then Plan 43 is imported into the same workbook: the review says the workbook holds another plan.
  await page.getByRole('button', { name: 'Nhập kế hoạch khác…' }).click();
  await page.getByLabel('Tệp kế hoạch (.txt, .md, .docx, .pdf)').setInputFiles(PLAN_43);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByText(/^Sổ tính này đang theo dõi Kế hoạch 141\/KH-UBND; kế hoạch vừa nhập là Kế hoạch 43-KH\/TU\./).waitFor();
  expect(await page.getByRole('button', { name: 'Tải vào bảng tính' }).count()).toBe(0);
  await screenshot(page, 'second-plan-1-review');

  await page.getByRole('button', { name: 'Thay thế kế hoạch' }).click();
  await page.getByText(/"Thay thế kế hoạch" chép các dòng của Kế hoạch 141\/KH-UBND/).waitFor();
  await screenshot(page, 'second-plan-2-confirm');
  await page.getByRole('button', { name: 'Thay thế kế hoạch' }).click();
  await page.getByText('Đã thay Kế hoạch 141/KH-UBND bằng Kế hoạch 43-KH/TU (51 nhiệm vụ). Các dòng của Kế hoạch 141/KH-UBND được giữ trên trang "Nhiệm vụ (141-KH-UBND)".').waitFor();
  await page.getByText('Kế hoạch đang dùng: 43-KH/TU (51 nhiệm vụ)', { exact: true }).waitFor();
  expect(await tasks.locator('[data-cell="C2"]').textContent()).toBe('31/03/2026');
  // The old rows have a tab of their own; the stored plan has none (hidden, as in Excel); nothing withdrawn.
  await page.getByRole('tab', { name: 'Nhiệm vụ (141-KH-UBND)' }).waitFor();
  expect(await page.getByRole('tab', { name: 'PT_Plan' }).count()).toBe(0);
  expect(await page.locator('table[data-sheet="Nhiệm vụ"]').getByText('Đã rút khỏi kế hoạch').count()).toBe(0);
  await screenshot(page, 'second-plan-3-replaced');
  await page.getByRole('tab', { name: 'Nhiệm vụ (141-KH-UBND)' }).click();
  await page.locator('table[data-sheet="Nhiệm vụ (141-KH-UBND)"]').getByText('III.1-01', { exact: true }).waitFor();
  await screenshot(page, 'second-plan-4-archive');

  // The downloaded workbook carries Plan 43 on its hidden sheet, and the archive.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, 'second-plan-download.xlsx');
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const planSheet = book.getWorksheet('PT_Plan');
  expect(planSheet?.state).toBe('hidden');
  expect(planSheet?.getCell('D5').value).toBe('43-KH/TU');
  expect(book.getWorksheet('Nhiệm vụ (141-KH-UBND)')?.getCell('A5').value).toBe('III.1-01');
  expect(errors).toEqual([]);
});
