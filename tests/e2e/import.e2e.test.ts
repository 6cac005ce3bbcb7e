import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { minimalPdf } from '../pdf/minimal-pdf';
import { planTextPdf } from '../pdf/plan-text-pdf';
import { screenshot } from './support/browser';
import { servePaneForTests } from './support/served-pane';

// The Bắc Ninh plan has a layout of its own ("Đơn vị chủ trì / phối hợp / Thời gian thực hiện" lines).
const PLAN_FILE = path.resolve(__dirname, '..', 'fixtures', 'plans', 'bac-ninh-141-KH-UBND-2025.txt');
const FILE_LABEL = 'Tệp kế hoạch (.txt, .md, .docx, .pdf)';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const expected = require('../fixtures/bac-ninh-141.expected.json') as { tasks: unknown[] };

const pane = servePaneForTests();

test('a planner imports another plan from a file, reviews what was found, and loads it', async () => {
  const { page, errors } = await pane.open('taskpane.html');
  await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
  await page.getByText('Kế hoạch đang dùng:').waitFor();
  expect(await page.getByText('43-KH/TU', { exact: true }).count()).toBe(1);

  await page.getByRole('button', { name: 'Nhập kế hoạch khác…' }).click();
  await page.getByLabel(FILE_LABEL).setInputFiles(PLAN_FILE);
  await page.getByText('bac-ninh-141-KH-UBND-2025.txt').waitFor();
  await page.getByRole('button', { name: 'Xem trước' }).click();
  // The review comes before anything is written: header, tasks per section, points to review.
  await page.getByText(`Tổng cộng: ${expected.tasks.length} nhiệm vụ`).waitFor();
  expect(await page.getByText('141/KH-UBND').count()).toBeGreaterThanOrEqual(1);
  await screenshot(page, 'import-1-review');
  // Each task with the lines of the text it came from, to check a doubtful one against the plan.
  await page.getByRole('button', { name: `Danh sách nhiệm vụ (${expected.tasks.length}) và dòng trong văn bản` }).click();
  const firstTask = page.getByRole('list', { name: `Danh sách nhiệm vụ (${expected.tasks.length}) và dòng trong văn bản` }).getByRole('listitem').first();
  expect(await firstTask.textContent()).toMatch(/^III\.1-01 Thường xuyên rà soát, kiện toàn .*dòng \d+(–\d+)? · chủ trì: Các Sở, ngành, đơn vị; UBND cấp xã/u);
  await firstTask.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-1b-review-tasks');

  await page.getByRole('button', { name: 'Tải vào bảng tính' }).click();
  await page.getByText(`(${expected.tasks.length} nhiệm vụ, chưa tải vào sổ tính)`).waitFor();
  // The pane says which plan it received and what to do next.
  await page.getByText(`Đã nhận Kế hoạch 141/KH-UBND (${expected.tasks.length} nhiệm vụ) từ phần nhập. Bấm "Tải kế hoạch" để ghi vào trang "Nhiệm vụ".`).waitFor();
  await page.getByRole('button', { name: 'Tải kế hoạch' }).click();
  await page.getByText(`Đã tải ${expected.tasks.length} nhiệm vụ của Kế hoạch 141/KH-UBND vào trang "Nhiệm vụ".`).waitFor();
  // The workbook now holds the plan: the caption reads it back from there.
  await page.getByText(`(${expected.tasks.length} nhiệm vụ)`).waitFor();
  await screenshot(page, 'import-2-loaded');
  expect(errors).toEqual([]);
});

describe('a plan given as a PDF', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-e2e-pdf-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('pdf.js comes only with the .pdf; the text is rebuilt without page headers; the import runs in a worker', async () => {
    const pdf = path.join(folder, 'ke-hoach-141.pdf');
    fs.writeFileSync(pdf, planTextPdf(fs.readFileSync(PLAN_FILE, 'utf8'), 'Kế hoạch số 141/KH-UBND của UBND tỉnh Bắc Ninh'));
    const { page, errors } = await pane.open('taskpane.html');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
    await page.getByRole('button', { name: 'Nhập kế hoạch khác…' }).click();
    await page.getByLabel(FILE_LABEL).waitFor({ state: 'attached' });
    expect(requested.filter((url) => /\/chunks\/pdf\./.test(url))).toEqual([]);

    await page.getByLabel(FILE_LABEL).setInputFiles(pdf);
    await page.getByText('ke-hoach-141.pdf').waitFor();
    const text = await page.getByLabel('Dán nội dung kế hoạch').inputValue();
    expect(text).toContain('Số: 141/KH-UBND');
    expect(text).not.toContain('Kế hoạch số 141/KH-UBND của UBND tỉnh Bắc Ninh');
    expect(requested.some((url) => /^\/chunks\/pdf\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    expect(requested.some((url) => /^\/chunks\/pdf\.worker\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    await screenshot(page, 'import-3-pdf-text');

    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText(`Tổng cộng: ${expected.tasks.length} nhiệm vụ`).waitFor();
    expect(requested.some((url) => /^\/chunks\/import-worker\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    await screenshot(page, 'import-4-pdf-review');
    expect(errors).toEqual([]);
  });

  test('a scanned PDF: the pane says to use the .docx or copy the text, and there is nothing to review', async () => {
    const scan = path.join(folder, 'ban-quet.pdf');
    fs.writeFileSync(scan, minimalPdf([{ image: true }, { image: true }]));
    const { page, errors } = await pane.open('taskpane.html');
    await page.getByRole('button', { name: 'Mở bản xem trước' }).click();
    await page.getByRole('button', { name: 'Nhập kế hoạch khác…' }).click();
    await page.getByLabel(FILE_LABEL).setInputFiles(scan);
    await page.getByText(/^Không đọc được tệp "ban-quet\.pdf": Tệp PDF \(2 trang\) không có lớp chữ/).waitFor();
    expect(await page.getByText(/Hãy dùng tệp \.docx của kế hoạch, hoặc sao chép phần chữ/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Xem trước' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-5-pdf-scan');
    expect(errors).toEqual([]);
  });
});
