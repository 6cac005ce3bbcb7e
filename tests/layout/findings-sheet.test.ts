/** "Kiểm tra" for the screen and for paper: Vietnamese only, no rule codes, no empty columns. */
import { plan43 } from '../../src/catalogues';
import type { Finding } from '../../src/core/model';
import { RULES } from '../../src/core/rules';
import { findingKind } from '../../src/layout/finding-kinds';
import { findingsSheet } from '../../src/layout/findings-sheet';

const overdue: Finding = {
  code: 'TASK_OVERDUE', severity: 'warning', taskId: 'C.10-01', field: 'end',
  message: { vi: 'Nhiệm vụ C.10-01: quá hạn 515 ngày.', en: 'Task C.10-01: 515 days overdue.' },
};
const unknown: Finding = {
  code: 'OWNER_UNKNOWN', severity: 'warning', taskId: 'B.I-02', field: 'lead', suggestion: 'Ban Tổ chức Tỉnh ủy',
  message: { vi: 'Nhiệm vụ B.I-02: đơn vị chủ trì “Ban To chuc” không có trong danh mục cơ quan.', en: 'Task B.I-02: unknown lead.' },
};
const gap: Finding = {
  code: 'SOURCE_GAP', severity: 'warning', taskId: null, field: null,
  message: { vi: 'Phần “C.3–C.5” của văn bản gốc bị thiếu.', en: 'Part “C.3–C.5” of the source is missing.' },
};
const locate = (f: Finding) => (f.taskId ? { sheet: 'Nhiệm vụ', cell: 'H7' } : null);

describe('findings sheet', () => {
  test('names each finding\'s kind in Vietnamese, with no code and no English anywhere', () => {
    const spec = findingsSheet(plan43.plan, '2019-06-30', [overdue, unknown, gap], locate);
    const table = spec.tables[0];
    expect(table.columns.map((c) => c.header)).toEqual(['STT', 'Mức độ', 'Loại', 'Mã NV', 'Nội dung', 'Gợi ý', 'Đến ô']);
    expect(table.rows.map((row) => row.slice(0, 6))).toEqual([
      [1, 'Cảnh báo', 'Quá hạn chưa hoàn thành', 'C.10-01', overdue.message.vi, null],
      [2, 'Cảnh báo', 'Đơn vị không có trong danh mục', 'B.I-02', unknown.message.vi, 'Ban Tổ chức Tỉnh ủy'],
      [3, 'Cảnh báo', 'Văn bản gốc bị thiếu', null, gap.message.vi, null],
    ]);
    const everything = JSON.stringify([spec.blocks, table.columns, table.rows]);
    for (const code of ['TASK_OVERDUE', 'OWNER_UNKNOWN', 'SOURCE_GAP']) expect(everything).not.toContain(code);
    for (const english of [overdue.message.en, unknown.message.en, gap.message.en, 'Message (English)']) expect(everything).not.toContain(english);
  });

  test('leaves out a column no finding fills, and prints without the screen-only link', () => {
    const spec = findingsSheet(plan43.plan, '2019-06-30', [overdue, gap], locate);
    expect(spec.tables[0].columns.map((c) => c.header)).toEqual(['STT', 'Mức độ', 'Loại', 'Mã NV', 'Nội dung', 'Đến ô']);
    expect(spec.print?.printArea).toBe('A1:E6');
    const planWide = findingsSheet(plan43.plan, '2019-06-30', [gap], () => null);
    expect(planWide.tables[0].columns.map((c) => c.header)).toEqual(['STT', 'Mức độ', 'Loại', 'Nội dung']);
    expect(planWide.print?.printArea).toBe('A1:D5');
  });

  test('colours the severity column wherever it is', () => {
    const spec = findingsSheet(plan43.plan, '2019-06-30', [overdue], locate);
    expect(spec.conditionalFormats.map((c) => [c.range, c.formula])).toEqual([
      ['B5:B5', '=$B5="Lỗi"'],
      ['B5:B5', '=$B5="Cảnh báo"'],
    ]);
  });

  test('every rule and every read-back problem has a kind in words', () => {
    for (const rule of RULES) expect(findingKind(rule.code)).toEqual(rule.title);
    for (const code of ['SHEET_CELL_ERROR', 'SHEET_DATE_UNREADABLE', 'SHEET_PROGRESS_UNREADABLE', 'SHEET_COLUMN_MISSING', 'SHEET_ROW_WITHOUT_ID', 'SHEET_ROW_UNREADABLE', 'SHEET_HISTORY_UNREADABLE']) {
      expect(findingKind(code).vi).not.toBe('Khác');
    }
    expect(findingKind('NOT_A_CODE').vi).toBe('Khác');
  });
});
