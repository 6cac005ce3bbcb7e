/**
 * A planner's day in the pane (browser preview, Chromium): the report date and findings survive the
 * import panel, the date is dd/mm/yyyy, the language switch is remembered, the preview's sheets are
 * readable at 350 px and 1280 px, a clicked finding shows its cell, and axe-core finds no serious
 * accessibility violation in the main states.
 */
import type { Locator, Page } from 'playwright-core';
import { plan43 } from '../../src/catalogues';
import { seriousAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { servePaneForTests } from './support/served-pane';

const pane = servePaneForTests();

async function openPreview(page: Page) {
  await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
  await page.getByRole('heading', { name: 'Bản xem trước (ngoài Excel)' }).waitFor();
}

/** The sheet viewer's scrolling frame (a region named after the sheet shown). */
const sheetFrame = (page: Page, sheet: string): Locator => page.getByRole('region', { name: sheet, exact: true });

async function expectNoSeriousViolations(page: Page, state: string) {
  const violations = await seriousAxeViolations(page);
  expect({ state, violations }).toEqual({ state, violations: [] });
}

test('outside Excel: no serious accessibility violation; the vi/en switch changes the pane and is remembered', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  await page.getByText('Đang chạy ngoài Excel').waitFor();
  await expectNoSeriousViolations(page, 'outside Excel');

  await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('heading', { name: 'Plan Tracker' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  // Remembered: the next time the pane opens (same browser profile) it is English without ?lang=en.
  await page.reload();
  await page.getByText('Running outside Excel').waitFor();
  expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByText('Đang chạy ngoài Excel').waitFor();
  expect(errors).toEqual([]);
});

test('a planner day at 350 px: state kept across the import panel, findings grouped, a finding shows its cell, readable sheets', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  await page.setViewportSize({ width: 350, height: 760 });
  await openPreview(page);

  const date = page.getByLabel('Tính đến ngày');
  const days = page.getByLabel('Sắp đến hạn trong (ngày)');
  // A wrong date and wrong days each get their message on their own field.
  await date.fill('31/02/2019');
  await page.getByText('Ngày báo cáo không hợp lệ: hãy nhập ngày/tháng/năm, ví dụ 30/06/2019.').waitFor();
  await days.fill('-2');
  await page.getByText('Số ngày phải là số nguyên từ 0 đến 366.').waitFor();
  await screenshot(page, 'daily-350-0-wrong-fields', false);
  await date.fill('30/6/2019');
  await days.fill('10');
  await date.blur();
  expect(await date.inputValue()).toBe('30/06/2019');

  await page.getByRole('button', { name: 'Tải kế hoạch' }).click();
  await page.getByText(`Đã tải ${plan43.tasks.length} nhiệm vụ của Kế hoạch 43-KH/TU vào trang "Nhiệm vụ".`).waitFor();
  await expectNoSeriousViolations(page, 'preview, plan loaded');

  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  const findings = page.getByRole('list', { name: 'Kết quả kiểm tra' });
  await findings.waitFor();
  // Grouped by kind, each kind with its count; each finding a button inside a list item.
  // Plan 43 has dozens of findings: the kinds come first, each opened on demand.
  const kinds = findings.locator('summary');
  expect(await kinds.count()).toBeGreaterThan(2);
  expect(await findings.getByRole('button').count()).toBe(0);
  await kinds.filter({ hasText: 'Thời hạn trước ngày ban hành kế hoạch' }).click();
  const group = findings.getByRole('list', { name: 'Thời hạn trước ngày ban hành kế hoạch' });
  const groupItems = await group.getByRole('listitem').count();
  expect(groupItems).toBeGreaterThan(0);
  expect(await group.locator('xpath=..').locator('summary').textContent()).toBe(`Cảnh báoThời hạn trước ngày ban hành kế hoạch${groupItems}`);
  expect(await findings.locator('li[role="button"]').count()).toBe(0);
  await screenshot(page, 'daily-350-1-findings-grouped');
  await expectNoSeriousViolations(page, 'preview, findings listed');

  // Opening and closing the import keeps the report date, the days and the findings.
  await page.getByRole('button', { name: 'Nhập kế hoạch khác…' }).click();
  await page.getByLabel('Dán nội dung kế hoạch').waitFor();
  await expectNoSeriousViolations(page, 'import panel open');
  await page.getByRole('button', { name: 'Đóng nhập kế hoạch' }).click();
  expect(await date.inputValue()).toBe('30/06/2019');
  expect(await days.inputValue()).toBe('10');
  expect(await group.getByRole('listitem').count()).toBe(groupItems);

  // A clicked finding: its sheet's tab opens, the cell is scrolled into view and outlined.
  const first = group.getByRole('listitem').first().getByRole('button');
  const cell = /Nhiệm vụ!([A-Z]+\d+)/.exec((await first.textContent()) ?? '')?.[1];
  expect(cell).toBeDefined();
  await page.getByRole('tab', { name: 'Đơn vị' }).click();
  await first.click();
  await page.getByRole('status').filter({ hasText: `Ô được chọn: Nhiệm vụ!${cell}` }).waitFor();
  expect(await page.getByRole('tab', { name: 'Nhiệm vụ' }).getAttribute('aria-selected')).toBe('true');
  const target = sheetFrame(page, 'Nhiệm vụ').locator(`[data-cell="${cell}"]`);
  const frameBox = await sheetFrame(page, 'Nhiệm vụ').boundingBox();
  const cellBox = await target.boundingBox();
  expect(cellBox!.y).toBeGreaterThanOrEqual(frameBox!.y);
  expect(cellBox!.y).toBeLessThan(frameBox!.y + frameBox!.height);
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await screenshot(page, 'daily-350-2-finding-shown', false);

  // The header row stays in view while the sheet scrolls.
  const frame = sheetFrame(page, 'Nhiệm vụ');
  await frame.evaluate((el) => el.scrollTo({ top: 1500 }));
  const header = frame.locator('th[scope="col"]').first();
  const headerBox = await header.boundingBox();
  expect(Math.abs(headerBox!.y - (await frame.boundingBox())!.y)).toBeLessThan(3);
  await screenshot(page, 'daily-350-3-header-fixed', false);

  // Every tab is reachable at 350 px (the tab list scrolls), and each opens at its top.
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await page.getByText(/Đã lập báo cáo/).waitFor();
  const tabs = page.getByRole('tab');
  expect(await tabs.count()).toBeGreaterThan(4);
  const tabList = page.getByRole('tablist');
  expect(await tabList.evaluate((el) => el.parentElement!.scrollWidth > el.parentElement!.clientWidth)).toBe(true);
  const last = tabs.last();
  await last.click();
  expect(await last.getAttribute('aria-selected')).toBe('true');
  expect(await last.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.left >= 0 && box.right <= window.innerWidth;
  })).toBe(true);
  await screenshot(page, 'daily-350-4-last-tab', false);
  const shownFrame = page.locator('div[role="region"]:has(> table[data-sheet])');
  expect(await shownFrame.getAttribute('aria-label')).not.toBe('Nhiệm vụ');
  expect(await shownFrame.evaluate((el) => el.scrollTop)).toBe(0);
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
  expect(await sheetFrame(page, 'Nhiệm vụ').evaluate((el) => el.scrollTop)).toBe(0);
  await expectNoSeriousViolations(page, 'preview, report made');

  // The download is named after the plan and the report date.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  expect(download.suggestedFilename()).toBe('ke-hoach-43-KH-TU-30-06-2019.xlsx');
  expect(errors).toEqual([]);
  // A long walk through the pane on a shared machine: room to finish, no speed asserted.
}, 240_000);

