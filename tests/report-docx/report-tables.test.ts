import { plan43 } from '../../src/catalogues';
import type { Settings, TrackedTask } from '../../src/core/model';
import { STATUS_LABELS, statusOf } from '../../src/core/status';
import { annexOf, summarize } from '../../src/core/summary';
import { leadRows, overallRows, overdueRows, percentVi, progressRows } from '../../src/report-docx/report-tables';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
const tasks: TrackedTask[] = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));
const at = (id: string) => tasks.findIndex((t) => t.id === id);
tasks[at('B.II-01')] = { ...tasks[at('B.II-01')], progress: 'done', completedOn: '2018-03-20' };
tasks[at('B.II.1-04')] = { ...tasks[at('B.II.1-04')], progress: 'in-progress', note: 'Chờ hướng dẫn của Trung ương.' };
const annex = annexOf(tasks, plan43.plan, plan43.sections, settings);

describe('the Word report tables', () => {
  it('writes shares the Vietnamese way: one decimal, decimal comma', () => {
    expect(percentVi(7, 51)).toBe('13,7%');
    expect(percentVi(1, 51)).toBe('2,0%');
    expect(percentVi(0, 0)).toBe('0%');
  });

  it('counts the whole plan by every status that occurs, labelled as the core labels them', () => {
    const rows = overallRows(annex);
    expect(rows[0]).toEqual(['Tổng số nhiệm vụ', '51', '100%']);
    const expected = new Map<string, number>();
    for (const task of tasks) {
      const label = STATUS_LABELS[statusOf(task, settings).status].vi;
      expected.set(label, (expected.get(label) ?? 0) + 1);
    }
    expect(new Map(rows.slice(1).map(([label, count]) => [label, Number(count)]))).toEqual(expected);
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(51);
  });

  it('counts a task for each of its lead bodies, and totals the column', () => {
    const { header, rows } = leadRows(annex);
    expect(header.slice(0, 2)).toEqual(['Cơ quan chủ trì', 'Tổng số']);
    const leadCount = tasks.reduce((sum, t) => sum + Math.max(1, t.lead.length), 0);
    const total = rows.at(-1) ?? [];
    expect(total[0]).toBe('Cộng');
    expect(Number(total[1])).toBe(leadCount);
    for (let c = 1; c < header.length; c += 1) {
      expect(rows.slice(0, -1).reduce((sum, row) => sum + Number(row[c]), 0)).toBe(Number(total[c]));
    }
    const tccq = rows.find((row) => row[0] === 'Ban Tổ chức Tỉnh ủy');
    expect(tccq).toBeUndefined(); // only leads, never support bodies
  });

  it('lists the overdue tasks with the reason the planner wrote', () => {
    const rows = overdueRows(summarize(tasks, settings, null), tasks);
    const late = rows.find((row) => row[1].endsWith('(B.II.1-04)'));
    expect(late?.[5]).toBe('Chờ hướng dẫn của Trung ương.');
    expect(late?.[3]).toBe('31/12/2018');
    expect(rows.map((row) => row[0])).toEqual(rows.map((_, i) => String(i + 1)));
    expect(rows.some((row) => row[1].endsWith('(B.II-01)'))).toBe(false);
  });
});

describe('the progress table', () => {
  it('counts what the planner entered, then the tasks with nothing entered, with their shares', () => {
    const rows = progressRows(summarize(tasks, settings, null));
    expect(rows).toEqual([
      ['Đã hoàn thành', '1', '2,0%'],
      ['Đang thực hiện', '1', '2,0%'],
      ['Chưa nhập tiến độ', '49', '96,1%'],
    ]);
  });
});
