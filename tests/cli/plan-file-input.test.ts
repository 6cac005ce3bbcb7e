/**
 * `--plan FILE` with files that are not what they seem: a plan text in which no task is found
 * (empty, a letter) fails with exit 1 and the importer's findings on stderr, and `build` writes no
 * workbook; binary junk says it is no text; UTF-16 (Notepad's "Unicode") imports with or without
 * a byte-order mark; a PDF imports like its text, and a scan or a file that only has a .pdf name
 * says what to do instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';
import { minimalPdf } from '../pdf/minimal-pdf';

const BAC_NINH = readFileSync(path.resolve(__dirname, '../fixtures/plans/bac-ninh-141-KH-UBND-2025.txt'), 'utf8');
const LETTER = [
  'Hà Nội, ngày 5 tháng 3 năm 2024',
  '',
  'Kính gửi: Ông Nguyễn Văn An',
  '',
  'Công ty chúng tôi trân trọng cảm ơn Ông đã dành thời gian tham dự buổi gặp mặt khách hàng vừa qua.',
  '',
  'Trân trọng,',
  'Giám đốc',
].join('\n');

const folder = tempFolder();
afterAll(() => folder.cleanup());

function file(name: string, content: string | Uint8Array): string {
  const target = folder.path(name);
  writeFileSync(target, content);
  return target;
}

/** Bytes from a small deterministic generator: the same junk on every run. */
function junk(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 11;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >> 16;
  }
  return bytes;
}

const IMPORT_EMPTY_LINE =
  '  lỗi / error  IMPORT_EMPTY  Không tìm thấy nhiệm vụ nào: văn bản không có phần "Nội dung", "Nhiệm vụ" hay "Tổ chức thực hiện" nhận ra được. / ' +
  'No tasks found: the text has no recognisable "Nội dung", "Nhiệm vụ" or "Tổ chức thực hiện" part.';

describe('--plan with a file in which no task is found', () => {
  test('an empty file: catalogue exits 1 and prints IMPORT_EMPTY and the other findings, errors first', async () => {
    const empty = file('trong.txt', '');
    const { code, out, err } = await runPlanTracker('catalogue', '--plan', empty);
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.trimEnd().split('\n');
    expect(lines[0]).toBe(`plan-tracker catalogue: không tìm thấy nhiệm vụ nào trong tệp / no tasks found in the file: ${empty} (tệp không có chữ nào / the file holds no text)`);
    expect(lines[1]).toBe(IMPORT_EMPTY_LINE);
    expect(lines.slice(2)).toEqual([
      '  cảnh báo / warning  IMPORT_HEADER_FIELD_MISSING  Không tìm thấy ngày ban hành trong phần đầu văn bản. / The issue date was not found in the header.',
      '  lưu ý / note  IMPORT_HEADER_FIELD_MISSING  Không tìm thấy số hiệu kế hoạch trong phần đầu văn bản. / The plan number was not found in the header.',
      '  lưu ý / note  IMPORT_HEADER_FIELD_MISSING  Không tìm thấy cơ quan ban hành trong phần đầu văn bản. / The issuer was not found in the header.',
      '  lưu ý / note  IMPORT_HEADER_FIELD_MISSING  Không tìm thấy tên (trích yếu) kế hoạch trong phần đầu văn bản. / The plan title was not found in the header.',
    ]);
  });

  test('an empty file: build exits 1 the same way and writes no workbook', async () => {
    const out = folder.path('trong.xlsx');
    const { code, err } = await runPlanTracker('build', '--out', out, '--as-of', '2026-01-31', '--plan', file('trong-2.txt', ''));
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toMatch(/^plan-tracker build: không tìm thấy nhiệm vụ nào trong tệp \/ no tasks found in the file: .*trong-2\.txt/);
    expect(err).toContain(IMPORT_EMPTY_LINE);
    expect(existsSync(out)).toBe(false);
  });

  test('another kind of document (a letter) in a .md file: exit 1 with the findings', async () => {
    const { code, err } = await runPlanTracker('build', '--out', folder.path('thu.xlsx'), '--plan', file('thu.md', LETTER));
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toMatch(/no tasks found in the file: .*thu\.md$/);
    expect(err).toContain(IMPORT_EMPTY_LINE);
    expect(err).toContain('IMPORT_HEADER_FIELD_MISSING  Không tìm thấy số hiệu kế hoạch');
    expect(existsSync(folder.path('thu.xlsx'))).toBe(false);
  });

  test('binary junk named .txt: exit 1 with one line saying it is no text', async () => {
    const junkFile = file('rac.txt', junk(3000));
    const { code, err } = await runPlanTracker('catalogue', '--plan', junkFile);
    expect(code).toBe(1);
    expect(err).toBe(
      `plan-tracker catalogue: ${junkFile}: Tệp không phải văn bản (có byte nhị phân); có thể là ảnh, tệp Word .doc cũ hoặc tệp hỏng: hãy mở tệp và lưu lại dạng .txt (UTF-8) hoặc .docx. / ` +
        'The file is not text (it holds binary bytes); perhaps an image, an old Word .doc or a damaged file: open it and save it as .txt (UTF-8) or .docx.\n',
    );
  });
});