test('at 1280 px the sheets keep the widths the layout asks for and titles span columns', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  await page.setViewportSize({ width: 1280, height: 900 });
  await openPreview(page);
  await page.getByLabel('Tính đến ngày').fill('30/06/2019');
  await page.getByRole('button', { name: 'Tải kế hoạch' }).click();
  await page.getByText(/Đã tải \d+ nhiệm vụ/).waitFor();
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await page.getByText(/Đã lập báo cáo/).waitFor();
  const tasks = page.locator('table[data-sheet="Nhiệm vụ"]');
  // The task text column is wide, the id column narrow, as in Excel.
  const widths = await tasks.locator('col').evaluateAll((cols) => cols.map((col) => (col as HTMLElement).getBoundingClientRect().width));
  expect(Math.max(...widths)).toBeGreaterThan(3 * Math.min(...widths.slice(1)));
  // Row 1's title runs across the columns.
  expect(Number(await tasks.locator('[data-cell="A1"]').getAttribute('colspan'))).toBeGreaterThan(1);
  await screenshot(page, 'daily-1280-1-tasks', false);
  await page.getByRole('tab', { name: 'Tổng quan' }).click();
  await screenshot(page, 'daily-1280-2-report', false);
  await expectNoSeriousViolations(page, 'preview at 1280 px');
  expect(errors).toEqual([]);
});
