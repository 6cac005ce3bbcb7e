import type { TrackedTask } from '../../src/core/model';
import { snapshotOf, summarize, type Snapshot } from '../../src/core/summary';
import { SETTINGS, tracked, window } from './rules.fixtures';

// as-of 2026-11-27, due soon = 7 days
const quarter1 = window({ text: 'Quý I/2026', start: '2026-01-01', end: '2026-03-31', kind: 'quarter' });
const byDate = (end: string) => window({ text: `chậm nhất ngày ${end}`, start: '2026-01-01', end, kind: 'by-date' });

const TASKS: TrackedTask[] = [
  tracked('A-01', { lead: ['Sở Tài chính'], progress: 'done', completedOn: '2026-03-01', deadline: quarter1 }),
  tracked('A-02', { lead: ['Sở Nội vụ'], progress: 'done', completedOn: '2026-04-10', deadline: quarter1 }),
  tracked('A-03', { lead: ['Sở Tài chính', 'Sở Nội vụ'], progress: 'in-progress', deadline: byDate('2026-06-30') }),
  tracked('A-04', { lead: ['Ủy ban nhân dân tỉnh'], progress: null, deadline: byDate('2026-11-20') }),
  tracked('A-05', { lead: ['Ban Tổ chức Tỉnh ủy'], progress: 'in-progress', deadline: byDate('2026-12-01') }),
  tracked('A-06', { lead: ['Sở Tài chính'], progress: 'in-progress', deadline: byDate('2027-06-30') }),
  tracked('A-07', { lead: ['Đảng đoàn HĐND'], progress: 'not-started', deadline: window({ text: 'Quý I/2027', start: '2027-01-01', end: '2027-03-31', kind: 'quarter' }) }),
  tracked('A-08', { lead: [], deadline: window({ text: 'Thường xuyên', start: null, end: null, kind: 'continuous' }) }),
  tracked('A-09', { lead: ['sở tài chính'], deadline: window({ text: 'Sau khi Nghị định được ban hành', start: null, end: null, kind: 'event' }) }),
  tracked('A-10', { lead: ['Sở Tài chính'], retired: true, deadline: byDate('2020-01-01') }),
];

describe('summarize: overview', () => {
  const summary = summarize(TASKS, SETTINGS);

  test('counts every status once, retired tasks left out', () => {
    expect(summary.overview.counts).toEqual({
      total: 9,
      dueSoFar: 4,
      done: 2,
      doneOnTime: 1,
      doneLate: 1,
      overdue: 2,
      inProgress: 1,
      dueSoon: 1,
      notStarted: 0,
      paused: 0,
      notDue: 1,
      ongoing: 1,
      noDeadline: 1,
    });
  });

  test('percentages of the total, one decimal', () => {
    expect(summary.overview.percent).toEqual({
      total: 100,
      dueSoFar: 44.4,
      done: 22.2,
      doneOnTime: 11.1,
      doneLate: 11.1,
      overdue: 22.2,
      inProgress: 11.1,
      dueSoon: 11.1,
      notDue: 11.1,
      noDeadline: 11.1,
      notStarted: 0,
      paused: 0,
      ongoing: 11.1,
    });
    expect(summary.asOf).toBe('2026-11-27');
    expect(summary.dueSoonDays).toBe(7);
  });
});