describe('--plan with UTF-16 text (Notepad "Unicode")', () => {
  const utf16le = Buffer.from(BAC_NINH, 'utf16le');
  const cases: Array<[string, Buffer]> = [
    ['utf16le-khong-bom.txt', utf16le],
    ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    ['utf16be-bom.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()])],
    ['utf16be-khong-bom.md', Buffer.from(utf16le).swap16()],
  ];
  test.each(cases)('%s imports the 24 tasks of Bắc Ninh 141', async (name, bytes) => {
    const { code, out } = await runPlanTracker('catalogue', '--json', '--plan', file(name, bytes));
    expect(code).toBe(0);
    const catalogue = JSON.parse(out) as { plan: { number: string; issued: string }; tasks: Array<{ id: string }> };
    expect(catalogue.plan).toMatchObject({ number: '141/KH-UBND', issued: '2025-11-20' });
    expect(catalogue.tasks).toHaveLength(24);
    expect(catalogue.tasks[0].id).toBe('III.1-01');
  });
});

describe('--plan with a PDF', () => {
  test('a PDF with a text layer imports, and build writes its tasks', async () => {
    const lines = [
      'UBND HUYỆN AN PHÚ', 'Số: 7/KH-UBND', 'An Phú, ngày 02 tháng 01 năm 2025', 'KẾ HOẠCH', 'Cải cách hành chính năm 2025',
      'I. NHIỆM VỤ', '1. Phòng Nội vụ', '- Rà soát thủ tục hành chính (Quý I/2025).', '- Kiểm tra công vụ (Quý III/2025).',
    ];
    const pdf = file('ke-hoach.pdf', minimalPdf([{ lines: lines.map((text, i) => ({ text, x: 72, y: 780 - 26 * i })) }]));
    const catalogue = await runPlanTracker('catalogue', '--json', '--plan', pdf);
    expect(catalogue.code).toBe(0);
    const parsed = JSON.parse(catalogue.out) as { plan: Record<string, string>; tasks: Array<{ id: string; lead: string[]; deadline: { end: string } }> };
    expect(parsed.plan).toMatchObject({ number: '7/KH-UBND', issued: '2025-01-02', source: 'ke-hoach.pdf' });
    expect(parsed.tasks.map((t) => [t.id, t.lead, t.deadline.end])).toEqual([
      ['I.1-01', ['Phòng Nội vụ'], '2025-03-31'],
      ['I.1-02', ['Phòng Nội vụ'], '2025-09-30'],
    ]);
    const built = await runPlanTracker('build', '--out', folder.path('ke-hoach.xlsx'), '--as-of', '2025-06-30', '--plan', pdf);
    expect(built.code).toBe(0);
    expect(built.out).toMatch(/Kế hoạch 7\/KH-UBND, tính đến ngày 30\/06\/2025: 2 nhiệm vụ,/);
  });

  test('a scanned PDF (pages that are pictures): exit 1, saying to use the .docx or copy the text', async () => {
    const scan = file('ban-quet.pdf', minimalPdf([{ image: true }, { image: true }, { image: true }]));
    for (const command of [['catalogue'], ['build', '--out', folder.path('ban-quet.xlsx')]]) {
      const { code, out, err } = await runPlanTracker(...command, '--plan', scan);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toBe(
        `plan-tracker ${command[0]}: ${scan}: Tệp PDF (3 trang) không có lớp chữ — có lẽ là bản quét hoặc ảnh chụp — nên không đọc được nội dung. ` +
          'Hãy dùng tệp .docx của kế hoạch, hoặc sao chép phần chữ của kế hoạch rồi dán vào (hoặc lưu thành tệp .txt). / ' +
          'The PDF (3 pages) has no text layer — probably a scan or a photo — so its content cannot be read. ' +
          "Use the plan's .docx file, or copy the plan's text and paste it (or save it as a .txt file).\n",
      );
    }
    expect(existsSync(folder.path('ban-quet.xlsx'))).toBe(false);
  });

  test('a text file named .pdf: exit 1, not a PDF', async () => {
    const { code, err } = await runPlanTracker('catalogue', '--plan', file('khong-phai.pdf', BAC_NINH));
    expect(code).toBe(1);
    expect(err).toMatch(/khong-phai\.pdf: Tệp có đuôi \.pdf nhưng nội dung không phải PDF\. \/ The file is named \.pdf but is not a PDF\.\n$/);
  });
});
