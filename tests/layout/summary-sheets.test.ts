import { plan43 } from '../../src/catalogues';
import type { Settings, TrackedTask } from '../../src/core/model';
import { STATUS_LABELS, STATUS_ORDER } from '../../src/core/status';
import { summarize, type StatusCounts } from '../../src/core/summary';
import { columnLetter, parseRange } from '../../src/layout/a1';
import { SHEETS, TABLES } from '../../src/layout/names';
import type { SheetSpec } from '../../src/layout/spec';
import { summarySheets } from '../../src/layout/summary';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };
const tasks: TrackedTask[] = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));
tasks[0] = { ...tasks[0], progress: 'done', completedOn: '2018-05-01' };

/** The overview's count key of a status ("done-on-time" → "doneOnTime"), to check the total row against. */
function statusKey(status: string): keyof StatusCounts {
  return status.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof StatusCounts;
}

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
    expect(overview.blocks.at(-1)?.cells[0]).toBe('3. Chưa có lần báo cáo trước để so sánh.');
  });

  it('lists every status of the core on the overview, after the aggregates, each with its count and share', () => {
    const { specs, summary } = sheets();
    const counts = specs[0].tables[0];
    const { total } = summary.overview.counts;
    expect(counts.rows.slice(0, 3).map((row) => row[0])).toEqual(['Tổng số nhiệm vụ', 'Nhiệm vụ đã đến hạn', 'Đã hoàn thành']);
    const statusRows = counts.rows.slice(3);
    expect(statusRows.map((row) => String(row[0]).replace(/^- /, '').replace(/ \(trong 7 ngày\)$/, ''))).toEqual(STATUS_ORDER.map((s) => STATUS_LABELS[s].vi));
    expect(statusRows.map((row) => row[1])).toEqual(STATUS_ORDER.map((s) => summary.overview.counts[statusKey(s)]));
    expect(statusRows.map((row) => row[2])).toEqual(STATUS_ORDER.map((s) => Math.round((summary.overview.counts[statusKey(s)] * 1000) / total) / 1000));
    // The statuses add up to the whole plan, so no task is left out.
    expect(statusRows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(total);
    expect(counts.rows.map((row) => row[0])).toContain('Sắp đến hạn (trong 7 ngày)');
    expect(counts.rows.map((row) => row[0]).join('|')).not.toMatch(/Thường xuyên \/|\(trong hạn\)/);
  });

  it('counts by what the planner entered in a second table, every value and "Chưa nhập tiến độ"', () => {
    const entered: TrackedTask[] = tasks.map((t, i) => ({ ...t, progress: i < 3 ? 'paused' : i < 5 ? 'not-started' : i < 9 ? 'in-progress' : null }));
    const summary = summarize(entered, settings, null);
    const overview = summarySheets({ plan: plan43.plan, settings, summary, tasks: entered, paragraph: 'x', history: [] })[0];
    const progress = overview.tables.find((t) => t.name === TABLES.overviewProgress);
    expect(progress?.columns.map((c) => c.header)).toEqual(['Tiến độ đã nhập', 'Số nhiệm vụ', 'Tỷ lệ']);
    const rest = entered.length - 9;
    expect(progress?.rows).toEqual([
      ['Đã hoàn thành', 0, 0],
      ['Đang thực hiện', 4, Math.round(4000 / entered.length) / 1000],
      ['Chưa thực hiện', 2, Math.round(2000 / entered.length) / 1000],
      ['Tạm dừng', 3, Math.round(3000 / entered.length) / 1000],
      ['Chưa nhập tiến độ', rest, Math.round((rest * 1000) / entered.length) / 1000],
    ]);
    // Beside the counts by status (same header row, one empty column between), its caption above it.
    const counts = overview.tables[0];
    expect(progress?.headerRow).toBe(counts.headerRow);
    expect(progress?.firstColumn).toBe(counts.firstColumn + counts.columns.length + 1);
    const caption = overview.blocks.find((b) => b.cells[0] === '2. Theo tiến độ đã nhập');
    expect([caption?.row, caption?.column]).toEqual([(progress?.headerRow ?? 0) - 1, progress?.firstColumn]);
  });

  it('colours each overview row by what it counts, wherever that row is', () => {
    const { specs } = sheets();
    const overview = specs[0];
    const counts = overview.tables[0];
    const fillOf = (label: string) => {
      const index = counts.rows.findIndex((row) => String(row[0]).startsWith(label));
      const row = counts.headerRow + 1 + index;
      return overview.fills.filter((f) => f.range === `A${row}:C${row}`).map((f) => f.fill);
    };
    expect(fillOf('Đã hoàn thành')).toEqual(['#C6EFCE']);
    expect(fillOf('Quá hạn chưa hoàn thành')).toEqual(['#F8CBAD']);
    expect(fillOf('Sắp đến hạn')).toEqual(['#FFE699']);
    expect(fillOf('Đang thực hiện trong hạn')).toEqual(['#BDD7EE']);
    expect(fillOf('Tạm dừng')).toEqual(['#E7E6E6']);
    expect(fillOf('Thường xuyên')).toEqual([]);
    expect(fillOf('Tổng số nhiệm vụ')).toEqual([]);
    // Every fill is on a row of the counts table.
    for (const fill of overview.fills) {
      const area = parseRange(fill.range);
      expect(area.top).toBeGreaterThan(counts.headerRow);
      expect(area.bottom).toBeLessThanOrEqual(counts.headerRow + counts.rows.length);
    }
  });

  it('says what changed since the previous snapshot', () => {
    const { specs } = sheets({ asOf: '2019-01-01', statuses: { [tasks[0].id]: 'in-progress' } });
    const changes = specs[0].tables.find((t) => t.name === TABLES.changes);
    expect(changes?.rows[0]).toEqual([tasks[0].text, tasks[0].id, 'Mới hoàn thành', tasks[0].lead.join('; ')]);
    // Each column is as wide as the counts above it need: the share column is no wider than a word.
    expect(changes?.columns.map((c) => c.width)).toEqual([42, 14, 14, 28]);
    expect(specs[0].blocks.some((b) => String(b.cells[0]).startsWith('3. Thay đổi so với lần báo cáo trước (01/01/2019)'))).toBe(true);
  });

  it('lists a task paused since the previous report among the changes', () => {
    const paused: TrackedTask[] = tasks.map((t, i) => (i === 1 ? { ...t, progress: 'paused' } : t));
    const summary = summarize(paused, settings, { asOf: '2019-01-01', statuses: { [tasks[0].id]: 'done-on-time', [tasks[1].id]: 'in-progress' } });
    const changes = summarySheets({ plan: plan43.plan, settings, summary, tasks: paused, paragraph: 'x', history: [] })[0].tables.find((t) => t.name === TABLES.changes);
    expect(changes?.rows.filter((row) => row[2] === 'Mới tạm dừng').map((row) => row[1])).toEqual([tasks[1].id]);
  });

  it('charts status by lead body as a stacked bar', () => {
    const { specs, summary } = sheets();
    const byLead = specs.find((s) => s.name === SHEETS.byLead) as SheetSpec;
    const headerRow = byLead.tables[0].headerRow;
    const last = headerRow + summary.byLead.length; // the bodies, not the total row under them
    const lastStatus = columnLetter(2 + STATUS_ORDER.length);
    expect(byLead.charts).toEqual([expect.objectContaining({
      type: 'bar-stacked', categories: `A${headerRow + 1}:A${last}`, series: `C${headerRow}:${lastStatus}${last}`,
      fallbackText: expect.stringContaining('Biểu đồ chỉ có khi lập báo cáo trong Excel'),
    })]);
  });

  it('stacks only the status columns in the by-lead chart, never "Tổng số", one colour each', () => {
    const byLead = sheets().specs.find((s) => s.name === SHEETS.byLead) as SheetSpec;
    const [table] = byLead.tables;
    const chart = byLead.charts[0];
    const area = parseRange(chart.series);
    const seriesNames = table.columns.slice(area.left - table.firstColumn, area.right - table.firstColumn + 1).map((c) => c.header);
    expect(area.top).toBe(table.headerRow);
    // Every status the core knows, in its order and with its words.
    expect(seriesNames).toEqual(STATUS_ORDER.map((status) => STATUS_LABELS[status].vi));
    expect(chart.seriesColours).toHaveLength(seriesNames.length);
    expect(new Set(chart.seriesColours).size).toBe(seriesNames.length);
    expect(parseRange(chart.categories)).toEqual({ top: table.headerRow + 1, left: table.firstColumn, bottom: area.bottom, right: table.firstColumn });
  });

  it('ends "Theo đơn vị" with the plan as a whole, each task once, and says why the rows add up to more', () => {
    const two = tasks.map((t, i) => (i === 1 ? { ...t, lead: ['Ban Tổ chức Tỉnh ủy', 'Văn phòng Tỉnh ủy'] } : t));
    const summary = summarize(two, settings, null);
    const byLead = summarySheets({ plan: plan43.plan, settings, summary, tasks: two, paragraph: 'x', history: [] }).find((s) => s.name === SHEETS.byLead) as SheetSpec;
    const [table] = byLead.tables;
    // The last row of the table, in its formats (counts, percentages), bold on grey.
    const total = table.rows[table.rows.length - 1];
    const leads = table.rows.slice(0, -1);
    const totalRow = table.headerRow + table.rows.length;
    expect(total[0]).toBe('Toàn kế hoạch');
    expect(byLead.fills).toEqual([{ range: `A${totalRow}:${columnLetter(table.columns.length)}${totalRow}`, fill: '#E7E6E6', bold: true }]);
    // Total column: the plan's 51 tasks, while the rows (a task with two leads in each) add up to more.
    expect(total[1]).toBe(51);
    const leadCount = two.reduce((n, t) => n + Math.max(1, new Set(t.lead).size), 0);
    expect(leadCount).toBeGreaterThan(51);
    expect(leads.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(leadCount);
    // Each status column of the total row is the overview's count of that status.
    STATUS_ORDER.forEach((status, i) => {
      expect([status, total[2 + i]]).toEqual([status, summary.overview.counts[statusKey(status)]]);
    });
    expect(total.slice(-2)).toEqual([summary.overview.percent.done / 100, expect.any(Number)]);
    expect(byLead.blocks.some((b) => String(b.cells[0]).includes('hai cơ quan chủ trì trở lên được tính cho mỗi cơ quan'))).toBe(true);
    // The chart and the colours cover the bodies only, never the total row.
    expect(parseRange(byLead.charts[0].categories).bottom).toBe(totalRow - 1);
    expect(parseRange(byLead.charts[0].series).bottom).toBe(totalRow - 1);
    expect(byLead.conditionalFormats.every((f) => parseRange(f.range).bottom === totalRow - 1)).toBe(true);
  });

  it('lists overdue tasks with deadline and days overdue, most overdue first, with the planner\'s progress and reason', () => {
    const withNotes = tasks.map((t) => (t.id === 'B.II.1-03' ? { ...t, progress: 'in-progress' as const, note: '  Chờ chủ trương sắp xếp lại.  ' } : t));
    const summary = summarize(withNotes, settings, null);
    const overdueSpec = summarySheets({ plan: plan43.plan, settings, summary, tasks: withNotes, paragraph: 'x', history: [] }).find((s) => s.name === SHEETS.overdue) as SheetSpec;
    const overdue = overdueSpec.tables[0];
    expect(overdue.rows).toHaveLength(summary.overdue.length);
    expect(overdue.columns.map((c) => c.header).slice(-4)).toEqual(['Hạn hoàn thành', 'Số ngày quá hạn', 'Tiến độ đã nhập', 'Ghi chú của đơn vị (lý do chậm)']);
    const days = overdue.rows.map((r) => r[6] as number);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(overdue.rows[0][5]).toEqual({ date: summary.overdue[0].deadline });
    const row = overdue.rows.find((r) => r[1] === 'B.II.1-03');
    expect(row?.slice(-2)).toEqual(['Đang thực hiện', 'Chờ chủ trương sắp xếp lại.']);
    // Nothing entered: blank, not a word the planner did not write.
    expect(overdue.rows.filter((r) => r[1] !== 'B.II.1-03').every((r) => r[7] === null && r[8] === null)).toBe(true);
  });

  it('draws the quarter timeline with coloured cells and the current quarter marked', () => {
    const { specs } = sheets();
    const timeline = specs.find((s) => s.name === SHEETS.timeline);
    const grid = timeline?.tables[0];
    const headers = grid?.columns.map((c) => c.header) ?? [];
    expect(headers.slice(0, 5)).toEqual(['Mã NV', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Tình trạng', 'Q1/2018']);
    const first = (grid?.headerRow ?? 0) + 1;
    expect(timeline?.conditionalFormats.map((f) => f.formula)).toEqual([`=AND(E${first}=1,$D${first}="Quá hạn chưa hoàn thành")`, `=E${first}=1`]);
    const q1of2019 = headers.indexOf('Q1/2019') + 1;
    expect(timeline?.fills[1].range).toMatch(new RegExp(`^[A-Z]+${grid?.headerRow}:[A-Z]+${grid?.headerRow}$`));
    expect(q1of2019).toBeGreaterThan(4);
    const c10 = grid?.rows.find((r) => r[0] === 'C.10-01');
    expect(c10?.[4]).toBe(1);
    expect(c10?.[5]).toBeNull();
  });
});
