/** Checks that follow the planner: what the plan said against what the sheet now holds (issue 11, point 7). */
import { plan43, plan43Owners } from '../../src/catalogues';
import type { Finding, Owner, TrackedTask } from '../../src/core/model';
import { createRegistry } from '../../src/core/owners';
import { asTracked, validateTasks, type ValidationContext } from '../../src/core/rules';
import { PLAN, SETTINGS, tracked, window } from './rules.fixtures';

const OWNERS: Owner[] = [
  { id: 'so-tai-chinh', name: 'Sở Tài chính', abbreviations: [], aliases: [], collective: false },
  { id: 'cac-co-quan-khoi-dang-tinh', name: 'Các cơ quan khối Đảng Tỉnh', abbreviations: [], aliases: [], collective: true },
];
const CONTEXT: ValidationContext = { plan: PLAN, settings: SETTINGS, registry: createRegistry(OWNERS) };
const dated = window({ text: 'trong năm 2027', start: '2027-01-01', end: '2027-12-31' });
const none = window({ text: '', start: null, end: null, kind: 'missing' });
const past = window({ text: 'Quý I/2026', start: '2026-01-01', end: '2026-03-31', kind: 'quarter' });

function found(code: string, tasks: TrackedTask[], context: Partial<ValidationContext> = {}): Finding[] {
  return validateTasks(tasks, { ...CONTEXT, ...context }).filter((f) => f.code === code);
}