describe('summarize: by lead body', () => {
  const rows = summarize(TASKS, SETTINGS).byLead;

  test('one row per body in Vietnamese order, spellings merged, no-lead last', () => {
    expect(rows.map((r) => r.lead)).toEqual([
      'Ban Tổ chức Tỉnh ủy',
      'Đảng đoàn HĐND',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Ủy ban nhân dân tỉnh',
      null,
    ]);
  });

  test('a task with two leads counts for each; completion and late rates', () => {
    const finance = rows.find((r) => r.lead === 'Sở Tài chính');
    expect(finance?.counts).toMatchObject({ total: 4, done: 1, doneOnTime: 1, overdue: 1, inProgress: 1, noDeadline: 1 });
    expect(finance?.completionRate).toBe(25);
    expect(finance?.lateRate).toBe(50);
    const home = rows.find((r) => r.lead === 'Sở Nội vụ');
    expect(home?.counts).toMatchObject({ total: 2, doneLate: 1, overdue: 1 });
    expect(home?.completionRate).toBe(50);
    expect(home?.lateRate).toBe(100);
    const party = rows.find((r) => r.lead === 'Ban Tổ chức Tỉnh ủy');
    expect([party?.completionRate, party?.lateRate]).toEqual([0, 0]);
  });

  test('the same body written twice in one task counts once', () => {
    const twice = summarize([tracked('B-01', { lead: ['Sở Tài chính', 'Sở tài chính'] })], SETTINGS).byLead;
    expect(twice).toHaveLength(1);
    expect(twice[0].counts.total).toBe(1);
  });
});

describe('summarize: lists', () => {
  const summary = summarize(TASKS, SETTINGS);

  test('overdue, most days late first, with lead and deadline', () => {
    expect(summary.overdue.map((o) => [o.id, o.daysOverdue, o.deadline, o.lead])).toEqual([
      ['A-03', 150, '2026-06-30', ['Sở Tài chính', 'Sở Nội vụ']],
      ['A-04', 7, '2026-11-20', ['Ủy ban nhân dân tỉnh']],
    ]);
  });

  test('overdue ties keep the plan order', () => {
    const late = byDate('2026-10-31');
    const list = summarize([tracked('T-2', { deadline: late }), tracked('T-1', { deadline: late })], SETTINGS).overdue;
    expect(list.map((o) => [o.id, o.daysOverdue])).toEqual([
      ['T-2', 27],
      ['T-1', 27],
    ]);
  });

  test('due soon with days left', () => {
    expect(summary.dueSoon).toEqual([
      {
        id: 'A-05',
        text: 'Nội dung nhiệm vụ A-05',
        lead: ['Ban Tổ chức Tỉnh ủy'],
        deadlineText: 'chậm nhất ngày 2026-12-01',
        deadline: '2026-12-01',
        daysLeft: 4,
      },
    ]);
  });

  test('due soon sorted by nearest deadline', () => {
    const soon = summarize(
      [tracked('S-1', { deadline: byDate('2026-12-03') }), tracked('S-2', { deadline: byDate('2026-11-28') })],
      SETTINGS,
    ).dueSoon;
    expect(soon.map((s) => [s.id, s.daysLeft])).toEqual([
      ['S-2', 1],
      ['S-1', 6],
    ]);
  });

  test('tasks with no or event-dependent deadline, listed apart', () => {
    expect(summary.noDeadline.map((n) => [n.id, n.kind, n.status])).toEqual([
      ['A-08', 'continuous', 'ongoing'],
      ['A-09', 'event', 'no-deadline'],
    ]);
  });

  test('a timeline from the first to the last quarter, empty quarters included', () => {
    expect(summary.byQuarter.map((q) => [q.quarter, q.total])).toEqual([
      ['2026-Q1', 2],
      ['2026-Q2', 1],
      ['2026-Q3', 0],
      ['2026-Q4', 2],
      ['2027-Q1', 1],
      ['2027-Q2', 1],
    ]);
    expect(summary.byQuarter[0].byStatus).toMatchObject({ 'done-on-time': 1, 'done-late': 1, overdue: 0 });
    expect(summary.byQuarter[3].byStatus).toMatchObject({ overdue: 1, 'due-soon': 1 });
  });

  test('an absurd span (a century or more) keeps only quarters that hold deadlines', () => {
    const quarters = summarize(
      [tracked('Q-1', { deadline: byDate('1900-01-15') }), tracked('Q-2', { deadline: byDate('2030-05-05') })],
      SETTINGS,
    ).byQuarter;
    expect(quarters.map((q) => q.quarter)).toEqual(['1900-Q1', '2030-Q2']);
  });

  test('no dated task: no timeline', () => {
    expect(summarize([TASKS[7]], SETTINGS).byQuarter).toEqual([]);
  });
});

