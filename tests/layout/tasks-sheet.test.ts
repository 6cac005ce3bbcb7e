import { plan43, plan43Owners } from '../../src/catalogues';
import type { Settings, TrackedTask } from '../../src/core/model';
import { columnLetter, parseRange } from '../../src/layout/a1';
import { SHEETS, TABLES } from '../../src/layout/names';
import { ownersSheet } from '../../src/layout/owners-sheet';
import { summarize } from '../../src/core/summary';
import { summarySheets } from '../../src/layout/summary';
import { TASK_COLUMNS } from '../../src/layout/tasks-columns';
import { taskRow, tasksSheet } from '../../src/layout/tasks-sheet';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };
const tracked = (id: string): TrackedTask => {
  const task = plan43.tasks.find((t) => t.id === id);
  if (!task) throw new Error(id);
  return { ...task, progress: null, completedOn: null, note: '' };
};

describe('tasks sheet layout', () => {
  const sheet = tasksSheet({ plan: plan43.plan, tasks: [tracked('C.10-01'), tracked('B.II.1-04')], settings });
  const table = sheet.tables[0];

  it('has the planned columns in order with their formats', () => {
    expect(table.name).toBe(TABLES.tasks);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Mã NV', 'Mục', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Bắt đầu',
      'Hạn hoàn thành', 'Tiến độ', 'Ngày hoàn thành', 'Ghi chú', 'Tình trạng', 'Số ngày quá hạn', 'Nguồn', 'Lưu ý nguồn',
    ]);
    const format = (key: string) => table.columns.find((c) => c.key === key)?.numberFormat;
    expect([format('start'), format('end'), format('completedOn')]).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy', 'dd/mm/yyyy']);
    expect([format('id'), format('text'), format('note')]).toEqual(['@', '@', '@']);
    expect(format('daysOverdue')).toBe('0');
    expect(table.columns.find((c) => c.key === 'text')?.wrap).toBe(true);
  });

  it('gives the planner\'s own columns the text format, so "0123" or "1/2" typed there stays as typed', () => {
    const extraColumns = [{ header: 'Số văn bản', values: new Map([['C.10-01', '0123' as const]]) }, { header: 'Kết quả', values: new Map() }];
    const withExtras = tasksSheet({ plan: plan43.plan, tasks: [tracked('C.10-01')], settings, extraColumns }).tables[0];
    expect(withExtras.columns.slice(TASK_COLUMNS.length).map((c) => [c.header, c.numberFormat])).toEqual([['Số văn bản', '@'], ['Kết quả', '@']]);
    expect(withExtras.rows[0].slice(TASK_COLUMNS.length)).toEqual(['0123', null]);
  });

  it('gives every column that holds only text on the add-in\'s sheets the "@" format', () => {
    const tasks = [tracked('C.10-01'), tracked('B.II.1-04')];
    const summary = summarize(tasks, settings, null);
    const specs = [
      tasksSheet({ plan: plan43.plan, tasks, settings, extraColumns: [{ header: 'Số văn bản', values: new Map([['C.10-01', '0123']]) }] }),
      ownersSheet(plan43.plan, plan43Owners),
      ...summarySheets({ plan: plan43.plan, settings, summary, tasks, paragraph: 'x', history: [] }),
    ];
    const textOnlyWithoutAt = specs.flatMap((spec) => spec.tables.flatMap((t) => t.columns
      .filter((column, c) => t.rows.some((row) => typeof row[c] === 'string') && t.rows.every((row) => row[c] === null || typeof row[c] === 'string'))
      .filter((column) => column.numberFormat !== '@')
      .map((column) => `${spec.name} › ${column.header}`)));
    expect(textOnlyWithoutAt).toEqual([]);
  });

  it('writes the C.10-01 row as the plan says, overdue as of 01/03/2019', () => {
    expect(table.rows[0]).toEqual([
      'C.10-01',
      'C.10',
      plan43.tasks.find((t) => t.id === 'C.10-01')?.text,
      'Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc UBND Tỉnh',
      null,
      'thực hiện trong tháng 01/2018',
      { date: '2018-01-01' },
      { date: '2018-01-31' },
      null,
      null,
      null,
      'Quá hạn chưa hoàn thành',
      394,
      'Kế hoạch',
      'Thời hạn (tháng 01/2018) trước ngày ban hành kế hoạch (12/02/2018); ghi đúng như nguyên bản / The deadline (January 2018) precedes the plan\'s issue date (12/02/2018); recorded as printed',
    ]);
  });

  it('keeps a text that starts with "- " as a plain string (the adapters write it as text)', () => {
    const row = taskRow({ ...tracked('B.II.1-04'), text: '- Sáp nhập Báo Bình Dương' }, settings);
    expect(row[2]).toBe('- Sáp nhập Báo Bình Dương');
  });

  it('offers the progress dropdown and owner dropdowns from "Đơn vị"', () => {
    expect(table.columns.find((c) => c.key === 'progress')?.validation).toEqual({
      kind: 'values', values: ['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Tạm dừng'], strict: true,
    });
    expect(table.columns.find((c) => c.key === 'lead')?.validation).toEqual({ kind: 'range', sheet: SHEETS.owners, range: '$A$5:$A$2000', strict: false });
    expect(table.columns.find((c) => c.key === 'support')?.validation).toMatchObject({ kind: 'range', strict: false });
  });

  it('freezes the header, prints landscape one page wide with the plan number and date', () => {
    expect(sheet.freeze).toEqual({ rows: 5, columns: 1 });
    expect(sheet.print).toEqual({
      orientation: 'landscape', fitToWidth: true, repeatRows: { first: 5, last: 5 },
      header: { left: 'Kế hoạch 43-KH/TU', right: 'Tính đến ngày 01/03/2019' }, footer: { center: 'Trang &P/&N' },
      // Title to the last task, columns A–M: "Nguồn" and "Lưu ý nguồn" (N, O) stay on screen only.
      printArea: 'A1:M7',
    });
    expect(sheet.blocks[1].cells[2]).toEqual({ date: '2019-03-01' });
  });

  it('colours status with conditional formats that read progress, deadline and report date', () => {
    const progress = columnLetter(TASK_COLUMNS.findIndex((c) => c.key === 'progress') + 1);
    const first = sheet.conditionalFormats[0];
    expect(first).toEqual({ range: 'A6:A207', formula: `=$${progress}6="Đã hoàn thành"`, fill: '#C6EFCE', fontColour: '#006100', stopIfTrue: true });
    // A paused task is grey before the deadline test can make it red.
    expect(sheet.conditionalFormats[1]).toEqual({ range: 'A6:A207', formula: `=$${progress}6="Tạm dừng"`, fill: '#E7E6E6', stopIfTrue: true });
    const overdue = sheet.conditionalFormats[2];
    expect(overdue.formula).toBe('=AND($L6<>"Chưa xác định thời hạn",$L6<>"Thường xuyên",OR($L6="Quá hạn chưa hoàn thành",AND(ISNUMBER($H6),$H6<$C$2)))');
    expect(new Set(sheet.conditionalFormats.map((f) => f.fill))).toEqual(new Set(['#C6EFCE', '#F8CBAD', '#FFE699', '#BDD7EE', '#E7E6E6']));
    for (const format of sheet.conditionalFormats) expect(parseRange(format.range).bottom).toBe(5 + 2 + 200);
  });

  it('marks retired tasks and planner rows in "Nguồn"', () => {
    const retired = taskRow({ ...tracked('C.10-01'), retired: true }, settings);
    const planner = taskRow({ ...tracked('C.10-01'), id: 'BS-1' }, settings, new Set(['BS-1']));
    expect(retired[13]).toBe('Đã rút khỏi kế hoạch');
    expect(planner[13]).toBe('Bổ sung');
  });
});

describe('owners sheet layout', () => {
  it('lists owners with abbreviations and aliases joined by "; "', () => {
    const sheet = ownersSheet(plan43.plan, [{ id: 'ban-to-chuc', name: 'Ban Tổ chức Tỉnh ủy', abbreviations: ['BTCTU'], aliases: ['Ban Tổ chức Tỉnh uỷ', 'BTC'], collective: false }]);
    expect(sheet.name).toBe('Đơn vị');
    expect(sheet.tables[0].headerRow).toBe(4);
    expect(sheet.tables[0].rows).toEqual([['Ban Tổ chức Tỉnh ủy', 'BTCTU', 'Ban Tổ chức Tỉnh uỷ; BTC', null, 'ban-to-chuc']]);
  });
});
