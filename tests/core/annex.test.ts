import { plan43 } from '../../src/catalogues';
import type { Settings, TrackedTask } from '../../src/core/model';
import { STATUS_LABELS, statusOf } from '../../src/core/status';
import { annexOf, romanNumeral, type AnnexHeading, type AnnexTask } from '../../src/core/summary';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };
const base: TrackedTask[] = plan43.tasks.map((t) => ({ ...t, progress: null, completedOn: null, note: '' }));

const headings = (rows: ReturnType<typeof annexOf>['rows']) => rows.filter((r): r is AnnexHeading => r.kind === 'heading');
const taskRows = (rows: ReturnType<typeof annexOf>['rows']) => rows.filter((r): r is AnnexTask => r.kind === 'task');

describe('annex (Phụ lục) by section', () => {
  const annex = annexOf(base, plan43.plan, plan43.sections, settings);

  it('lists every task once, numbered 1…N in plan order', () => {
    const tasks = taskRows(annex.rows);
    expect(tasks.map((t) => t.id)).toEqual(plan43.tasks.map((t) => t.id));
    expect(tasks.map((t) => t.no)).toEqual(plan43.tasks.map((_, i) => i + 1));
    expect(annex.taskCount).toBe(51);
  });

  it('puts the plan headings, with their numbering, above their tasks', () => {
    const rows = annex.rows;
    expect(rows[0]).toEqual({ kind: 'heading', marker: 'B.', title: 'NỘI DUNG', level: 1 });
    expect(rows[1]).toEqual({ kind: 'heading', marker: 'I.', title: 'NHIỆM VỤ CHUNG', level: 2 });
    expect(rows[2]).toMatchObject({ kind: 'task', id: 'B.I-01' });
    const b2 = rows.findIndex((r) => r.kind === 'heading' && r.marker === '1.' && r.title === 'Đối với các cơ quan khối Đảng Tỉnh');
    const b = rows.findIndex((r) => r.kind === 'heading' && r.marker === 'II.');
    expect(rows[b]).toEqual({ kind: 'heading', marker: 'II.', title: 'NHIỆM VỤ CỤ THỂ', level: 2 });
    expect(b).toBeLessThan(b2);
    expect(rows.slice(b + 1, b2).every((r) => r.kind === 'task' && r.id.startsWith('B.II-'))).toBe(true);
    expect(rows[b2]).toMatchObject({ level: 3 });
    expect((rows[b2 + 1] as AnnexTask).id.startsWith('B.II.1-')).toBe(true);
    // each heading once
    const keys = headings(rows).map((h) => `${h.level}|${h.marker}|${h.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows status through the status labels, and the planner notes and completion date as the result', () => {
    const tasks = base.map((t) => (t.id === 'B.I-01' ? { ...t, progress: 'done' as const, completedOn: '2019-05-15', note: 'Đã ban hành Đề án số 05' } : t));
    const row = taskRows(annexOf(tasks, plan43.plan, plan43.sections, settings).rows)[0];
    const status = statusOf(tasks[0], settings).status;
    expect(row.status).toBe(status);
    expect(row.statusLabel).toBe(STATUS_LABELS[status].vi);
    expect(row.result).toBe('Đã ban hành Đề án số 05\nHoàn thành ngày 15/05/2019.');
    expect(row.note).toBe('B.I-01');
    expect(row.lead).toEqual(tasks[0].lead);
  });

  it('leaves retired tasks out and puts tasks of unknown sections last, under one heading', () => {
    const added: TrackedTask = { ...base[0], id: 'X-1', section: '', heading: '', text: 'Nhiệm vụ do chuyên viên thêm' };
    const tasks = [added, ...base.slice(1), { ...base[0], retired: true }];
    const annex2 = annexOf(tasks, plan43.plan, plan43.sections, settings);
    const ids = taskRows(annex2.rows).map((t) => t.id);
    expect(ids).not.toContain('B.I-01');
    expect(ids.at(-1)).toBe('X-1');
    expect(annex2.rows.at(-2)).toEqual({ kind: 'heading', marker: '', title: 'Nhiệm vụ bổ sung', level: 1 });
    expect(annex2.taskCount).toBe(51);
  });

  it('titles the annex with the plan number and leaves the report number blank to fill', () => {
    expect(annex.title).toBe('KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH SỐ 43-KH/TU');
    expect(annex.subtitle).toBe(plan43.plan.title);
    expect(annex.attachedTo).toBe('(Kèm theo Báo cáo số …-BC/TU ngày … tháng … năm …)');
  });
});

describe('annex by lead body', () => {
  const annex = annexOf(base, plan43.plan, plan43.sections, settings, 'lead');

  it('groups under each first lead, in order of first appearance, numbered I, II, …', () => {
    const firstLeads = [...new Set(base.map((t) => t.lead[0] ?? ''))];
    const hs = headings(annex.rows);
    expect(hs.map((h) => h.title)).toEqual(firstLeads.map((l) => l || 'Chưa xác định cơ quan chủ trì').sort((a, b) => Number(a === 'Chưa xác định cơ quan chủ trì') - Number(b === 'Chưa xác định cơ quan chủ trì')));
    expect(hs.map((h) => h.marker)).toEqual(hs.map((_, i) => `${romanNumeral(i + 1)}.`));
    for (let i = 0; i < annex.rows.length; i += 1) {
      const row = annex.rows[i];
      if (row.kind !== 'task') continue;
      const heading = annex.rows.slice(0, i).reverse().find((r): r is AnnexHeading => r.kind === 'heading');
      expect(heading?.title).toBe(row.lead[0] ?? 'Chưa xác định cơ quan chủ trì');
    }
    expect(taskRows(annex.rows)).toHaveLength(51);
  });

  it('writes roman numerals', () => {
    expect([1, 4, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
  });
});
