import { CELL_TEXT_LIMIT, cellText, hasForbiddenCharacters, xmlSafeText } from '../../src/core/text/cell-text';
import { createRegistry } from '../../src/core/owners';
import { validateTasks } from '../../src/core/rules';
import { toExcelCell } from '../../src/workbook/office/cell-values';
import { toExcelValue } from '../../src/workbook/xlsx';
import { PLAN, SETTINGS, tracked, window } from './rules.fixtures';

describe('text a cell can hold', () => {
  test('characters XML forbids are removed; tab, new line and carriage return stay', () => {
    expect(xmlSafeText('a\uFFFEb\uFFFFc\u0000d\u0001e\u001Ff\tg\nh\ri')).toBe('abcdef\tg\nh\ri');
  });

  test('non-characters of every plane and unpaired surrogates are removed; real pairs stay', () => {
    expect(xmlSafeText('x\uFDD0\uFDEFy')).toBe('xy');
    expect(xmlSafeText('a\uD83F\uDFFEb\uDBFF\uDFFFc')).toBe('abc');
    expect(xmlSafeText('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(xmlSafeText('emoji 😀 and 𠀀')).toBe('emoji 😀 and 𠀀');
  });

  test("Word's manual line and page breaks become new lines", () => {
    expect(xmlSafeText('dòng 1\u000Bdòng 2\u000Ctrang 2')).toBe('dòng 1\ndòng 2\ntrang 2');
  });

  test('clean text comes back as the same string', () => {
    const text = 'Ban Tổ chức Tỉnh ủy chủ trì';
    expect(hasForbiddenCharacters(text)).toBe(false);
    expect(cellText(text)).toBe(text);
  });

  test('text longer than a cell holds is cut at 32,767 characters, never inside a surrogate pair', () => {
    expect(cellText('a'.repeat(CELL_TEXT_LIMIT + 10))).toHaveLength(CELL_TEXT_LIMIT);
    expect(cellText('a'.repeat(CELL_TEXT_LIMIT))).toHaveLength(CELL_TEXT_LIMIT);
    const cut = cellText(`${'a'.repeat(CELL_TEXT_LIMIT - 1)}😀tail`);
    expect(cut).toBe('a'.repeat(CELL_TEXT_LIMIT - 1));
  });
});

test('both adapters write text through it: Excel (Office.js) and ExcelJS get no forbidden character, no overlong cell', () => {
  const hostile = `=x\uFFFF${'y'.repeat(CELL_TEXT_LIMIT)}`;
  const office = toExcelCell(hostile);
  expect(office.value).toBe(`=x${'y'.repeat(CELL_TEXT_LIMIT - 2)}`);
  expect(office.format).toBe('@');
  expect(toExcelValue(hostile)).toBe(office.value);
  expect(toExcelCell({ link: { sheet: 'Nhiệm vụ', cell: 'A6', text: 'B.I-01\u0001' } }).value).toBe('=HYPERLINK("#\'Nhiệm vụ\'!A6","B.I-01")');
});

describe('TEXT_TOO_LONG', () => {
  const context = { plan: PLAN, settings: SETTINGS, registry: createRegistry([]) };
  const tooLong = (task: ReturnType<typeof tracked>) => validateTasks([task], context).filter((f) => f.code === 'TEXT_TOO_LONG');

  test('a field that fills a cell is reported on that field, with its length', () => {
    const task = tracked('X-01', { text: 'x'.repeat(CELL_TEXT_LIMIT), deadline: window({ text: 'y'.repeat(40_000) }) });
    const found = tooLong(task);
    expect(found.map((f) => [f.field, f.severity])).toEqual([['text', 'warning'], ['deadline', 'warning']]);
    expect(found[0].message.vi).toBe('Nhiệm vụ X-01: nội dung dài 32.767 ký tự, đầy một ô Excel (tối đa 32.767 ký tự): phần dài hơn bị cắt khỏi ô; kế hoạch lưu trong sổ tính vẫn giữ đủ.');
    expect(found[1].message.en).toContain('the deadline is 40,000 characters long');
  });

  test('shorter fields say nothing', () => {
    expect(tooLong(tracked('X-02', { text: 'x'.repeat(CELL_TEXT_LIMIT - 1) }))).toEqual([]);
  });
});