describe('a lead typed wrong that starts with "Các …"', () => {
  test('is checked against the bodies and the registered one suggested', () => {
    const [finding] = found('OWNER_UNKNOWN', [tracked('X-1', { lead: ['Các cơ quan khối Đảng Tinh'], deadline: dated })]);
    expect(finding).toMatchObject({ taskId: 'X-1', field: 'lead', suggestion: 'Các cơ quan khối Đảng Tỉnh' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-1: đơn vị chủ trì “Các cơ quan khối Đảng Tinh” không có trong danh mục cơ quan. Có phải là “Các cơ quan khối Đảng Tỉnh”?',
    );
  });

  test('a group close to no registered body is let be (it is only a collective lead)', () => {
    const tasks = [tracked('X-2', { lead: ['Các sở, ban, ngành'], deadline: dated })];
    expect(found('OWNER_UNKNOWN', tasks)).toEqual([]);
    expect(found('OWNER_COLLECTIVE', tasks)).toHaveLength(1);
  });

  test('the registered group itself raises no unknown-body finding', () => {
    expect(found('OWNER_UNKNOWN', [tracked('X-3', { lead: ['các cơ quan khối Đảng tỉnh'], deadline: dated })])).toEqual([]);
  });
});

describe('a deadline the planner cleared', () => {
  const planned = [tracked('D-1', { deadline: past }), tracked('D-2', { deadline: none })];

  test('is a finding that quotes the plan\'s deadline', () => {
    const sheet = [tracked('D-1', { deadline: none }), tracked('D-2', { deadline: none })];
    const [finding] = found('DEADLINE_CLEARED', sheet, { planned });
    expect(finding).toMatchObject({ code: 'DEADLINE_CLEARED', severity: 'warning', taskId: 'D-1', field: 'deadline' });
    expect(finding.message.vi).toContain('kế hoạch giao thời hạn “Quý I/2026” nhưng ô Thời gian thực hiện đang trống');
    expect(found('DEADLINE_CLEARED', sheet, { planned })).toHaveLength(1);
  });

  test('says nothing while the deadline is there, or without the plan to compare with', () => {
    expect(found('DEADLINE_CLEARED', [tracked('D-1', { deadline: past })], { planned })).toEqual([]);
    expect(found('DEADLINE_CLEARED', [tracked('D-1', { deadline: none })])).toEqual([]);
  });

  test('the cleared task is not also reported as a plan without deadline', () => {
    const sheet = [tracked('D-1', { deadline: none })];
    expect(found('DEADLINE_MISSING', sheet, { planned })).toEqual([]);
  });
});

describe('general tasks without a deadline in a plan that states none', () => {
  test('are one grouped note, not a warning each', () => {
    const tasks = Array.from({ length: 12 }, (_, i) => tracked(`G-${String(i + 1).padStart(2, '0')}`, { deadline: none }));
    expect(found('DEADLINE_MISSING', tasks)).toEqual([]);
    const notes = found('DEADLINES_NOT_STATED', tasks);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', taskId: null, field: 'deadline' });
    expect(notes[0].message.vi).toBe(
      'Kế hoạch không nêu thời hạn cho 12 nhiệm vụ (“G-01”, “G-02”, “G-03”, “G-04”, “G-05”, “G-06”, “G-07”, “G-08” và 4 nhiệm vụ khác); ' +
        'các nhiệm vụ này được theo dõi là "Chưa xác định thời hạn", không tính quá hạn. Nhập thời hạn (dd/mm/yyyy) cho nhiệm vụ nào đã được giao hạn.',
    );
  });

  test('one or two such tasks still get a warning each', () => {
    const tasks = [tracked('S-1', { deadline: none }), tracked('S-2', { deadline: none }), tracked('S-3', { deadline: dated })];
    expect(found('DEADLINE_MISSING', tasks).map((f) => f.taskId)).toEqual(['S-1', 'S-2']);
    expect(found('DEADLINES_NOT_STATED', tasks)).toEqual([]);
  });

  test('Plan 43: its 25 general tasks without a deadline are one note', () => {
    const context: ValidationContext = { plan: plan43.plan, settings: { ...SETTINGS, asOf: '2019-06-30' }, registry: createRegistry(plan43Owners), planned: plan43.tasks };
    const findings = validateTasks(plan43.tasks.map(asTracked), context);
    expect(findings.filter((f) => f.code === 'DEADLINE_MISSING')).toEqual([]);
    const notes = findings.filter((f) => f.code === 'DEADLINES_NOT_STATED');
    expect(notes).toHaveLength(1);
    expect(notes[0].message.vi).toMatch(/^Kế hoạch không nêu thời hạn cho 25 nhiệm vụ /);
  });
});

describe('what the planner entered against the dates', () => {
  test('"Chưa thực hiện" past the deadline: a finding, the entry kept', () => {
    const [finding] = found('PROGRESS_VS_DEADLINE', [tracked('P-1', { progress: 'not-started', deadline: past })]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'P-1', field: 'progress' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ P-1: tiến độ “Chưa thực hiện” nhưng thời hạn đã hết ngày 31/03/2026 (241 ngày); ' +
        'nhiệm vụ được báo cáo là quá hạn chưa hoàn thành. Hãy cập nhật tiến độ hoặc ghi lý do ở Ghi chú.',
    );
  });

  test('"Tạm dừng" past the deadline asks for the reason, unless the notes give one', () => {
    expect(found('PROGRESS_VS_DEADLINE', [tracked('P-2', { progress: 'paused', deadline: past })])[0].message.vi).toBe(
      'Nhiệm vụ P-2: tạm dừng và đã qua thời hạn ngày 31/03/2026 (241 ngày); hãy ghi lý do tạm dừng ở Ghi chú.',
    );
    expect(found('PROGRESS_VS_DEADLINE', [tracked('P-3', { progress: 'paused', note: 'Chờ chủ trương của Trung ương', deadline: past })])).toEqual([]);
  });

  test('entries that agree with the dates raise nothing', () => {
    const tasks = [
      tracked('P-4', { progress: 'not-started', deadline: dated }),
      tracked('P-5', { progress: 'paused', deadline: dated }),
      tracked('P-6', { progress: 'in-progress', deadline: past }),
    ];
    expect(found('PROGRESS_VS_DEADLINE', tasks)).toEqual([]);
  });
});

describe('findings in one language each', () => {
  test('a gap described "Vietnamese / English" gives each message its own half', () => {
    const findings = found('SOURCE_GAP', [], { gaps: plan43.gaps });
    expect(findings).toHaveLength(plan43.gaps.length);
    expect(findings[1].message).toEqual({
      vi: 'Phần “B.II.3” của văn bản gốc bị thiếu: Toàn bộ mục B.II.3 bị mất (trang bị mất): không biết tiêu đề và nhiệm vụ. Không bổ sung bằng phỏng đoán; hãy tìm bản đầy đủ hơn.',
      en: 'Part “B.II.3” of the source is missing: The whole of B.II.3 is lost (missing page): heading and tasks unknown. Nothing is filled in by guesswork; look for a fuller copy.',
    });
    for (const finding of findings) expect(finding.message.vi).not.toMatch(/ \/ |\b(The|is lost|missing)\b/);
  });
});
