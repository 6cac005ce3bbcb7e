import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plan43, plan43Owners } from '../../src/catalogues';
import type { Finding, Owner, Task, TrackedTask } from '../../src/core/model';
import { createRegistry } from '../../src/core/owners';
import { RULES, validateTasks, type ValidationContext } from '../../src/core/rules';
import { PLAN, SETTINGS, tracked, window } from './rules.fixtures';

const OWNERS: Owner[] = [
  { id: 'so-tai-chinh', name: 'Sở Tài chính', abbreviations: ['STC'], aliases: [], collective: false },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', abbreviations: ['SNV'], aliases: [], collective: false },
  { id: 'ban-to-chuc-tinh-uy', name: 'Ban Tổ chức Tỉnh ủy', abbreviations: ['BTCTU'], aliases: [], collective: false },
];

const CONTEXT: ValidationContext = { plan: PLAN, settings: SETTINGS, registry: createRegistry(OWNERS) };

/** A task that no rule objects to, as of 2026-11-27. */
function clean(id: string, overrides: Partial<TrackedTask> = {}): TrackedTask {
  return tracked(id, { deadline: window({ text: 'trong năm 2027', start: '2027-01-01', end: '2027-12-31' }), ...overrides });
}

function findings(code: string, tasks: (Task | TrackedTask)[], context: Partial<ValidationContext> = {}): Finding[] {
  return validateTasks(tasks, { ...CONTEXT, ...context }).filter((f) => f.code === code);
}

test('the clean task raises nothing', () => {
  expect(validateTasks([clean('X-01')], CONTEXT)).toEqual([]);
});

