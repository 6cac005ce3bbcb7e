import { plan43 } from '../../src/catalogues';
import type { Settings, TrackedTask } from '../../src/core/model';
import { summarize } from '../../src/core/summary';
import { parseRange } from '../../src/layout/a1';
import { SHEETS, TABLES } from '../../src/layout/names';
import type { SheetSpec } from '../../src/layout/spec';
import { summarySheets } from '../../src/layout/summary';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };
const tasks: TrackedTask[] = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));
tasks[0] = { ...tasks[0], progress: 'done', completedOn: '2018-05-01' };

function sheets(previous: Parameters<typeof summarize>[2] = null) {
  const summary = summarize(tasks, settings, previous);
  return { summary, specs: summarySheets({ plan: plan43.plan, settings, summary, tasks, paragraph: 'Tính đến ngày 01/03/2019, …', history: [] }) };
}

describe('summary sheets', () => {
  it('are the Vietnamese meeting sheets, each printable with the as-of date', () => {
    const { specs } = sheets();
    expect(specs.map((s) => s.name)).toEqual(['Tổng quan', 'Theo đơn vị', 'Quá hạn', 'Sắp đến hạn', 'Tiến độ theo quý', 'Không thời hạn', 'Phụ lục', 'Lịch sử']);
    for (const spec of specs.slice(0, 6)) {
      expect(spec.owned).toBe(true);
      expect(spec.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, header: { left: 'Kế hoạch 43-KH/TU', right: 'Tính đến ngày 01/03/2019' } });
      expect(spec.blocks[1].cells[0]).toBe('Tính đến ngày 01/03/2019');
    }
  });

  it('puts the report paragraph first on the overview, then the counts as fractions', () => {
    const { specs, summary } = sheets();
    const overview = specs[0];
    expect(overview.blocks[2]).toMatchObject({ row: 3, cells: ['Tính đến ngày 01/03/2019, …'], style: 'paragraph', mergeAcross: 4 });
    const counts = overview.tables[0];
    expect(counts.name).toBe(TABLES.overview);
    expect(counts.rows[0]).toEqual(['Tổng số nhiệm vụ', summary.overview.counts.total, 1]);
    expect(counts.rows[3][0]).toBe('- Hoàn thành đúng hạn');
    expect(counts.columns[2].numberFormat).toBe('0.0%');
    expect(overview.blocks.at(-1)?.cells[0]).toBe('2. Chưa có lần báo cáo trước để so sánh.');
  });

  it('says what changed since the previous snapshot', () => {
    const { specs } = sheets({ asOf: '2019-01-01', statuses: { [tasks[0].id]: 'in-progress' } });
    const changes = specs[0].tables.find((t) => t.name === TABLES.changes);
    expect(changes?.rows[0]).toEqual(['Mới hoàn thành', tasks[0].id, tasks[0].text, tasks[0].lead.join('; ')]);
    expect(specs[0].blocks.some((b) => String(b.cells[0]).startsWith('2. Thay đổi so với lần báo cáo trước (01/01/2019)'))).toBe(true);
  });

  it('charts status by lead body as a stacked bar', () => {
    const { specs, summary } = sheets();
    const byLead = specs.find((s) => s.name === SHEETS.byLead);
    const last = 4 + summary.byLead.length;
    expect(byLead?.charts).toEqual([expect.objectContaining({
      type: 'bar-stacked', categories: `A5:A${last}`, series: `C4:I${last}`, fallbackText: 'Biểu đồ chỉ có trong Excel',
    })]);
  });

  it('stacks only the status columns in the by-lead chart, never "Tổng số", one colour each', () => {
    const byLead = sheets().specs.find((s) => s.name === SHEETS.byLead) as SheetSpec;
    const [table] = byLead.tables;
    const chart = byLead.charts[0];
    const area = parseRange(chart.series);
    const seriesNames = table.columns.slice(area.left - table.firstColumn, area.right - table.firstColumn + 1).map((c) => c.header);
    expect(area.top).toBe(table.headerRow);
    expect(seriesNames).toEqual(['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Quá hạn chưa hoàn thành', 'Sắp đến hạn', 'Đang thực hiện', 'Chưa đến hạn', 'Không thời hạn']);
    expect(chart.seriesColours).toHaveLength(seriesNames.length);
    expect(parseRange(chart.categories)).toEqual({ top: table.headerRow + 1, left: table.firstColumn, bottom: area.bottom, right: table.firstColumn });
  });

  it('lists overdue tasks with deadline and days overdue, most overdue first', () => {
    const { specs, summary } = sheets();
    const overdue = specs.find((s) => s.name === SHEETS.overdue)?.tables[0];
    expect(overdue?.rows).toHaveLength(summary.overdue.length);
    const days = overdue?.rows.map((r) => r[6] as number) ?? [];
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(overdue?.rows[0][5]).toEqual({ date: summary.overdue[0].deadline });
  });

  it('draws the quarter timeline with coloured cells and the current quarter marked', () => {
    const { specs } = sheets();
    const timeline = specs.find((s) => s.name === SHEETS.timeline);
    const grid = timeline?.tables[0];
    const headers = grid?.columns.map((c) => c.header) ?? [];
    expect(headers.slice(0, 5)).toEqual(['Mã NV', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Tình trạng', 'Q1/2018']);
    expect(timeline?.conditionalFormats.map((f) => f.formula)).toEqual(['=AND(E5=1,$D5="Quá hạn chưa hoàn thành")', '=E5=1']);
    const q1of2019 = headers.indexOf('Q1/2019') + 1;
    expect(timeline?.fills[0].range).toMatch(new RegExp(`^[A-Z]+4:[A-Z]+4$`));
    expect(q1of2019).toBeGreaterThan(4);
    const c10 = grid?.rows.find((r) => r[0] === 'C.10-01');
    expect(c10?.[4]).toBe(1);
    expect(c10?.[5]).toBeNull();
  });
});