describe('snapshots and changes', () => {
  const previous: Snapshot = {
    asOf: '2026-10-30',
    statuses: {
      'A-01': 'in-progress',
      'A-02': 'done-late',
      'A-03': 'in-progress',
      'A-04': 'in-progress',
      'A-05': 'in-progress',
      'A-06': 'in-progress',
      'A-07': 'not-due',
      'A-08': 'no-deadline',
    },
  };

  test('snapshotOf is id → status plus the as-of date, JSON round-trips, retired left out', () => {
    const snapshot = snapshotOf(TASKS, SETTINGS);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot.asOf).toBe('2026-11-27');
    expect(snapshot.statuses).toEqual({
      'A-01': 'done-on-time',
      'A-02': 'done-late',
      'A-03': 'overdue',
      'A-04': 'overdue',
      'A-05': 'due-soon',
      'A-06': 'in-progress',
      'A-07': 'not-due',
      'A-08': 'ongoing',
      'A-09': 'no-deadline',
    });
  });

  test('completed, became overdue and new since the previous snapshot', () => {
    const changes = summarize(TASKS, SETTINGS, previous).changes;
    expect(changes?.since).toBe('2026-10-30');
    expect(changes?.completed.map((t) => t.id)).toEqual(['A-01']);
    expect(changes?.becameOverdue.map((t) => t.id)).toEqual(['A-03', 'A-04']);
    expect(changes?.added.map((t) => t.id)).toEqual(['A-09']);
  });

  test('no previous snapshot: no changes section', () => {
    expect(summarize(TASKS, SETTINGS).changes).toBeNull();
    expect(summarize(TASKS, SETTINGS, null).changes).toBeNull();
  });

  test('a snapshot taken now shows no change against itself', () => {
    const changes = summarize(TASKS, SETTINGS, snapshotOf(TASKS, SETTINGS)).changes;
    expect(changes).toEqual({ since: '2026-11-27', completed: [], becameOverdue: [], paused: [], added: [] });
  });
});

describe('counted by status and by what the planner entered', () => {
  const tasks: TrackedTask[] = [
    tracked('P-1', { progress: 'paused', deadline: byDate('2026-01-31') }),
    tracked('P-2', { progress: 'not-started', deadline: byDate('2026-01-31') }),
    tracked('P-3', { progress: 'not-started', deadline: byDate('2027-06-30') }),
    tracked('P-4', { progress: 'in-progress', deadline: byDate('2027-06-30') }),
    tracked('P-5', { lead: ['Sở Nội vụ'], progress: null, deadline: byDate('2027-06-30') }),
    tracked('P-6', { lead: ['Sở Nội vụ'], progress: 'done', completedOn: null, deadline: window({ text: 'Hằng năm', start: null, end: null, kind: 'recurring', recurrence: { every: 'year', on: null } }) }),
  ];
  const summary = summarize(tasks, SETTINGS);

  test('a paused task is counted paused, a not-started one past its deadline overdue', () => {
    expect(summary.overview.counts).toMatchObject({ total: 6, paused: 1, overdue: 1, notStarted: 1, inProgress: 2, done: 1, dueSoFar: 2 });
  });

  test('the same tasks by Tiến độ, nothing entered counted apart', () => {
    expect(summary.overview.progress).toEqual({ none: 1, 'not-started': 2, 'in-progress': 1, done: 1, paused: 1 });
    const home = summary.byLead.find((row) => row.lead === 'Sở Nội vụ');
    expect(home?.progress).toEqual({ none: 1, 'not-started': 0, 'in-progress': 0, done: 1, paused: 0 });
  });

  test('newly paused since the previous report', () => {
    const before = snapshotOf(tasks.map((t) => (t.id === 'P-1' ? { ...t, progress: 'in-progress' as const } : t)), { ...SETTINGS, asOf: '2026-01-15' });
    expect(summarize(tasks, SETTINGS, before).changes?.paused.map((t) => t.id)).toEqual(['P-1']);
  });
});