describe('deadline rules', () => {
  test('DEADLINE_MISSING fires on a task with no phrase', () => {
    const task = clean('X-01', { deadline: window({ text: '', start: null, end: null, kind: 'missing' }) });
    expect(findings('DEADLINE_MISSING', [task])).toEqual([
      {
        code: 'DEADLINE_MISSING',
        severity: 'warning',
        taskId: 'X-01',
        field: 'deadline',
        message: {
          vi: 'Nhiệm vụ X-01: không có thời hạn thực hiện; hãy nhập thời hạn (dd/mm/yyyy) nếu đã được giao.',
          en: 'Task X-01: has no deadline; enter one (dd/mm/yyyy) if it has been set.',
        },
      },
    ]);
  });
  test('DEADLINE_MISSING stays silent when a deadline is read', () => {
    expect(findings('DEADLINE_MISSING', [clean('X-01')])).toEqual([]);
  });

  test('DEADLINE_UNREADABLE quotes the phrase', () => {
    const task = clean('X-02', { deadline: window({ text: 'khi điều kiện cho phép', start: null, end: null, kind: 'unknown' }) });
    const [finding] = findings('DEADLINE_UNREADABLE', [task]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'X-02', field: 'deadline' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-02: không đọc được thời hạn “khi điều kiện cho phép”; hãy nhập ngày cụ thể (dd/mm/yyyy).',
    );
    expect(finding.message.en).toBe(
      'Task X-02: the deadline “khi điều kiện cho phép” could not be read; enter an explicit date (dd/mm/yyyy).',
    );
  });
  test('DEADLINE_UNREADABLE stays silent for a read phrase', () => {
    expect(findings('DEADLINE_UNREADABLE', [clean('X-02')])).toEqual([]);
  });

  test('DEADLINE_END_BEFORE_START', () => {
    const task = clean('X-03', { deadline: window({ text: 'từ tháng 5 đến tháng 3/2027', start: '2027-05-01', end: '2027-03-31', kind: 'range' }) });
    const [finding] = findings('DEADLINE_END_BEFORE_START', [task]);
    expect(finding).toMatchObject({ severity: 'error', taskId: 'X-03', field: 'end' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-03: thời hạn “từ tháng 5 đến tháng 3/2027” kết thúc ngày 31/03/2027, trước ngày bắt đầu 01/05/2027.',
    );
    expect(finding.message.en).toContain('ends on 31/03/2027, before its start on 01/05/2027');
  });
  test('DEADLINE_END_BEFORE_START silent when end == start', () => {
    const task = clean('X-03', { deadline: window({ text: 'ngày 01/05/2027', start: '2027-05-01', end: '2027-05-01', kind: 'by-date' }) });
    expect(findings('DEADLINE_END_BEFORE_START', [task])).toEqual([]);
  });

  test('DEADLINE_BEFORE_ISSUE: "trong tháng 01/2018" in a plan of 12/02/2018', () => {
    const task = clean('C.10-01', { deadline: window({ text: 'thực hiện trong tháng 01/2018', start: '2018-01-01', end: '2018-01-31', kind: 'month' }) });
    const [finding] = findings('DEADLINE_BEFORE_ISSUE', [task]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'C.10-01', field: 'end' });
    expect(finding.message).toEqual({
      vi: 'Nhiệm vụ C.10-01: thời hạn “thực hiện trong tháng 01/2018” kết thúc ngày 31/01/2018, trước ngày ban hành kế hoạch 12/02/2018.',
      en: 'Task C.10-01: the deadline “thực hiện trong tháng 01/2018” ends on 31/01/2018, before the plan was issued on 12/02/2018.',
    });
  });
  test('DEADLINE_BEFORE_ISSUE silent for a deadline on the issue date', () => {
    const task = clean('C.10-01', { deadline: window({ text: 'ngày 12/02/2018', start: null, end: '2018-02-12', kind: 'by-date' }) });
    expect(findings('DEADLINE_BEFORE_ISSUE', [task])).toEqual([]);
  });

  test('DEADLINE_OPEN_ENDED', () => {
    const task = clean('X-05', { deadline: window({ text: 'từ năm 2020', start: '2020-01-01', end: null, kind: 'from' }) });
    const [finding] = findings('DEADLINE_OPEN_ENDED', [task]);
    expect(finding).toMatchObject({ severity: 'info', taskId: 'X-05', field: 'end' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-05: thời hạn “từ năm 2020” chỉ có ngày bắt đầu, không có ngày kết thúc; nhiệm vụ không bao giờ bị tính quá hạn.',
    );
  });
  test('DEADLINE_OPEN_ENDED silent for a closed window', () => {
    expect(findings('DEADLINE_OPEN_ENDED', [clean('X-05')])).toEqual([]);
  });

  test('DEADLINE_EVENT', () => {
    const task = clean('X-06', { deadline: window({ text: 'Sau khi Nghị định được ban hành', start: null, end: null, kind: 'event' }) });
    const [finding] = findings('DEADLINE_EVENT', [task]);
    expect(finding).toMatchObject({ severity: 'info', taskId: 'X-06', field: 'deadline' });
    expect(finding.message.en).toBe(
      'Task X-06: the deadline “Sau khi Nghị định được ban hành” depends on an event; once it happens, enter an explicit date.',
    );
  });
  test('DEADLINE_EVENT silent for a continuous task', () => {
    const task = clean('X-06', { deadline: window({ text: 'Thường xuyên', start: null, end: null, kind: 'continuous' }) });
    expect(findings('DEADLINE_EVENT', [task])).toEqual([]);
  });

  test('DEADLINE_IMPLAUSIBLE: more than 15 years after the issue date', () => {
    const task = clean('X-07', { deadline: window({ text: 'năm 2081', start: '2081-01-01', end: '2081-12-31' }) });
    const [finding] = findings('DEADLINE_IMPLAUSIBLE', [task]);
    expect(finding).toMatchObject({ severity: 'error', taskId: 'X-07', field: 'deadline' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-07: thời hạn “năm 2081” cho ngày 01/01/2081, ngoài khoảng hợp lý (01/01/1945 – 12/02/2033); có thể do lỗi nhận dạng hoặc gõ nhầm.',
    );
  });
  test('DEADLINE_IMPLAUSIBLE: before 1945', () => {
    const task = clean('X-07', { deadline: window({ text: 'năm 1918', start: '1918-01-01', end: '1918-12-31' }) });
    expect(findings('DEADLINE_IMPLAUSIBLE', [task]).map((f) => f.message.en)).toEqual([
      'Task X-07: the deadline “năm 1918” gives 01/01/1918, outside the plausible range (01/01/1945 – 12/02/2033); probably an OCR or typing fault.',
    ]);
  });
  test('DEADLINE_IMPLAUSIBLE silent on the last plausible day', () => {
    const task = clean('X-07', { deadline: window({ text: 'chậm nhất ngày 12/02/2033', start: null, end: '2033-02-12', kind: 'by-date' }) });
    expect(findings('DEADLINE_IMPLAUSIBLE', [task])).toEqual([]);
  });
});

describe('owner rules', () => {
  test('LEAD_MISSING on no lead or a blank one', () => {
    const result = findings('LEAD_MISSING', [clean('X-08', { lead: [] }), clean('X-09', { lead: ['  '] })]);
    expect(result.map((f) => [f.taskId, f.field, f.severity])).toEqual([
      ['X-08', 'lead', 'warning'],
      ['X-09', 'lead', 'warning'],
    ]);
    expect(result[0].message.vi).toBe('Nhiệm vụ X-08: chưa có đơn vị chủ trì; hãy nhập cơ quan chịu trách nhiệm chính.');
  });
  test('LEAD_MISSING silent with a lead', () => {
    expect(findings('LEAD_MISSING', [clean('X-08')])).toEqual([]);
  });

  test('OWNER_UNKNOWN suggests the nearest known body, in the message and in `suggestion`', () => {
    const [finding] = findings('OWNER_UNKNOWN', [clean('X-10', { lead: ['Sở Tài chánh'] })]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'X-10', field: 'lead', suggestion: 'Sở Tài chính' });
    expect(finding.message).toEqual({
      vi: 'Nhiệm vụ X-10: đơn vị chủ trì “Sở Tài chánh” không có trong danh mục cơ quan. Có phải là “Sở Tài chính”?',
      en: 'Task X-10: the lead body “Sở Tài chánh” is not in the owner registry. Did you mean “Sở Tài chính”?',
    });
  });
  test('OWNER_UNKNOWN on a support body with no near match: no suggestion', () => {
    const [finding] = findings('OWNER_UNKNOWN', [clean('X-11', { support: ['Bưu điện tỉnh'] })]);
    expect(finding).toMatchObject({ taskId: 'X-11', field: 'support' });
    expect(finding.suggestion).toBeUndefined();
    expect(finding.message.vi).toBe('Nhiệm vụ X-11: đơn vị phối hợp “Bưu điện tỉnh” không có trong danh mục cơ quan.');
  });
  test('OWNER_UNKNOWN silent for known names (any case, abbreviations) and collective ones', () => {
    const task = clean('X-12', { lead: ['sở tài chính'], support: ['SNV', 'Các sở, ban, ngành'] });
    expect(findings('OWNER_UNKNOWN', [task])).toEqual([]);
  });

  test('OWNER_COLLECTIVE on a group of bodies as lead', () => {
    const [finding] = findings('OWNER_COLLECTIVE', [clean('X-13', { lead: ['Các sở, ban, ngành'] })]);
    expect(finding).toMatchObject({ severity: 'info', taskId: 'X-13', field: 'lead' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-13: đơn vị chủ trì “Các sở, ban, ngành” là một nhóm cơ quan, không có một đơn vị chịu trách nhiệm chính.',
    );
  });
  test('OWNER_COLLECTIVE silent for a single body, and for a group that only supports', () => {
    expect(findings('OWNER_COLLECTIVE', [clean('X-13', { support: ['Các sở, ban, ngành'] })])).toEqual([]);
  });

  test('OWNER_LEAD_ALSO_SUPPORT across spellings (abbreviation)', () => {
    const [finding] = findings('OWNER_LEAD_ALSO_SUPPORT', [clean('X-14', { lead: ['Sở Tài chính'], support: ['STC', 'Sở Nội vụ'] })]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'X-14', field: 'support' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-14: “STC” vừa là đơn vị chủ trì vừa là đơn vị phối hợp; hãy bỏ khỏi danh sách phối hợp.',
    );
  });
  test('OWNER_LEAD_ALSO_SUPPORT for unknown names differing only in case', () => {
    const result = findings('OWNER_LEAD_ALSO_SUPPORT', [clean('X-15', { lead: ['Bưu điện tỉnh'], support: ['BƯU ĐIỆN TỈNH'] })]);
    expect(result.map((f) => f.taskId)).toEqual(['X-15']);
  });
  test('OWNER_LEAD_ALSO_SUPPORT silent for different bodies', () => {
    expect(findings('OWNER_LEAD_ALSO_SUPPORT', [clean('X-14', { support: ['Sở Nội vụ'] })])).toEqual([]);
  });
});

describe('task rules', () => {
  test('ID_DUPLICATE on each repeat, naming the first row', () => {
    const result = findings('ID_DUPLICATE', [clean('X-16'), clean('X-17'), clean('X-16'), clean('X-16')]);
    expect(result.map((f) => [f.taskId, f.field, f.severity])).toEqual([
      ['X-16', 'id', 'error'],
      ['X-16', 'id', 'error'],
    ]);
    expect(result[0].message.vi).toBe('Nhiệm vụ X-16: mã “X-16” trùng với nhiệm vụ ở dòng 1; mỗi nhiệm vụ cần một mã riêng.');
  });
  test('ID_DUPLICATE silent for unique ids', () => {
    expect(findings('ID_DUPLICATE', [clean('X-16'), clean('X-17')])).toEqual([]);
  });

  test('TEXT_EMPTY', () => {
    const [finding] = findings('TEXT_EMPTY', [clean('X-18', { text: '  ' })]);
    expect(finding).toMatchObject({ severity: 'error', taskId: 'X-18', field: 'text' });
    expect(finding.message).toEqual({ vi: 'Nhiệm vụ X-18: nội dung nhiệm vụ trống.', en: 'Task X-18: the task text is empty.' });
  });
  test('TEXT_EMPTY silent with text', () => {
    expect(findings('TEXT_EMPTY', [clean('X-18')])).toEqual([]);
  });

  test('SOURCE_GAP: one plan-wide finding per gap', () => {
    const gaps = [
      { section: 'B.II.3', description: 'Toàn bộ mục bị mất' },
      { section: 'C.3–C.5', description: 'Các mục bị mất' },
    ];
    const result = findings('SOURCE_GAP', [clean('X-19')], { gaps });
    expect(result.map((f) => [f.taskId, f.field, f.severity])).toEqual([
      [null, null, 'warning'],
      [null, null, 'warning'],
    ]);
    expect(result[0].message.vi).toBe(
      'Phần “B.II.3” của văn bản gốc bị thiếu: Toàn bộ mục bị mất. Không bổ sung bằng phỏng đoán; hãy tìm bản đầy đủ hơn.',
    );
  });
  test('SOURCE_GAP silent without gaps', () => {
    expect(findings('SOURCE_GAP', [clean('X-19')], { gaps: [] })).toEqual([]);
  });

  test('TASK_FRAGMENT on an incomplete task, with its remark', () => {
    const task = clean('X-20', { text: 'chức, đơn vị sự nghiệp công lập cấp tinh', incomplete: true, remarks: ['đầu câu bị mất'] });
    const [finding] = findings('TASK_FRAGMENT', [task]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'X-20', field: 'text' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-20: nội dung “chức, đơn vị sự nghiệp công lập cấp tinh” không đầy đủ do bản gốc bị thiếu (xem ghi chú); hãy đối chiếu văn bản gốc.',
    );
  });
  test('TASK_FRAGMENT shortens a long text and works without remarks', () => {
    const [finding] = findings('TASK_FRAGMENT', [clean('X-21', { text: 'a'.repeat(100), incomplete: true })]);
    expect(finding.message.en).toBe(
      `Task X-21: the text “${'a'.repeat(80)}…” is incomplete because the source is cut; check the original document.`,
    );
  });
  test('TASK_FRAGMENT silent on a whole task', () => {
    expect(findings('TASK_FRAGMENT', [clean('X-20', { incomplete: false })])).toEqual([]);
  });
});

describe('progress rules', () => {
  test('COMPLETION_DATE_MISSING when done with no date', () => {
    const [finding] = findings('COMPLETION_DATE_MISSING', [clean('X-22', { progress: 'done' })]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'X-22', field: 'completedOn' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-22: tiến độ “Đã hoàn thành” nhưng chưa có ngày hoàn thành; tạm tính là hoàn thành đúng hạn.',
    );
  });
  test('COMPLETION_DATE_MISSING silent with a date', () => {
    expect(findings('COMPLETION_DATE_MISSING', [clean('X-22', { progress: 'done', completedOn: '2026-10-01' })])).toEqual([]);
  });

  test('COMPLETION_DATE_FUTURE after the as-of date', () => {
    const [finding] = findings('COMPLETION_DATE_FUTURE', [clean('X-23', { progress: 'done', completedOn: '2026-11-28' })]);
    expect(finding).toMatchObject({ severity: 'error', taskId: 'X-23', field: 'completedOn' });
    expect(finding.message.vi).toBe('Nhiệm vụ X-23: ngày hoàn thành 28/11/2026 sau ngày báo cáo 27/11/2026.');
  });
  test('COMPLETION_DATE_FUTURE silent on the as-of date', () => {
    expect(findings('COMPLETION_DATE_FUTURE', [clean('X-23', { progress: 'done', completedOn: '2026-11-27' })])).toEqual([]);
  });

  test('COMPLETION_BEFORE_START', () => {
    const task = clean('X-24', { progress: 'done', completedOn: '2026-10-01' });
    const [finding] = findings('COMPLETION_BEFORE_START', [task]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'X-24', field: 'completedOn' });
    expect(finding.message.vi).toBe(
      'Nhiệm vụ X-24: ngày hoàn thành 01/10/2026 trước ngày bắt đầu 01/01/2027 của thời hạn “trong năm 2027”.',
    );
  });
  test('COMPLETION_BEFORE_START silent on the start day', () => {
    expect(findings('COMPLETION_BEFORE_START', [clean('X-24', { progress: 'done', completedOn: '2027-01-01' })], {
      settings: { ...SETTINGS, asOf: '2027-02-01' },
    })).toEqual([]);
  });

  test('TASK_OVERDUE: not done, deadline passed', () => {
    const task = clean('X-25', { progress: 'in-progress', deadline: window({ text: 'Quý III/2026', start: '2026-07-01', end: '2026-09-30', kind: 'quarter' }) });
    const [finding] = findings('TASK_OVERDUE', [task]);
    expect(finding).toMatchObject({ severity: 'warning', taskId: 'X-25', field: 'end' });
    expect(finding.message).toEqual({
      vi: 'Nhiệm vụ X-25: quá hạn 58 ngày (thời hạn “Quý III/2026”, hết hạn ngày 30/09/2026, tính đến ngày 27/11/2026) và chưa hoàn thành.',
      en: 'Task X-25: 58 days overdue (deadline “Quý III/2026”, due 30/09/2026, as of 27/11/2026) and not done.',
    });
  });
  test('TASK_OVERDUE silent when done late, or due today', () => {
    const q3 = window({ text: 'Quý III/2026', start: '2026-07-01', end: '2026-09-30', kind: 'quarter' });
    const today = window({ text: 'ngày 27/11/2026', start: null, end: '2026-11-27', kind: 'by-date' });
    expect(findings('TASK_OVERDUE', [clean('X-25', { progress: 'done', completedOn: '2026-10-05', deadline: q3 }), clean('X-26', { deadline: today })])).toEqual([]);
  });
});

describe('validateTasks as a whole', () => {
  test('a rule that throws on one task becomes RULE_FAILED; other tasks are still checked', () => {
    const broken = clean('X-27', { lead: null as unknown as string[] });
    const result = validateTasks([broken, clean('X-28', { lead: [] })], CONTEXT);
    const failed = result.filter((f) => f.code === 'RULE_FAILED');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((f) => f.taskId === 'X-27' && f.severity === 'error')).toBe(true);
    expect(failed[0].message.vi).toMatch(/^Nhiệm vụ X-27: không kiểm tra được quy tắc [A-Z_]+ \(lỗi nội bộ: .+\)\. Hãy báo cho người phát triển\.$/);
    expect(result.filter((f) => f.code === 'LEAD_MISSING').map((f) => f.taskId)).toEqual(['X-28']);
  });

  test('a plan-wide rule that throws is reported without a task', () => {
    const result = validateTasks([clean('X-29')], { ...CONTEXT, gaps: [null as unknown as { section: string; description: string }] });
    expect(result).toEqual([
      expect.objectContaining({ code: 'RULE_FAILED', taskId: null, field: null }),
    ]);
    expect(result[0].message.en).toMatch(/^Plan: rule SOURCE_GAP could not be checked \(internal error: /);
  });

  test('sorted by severity, then task order, then code; plan-wide findings last in their severity', () => {
    const tasks = [
      clean('X-30', { lead: [], text: '' }),
      clean('X-31', { deadline: window({ text: 'từ năm 2020', start: '2020-01-01', end: null, kind: 'from' }), lead: [] }),
      clean('X-30'),
    ];
    const result = validateTasks(tasks, { ...CONTEXT, gaps: [{ section: 'B.II.3', description: 'mất trang' }] });
    expect(result.map((f) => [f.severity, f.taskId, f.code])).toEqual([
      ['error', 'X-30', 'TEXT_EMPTY'],
      ['error', 'X-30', 'ID_DUPLICATE'],
      ['warning', 'X-30', 'LEAD_MISSING'],
      ['warning', 'X-31', 'LEAD_MISSING'],
      ['warning', null, 'SOURCE_GAP'],
      ['info', 'X-31', 'DEADLINE_OPEN_ENDED'],
    ]);
  });

  test('retired tasks are only checked for duplicate ids', () => {
    const retired = clean('X-32', { lead: [], text: '', retired: true });
    expect(validateTasks([retired], CONTEXT)).toEqual([]);
    expect(validateTasks([retired, clean('X-32')], CONTEXT).map((f) => f.code)).toEqual(['ID_DUPLICATE']);
  });

  test('catalogue tasks (no progress yet) are accepted as they are', () => {
    const { progress, completedOn, note, ...task } = clean('X-33', { lead: [] });
    expect([progress, completedOn, note]).toEqual([null, null, '']);
    expect(validateTasks([task], CONTEXT).map((f) => f.code)).toEqual(['LEAD_MISSING']);
  });
});

describe('RULES', () => {
  test('codes are unique, each with a bilingual title', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(RULES.every((r) => r.title.vi.length > 0 && r.title.en.length > 0)).toBe(true);
    expect(codes).toContain('RULE_FAILED');
  });

  test('docs/rules.md has a row for every code', () => {
    const doc = readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8');
    for (const { code, severity } of RULES) expect(doc).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`));
  });
});

describe('on the embedded Plan 43', () => {
  const result = validateTasks(plan43.tasks, {
    plan: plan43.plan,
    settings: SETTINGS,
    registry: createRegistry(plan43Owners),
    gaps: plan43.gaps,
  });

  test('the C.10 task due in January 2018 is flagged as ending before the issue date', () => {
    const flagged = result.filter((f) => f.code === 'DEADLINE_BEFORE_ISSUE');
    expect(flagged.map((f) => f.taskId)).toEqual(['C.10-01']);
    expect(flagged[0].message.vi).toBe(
      'Nhiệm vụ C.10-01: thời hạn “thực hiện trong tháng 01/2018” kết thúc ngày 31/01/2018, trước ngày ban hành kế hoạch 12/02/2018.',
    );
  });

  test('every source gap is reported, and no rule fails', () => {
    expect(result.filter((f) => f.code === 'SOURCE_GAP')).toHaveLength(plan43.gaps.length);
    expect(result.filter((f) => f.code === 'RULE_FAILED')).toEqual([]);
  });
});
