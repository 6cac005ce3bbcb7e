import { plan43 } from '../../src/catalogues';
import type { Settings, TrackedTask } from '../../src/core/model';
import { annexOf, summarize } from '../../src/core/summary';
import { parseRange } from '../../src/layout/a1';
import { COLOURS, SHEETS, TABLES } from '../../src/layout/names';
import { summarySheets } from '../../src/layout/summary';
import { annexSheet, OFFICIAL_FONT } from '../../src/layout/summary/annex-sheet';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
const tasks: TrackedTask[] = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));
tasks[0] = { ...tasks[0], progress: 'done', completedOn: '2019-05-15', note: 'Đã ban hành Đề án' };
const annex = annexOf(tasks, plan43.plan, plan43.sections, settings);
const sheet = annexSheet(annex);
const [tableSpec] = sheet.tables;

describe('Phụ lục sheet', () => {
  it('has the columns of the annex planners use, in that order', () => {
    expect(sheet.name).toBe('Phụ lục');
    expect(tableSpec.name).toBe(TABLES.annex);
    expect(tableSpec.columns.map((c) => c.header)).toEqual([
      'STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Kết quả thực hiện', 'Tình trạng', 'Ghi chú',
    ]);
    expect(tableSpec.columns.slice(1).every((c) => c.wrap && c.numberFormat === '@')).toBe(true);
  });

  it('opens with the issuing body, "PHỤ LỤC", the title and the report line left blank, centred', () => {
    expect(sheet.blocks.map((b) => b.cells[0])).toEqual([
      'TỈNH ỦY BÌNH DƯƠNG',
      'PHỤ LỤC',
      'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH SỐ 43-KH/TU',
      plan43.plan.title,
      '(Kèm theo Báo cáo số …-BC/TU ngày … tháng … năm …)',
      'Số liệu tính đến ngày 30/06/2019',
    ]);
    expect(sheet.blocks.every((b) => b.align === 'center')).toBe(true);
    expect(sheet.blocks.slice(1).every((b) => b.mergeAcross === 8)).toBe(true);
    expect(sheet.blocks.every((b) => b.row < tableSpec.headerRow)).toBe(true);
  });

  it('is set in Times New Roman and prints A4 landscape, one page wide, header row on every page, nothing right of Ghi chú', () => {
    expect(sheet.font).toBe(OFFICIAL_FONT);
    expect(OFFICIAL_FONT).toBe('Times New Roman');
    expect(sheet.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: tableSpec.headerRow, last: tableSpec.headerRow } });
    const area = parseRange(sheet.print?.printArea ?? '');
    expect(area).toEqual({ top: 1, left: 1, bottom: tableSpec.headerRow + annex.rows.length, right: 8 });
    expect(sheet.freeze).toEqual({ rows: tableSpec.headerRow, columns: 0 });
  });

  it('writes a group row per heading (marker in STT, title in the content column), bold on grey, and a row per task', () => {
    expect(tableSpec.rows).toHaveLength(annex.rows.length);
    expect(tableSpec.rows[0]).toEqual(['B.', 'NỘI DUNG', null, null, null, null, null, null]);
    const firstTask = tableSpec.rows[2];
    expect(firstTask).toEqual([1, tasks[0].text, tasks[0].lead.join('; '), '', '', 'Đã ban hành Đề án\nHoàn thành ngày 15/05/2019.', 'Hoàn thành đúng hạn', 'B.I-01']);
    const headingCount = annex.rows.filter((r) => r.kind === 'heading').length;
    expect(sheet.fills).toHaveLength(headingCount);
    expect(sheet.fills[0]).toEqual({ range: `A${tableSpec.headerRow + 1}:H${tableSpec.headerRow + 1}`, fill: COLOURS.group, bold: true });
  });

  it('is written by "Lập báo cáo" with the other summary sheets, grouped as asked', () => {
    const summary = summarize(tasks, settings, null);
    const input = { plan: plan43.plan, settings, summary, tasks, paragraph: '…', history: [], sections: plan43.sections };
    const bySection = summarySheets(input).find((s) => s.name === SHEETS.annex);
    expect(bySection?.tables[0].rows[0]).toEqual(['B.', 'NỘI DUNG', null, null, null, null, null, null]);
    const byLead = summarySheets({ ...input, annexGrouping: 'lead' }).find((s) => s.name === SHEETS.annex);
    expect(byLead?.tables[0].rows[0]).toEqual(['I.', tasks[0].lead[0], null, null, null, null, null, null]);
  });
});

describe('Phụ lục status colours', () => {
  it('colours the status cell: overdue red, done green, paused grey, by the status labels', () => {
    const first = tableSpec.headerRow + 1;
    expect(sheet.conditionalFormats.map((f) => [f.range, f.formula, f.fill])).toEqual([
      [`G${first}:G${first + annex.rows.length - 1}`, `=$G${first}="Quá hạn chưa hoàn thành"`, COLOURS.overdue],
      [`G${first}:G${first + annex.rows.length - 1}`, `=OR($G${first}="Hoàn thành đúng hạn",$G${first}="Hoàn thành quá hạn")`, COLOURS.done],
      [`G${first}:G${first + annex.rows.length - 1}`, `=$G${first}="Tạm dừng"`, COLOURS.notStarted],
    ]);
  });
});
