import type { Progress, Settings, Status, TrackedTask } from '../../src/core/model';
import { parseProgress, PROGRESS_LABELS, STATUS_LABELS, STATUS_ORDER, statusOf } from '../../src/core/status';
import { SETTINGS, tracked, window } from './rules.fixtures';

// as-of 2026-11-27, due soon = 7 days
interface Row {
  name: string;
  task: Partial<TrackedTask>;
  settings?: Partial<Settings>;
  expected: { status: Status; daysOverdue: number | null; deadline: string | null };
}

const quarter1 = window({ text: 'Quý I/2026', start: '2026-01-01', end: '2026-03-31', kind: 'quarter' });
const ending = (end: string, start = '2026-01-01') => window({ text: `chậm nhất ngày ${end}`, start, end, kind: 'by-date' });

const rows: Row[] = [
  { name: 'done before the deadline', task: { progress: 'done', completedOn: '2026-02-01', deadline: quarter1 },
    expected: { status: 'done-on-time', daysOverdue: null, deadline: '2026-03-31' } },
  { name: 'done on the deadline day', task: { progress: 'done', completedOn: '2026-03-31', deadline: quarter1 },
    expected: { status: 'done-on-time', daysOverdue: null, deadline: '2026-03-31' } },
  { name: 'done two days after the deadline', task: { progress: 'done', completedOn: '2026-04-02', deadline: quarter1 },
    expected: { status: 'done-late', daysOverdue: 2, deadline: '2026-03-31' } },
  { name: 'done with no completion date', task: { progress: 'done', completedOn: null, deadline: quarter1 },
    expected: { status: 'done-on-time', daysOverdue: null, deadline: '2026-03-31' } },
  { name: 'done, continuous', task: { progress: 'done', completedOn: '2026-05-05', deadline: window({ text: 'Thường xuyên', start: null, end: null, kind: 'continuous' }) },
    expected: { status: 'done-on-time', daysOverdue: null, deadline: null } },
  { name: 'in progress, deadline yesterday', task: { progress: 'in-progress', deadline: ending('2026-11-26') },
    expected: { status: 'overdue', daysOverdue: 1, deadline: '2026-11-26' } },
  { name: 'nothing entered, deadline long past', task: { progress: null, deadline: ending('2026-01-31') },
    expected: { status: 'overdue', daysOverdue: 300, deadline: '2026-01-31' } },
  { name: 'paused past its deadline stays paused, with the days past', task: { progress: 'paused', deadline: ending('2026-11-20') },
    expected: { status: 'paused', daysOverdue: 7, deadline: '2026-11-20' } },
  { name: 'paused within its deadline is paused, not in progress', task: { progress: 'paused', deadline: ending('2027-06-30') },
    expected: { status: 'paused', daysOverdue: null, deadline: '2027-06-30' } },
  { name: 'paused, continuous: the pause wins', task: { progress: 'paused', deadline: window({ text: 'Thường xuyên', start: null, end: null, kind: 'continuous' }) },
    expected: { status: 'paused', daysOverdue: null, deadline: null } },
  { name: 'not started past its deadline is overdue (a finding says so)', task: { progress: 'not-started', deadline: ending('2026-11-20') },
    expected: { status: 'overdue', daysOverdue: 7, deadline: '2026-11-20' } },
  { name: 'not started, due within the due-soon days', task: { progress: 'not-started', deadline: ending('2026-11-30') },
    expected: { status: 'due-soon', daysOverdue: null, deadline: '2026-11-30' } },
  { name: 'deadline is the as-of date', task: { progress: 'in-progress', deadline: ending('2026-11-27') },
    expected: { status: 'due-soon', daysOverdue: null, deadline: '2026-11-27' } },
  { name: 'deadline at the due-soon edge (+7)', task: { progress: null, deadline: ending('2026-12-04') },
    expected: { status: 'due-soon', daysOverdue: null, deadline: '2026-12-04' } },
  { name: 'deadline just past the due-soon edge (+8)', task: { progress: null, deadline: ending('2026-12-05') },
    expected: { status: 'in-progress', daysOverdue: null, deadline: '2026-12-05' } },
  { name: 'due-soon window of 0 days, deadline today', task: { deadline: ending('2026-11-27') }, settings: { dueSoonDays: 0 },
    expected: { status: 'due-soon', daysOverdue: null, deadline: '2026-11-27' } },
  { name: 'due-soon window of 0 days, deadline tomorrow', task: { deadline: ending('2026-11-28') }, settings: { dueSoonDays: 0 },
    expected: { status: 'in-progress', daysOverdue: null, deadline: '2026-11-28' } },
  { name: 'not started, window opens later', task: { progress: 'not-started', deadline: window({ start: '2027-01-01', end: '2027-12-31', text: 'năm 2027' }) },
    expected: { status: 'not-due', daysOverdue: null, deadline: '2027-12-31' } },
  { name: 'nothing entered, window opens later', task: { progress: null, deadline: window({ start: '2027-01-01', end: '2027-12-31', text: 'năm 2027' }) },
    expected: { status: 'not-due', daysOverdue: null, deadline: '2027-12-31' } },
  { name: 'started early', task: { progress: 'in-progress', deadline: window({ start: '2027-01-01', end: '2027-12-31', text: 'năm 2027' }) },
    expected: { status: 'in-progress', daysOverdue: null, deadline: '2027-12-31' } },
  { name: 'starts later but due soon: due soon wins', task: { progress: null, deadline: ending('2026-12-02', '2026-12-01') },
    expected: { status: 'due-soon', daysOverdue: null, deadline: '2026-12-02' } },
  { name: 'not started but window open', task: { progress: 'not-started', deadline: window({ end: '2027-06-30' }) },
    expected: { status: 'not-started', daysOverdue: null, deadline: '2027-06-30' } },
  { name: 'continuous', task: { deadline: window({ text: 'Thường xuyên', start: null, end: null, kind: 'continuous' }) },
    expected: { status: 'ongoing', daysOverdue: null, deadline: null } },
  { name: 'continuous, not started: ongoing, the entry kept in Tiến độ', task: { progress: 'not-started', deadline: window({ text: 'Thường xuyên', start: null, end: null, kind: 'continuous' }) },
    expected: { status: 'ongoing', daysOverdue: null, deadline: null } },
  { name: 'event-dependent', task: { deadline: window({ text: 'Sau khi Nghị định được ban hành', start: null, end: null, kind: 'event' }) },
    expected: { status: 'no-deadline', daysOverdue: null, deadline: null } },
  { name: 'open-ended, started long ago', task: { progress: 'in-progress', deadline: window({ text: 'từ năm 2018', start: '2018-01-01', end: null, kind: 'from' }) },
    expected: { status: 'ongoing', daysOverdue: null, deadline: null } },
  { name: 'missing deadline', task: { deadline: window({ text: '', start: null, end: null, kind: 'missing' }) },
    expected: { status: 'no-deadline', daysOverdue: null, deadline: null } },
  { name: 'recurring yearly: ongoing, judged by the current year end', task: { deadline: window({ text: 'Hằng năm', start: null, end: null, kind: 'recurring', recurrence: { every: 'year', on: null } }) },
    expected: { status: 'ongoing', daysOverdue: null, deadline: '2026-12-31' } },
  { name: 'recurring monthly, in progress: ongoing, the month end kept as its deadline', task: { progress: 'in-progress', deadline: window({ text: 'Hằng tháng', start: null, end: null, kind: 'recurring', recurrence: { every: 'month', on: null } }) },
    expected: { status: 'ongoing', daysOverdue: null, deadline: '2026-11-30' } },
  { name: 'recurring, done in the period: done on time', task: { progress: 'done', completedOn: '2026-11-02', deadline: window({ text: 'Hằng tháng', start: null, end: null, kind: 'recurring', recurrence: { every: 'month', on: null } }) },
    expected: { status: 'done-on-time', daysOverdue: null, deadline: '2026-11-30' } },
];

describe('statusOf', () => {
  test.each(rows)('$name', ({ task, settings, expected }) => {
    expect(statusOf(tracked('C.6-01', task), { ...SETTINGS, ...settings })).toEqual(expected);
  });

  test('every status branch is covered by the table', () => {
    const seen = new Set(rows.map((r) => r.expected.status));
    expect([...seen].sort()).toEqual([...STATUS_ORDER].sort());
  });
});

describe('labels', () => {
  test('statuses and progress values read as Vietnamese reports word them', () => {
    expect(STATUS_LABELS['done-on-time']).toEqual({ vi: 'Hoàn thành đúng hạn', en: 'Done on time' });
    expect(STATUS_LABELS.overdue.vi).toBe('Quá hạn chưa hoàn thành');
    expect(STATUS_LABELS['due-soon'].vi).toBe('Sắp đến hạn');
  });

  test('every status the meeting report names has its label, in report order', () => {
    expect(STATUS_ORDER.map((status) => STATUS_LABELS[status].vi)).toEqual([
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Quá hạn chưa hoàn thành',
      'Sắp đến hạn',
      'Đang thực hiện trong hạn',
      'Chưa thực hiện',
      'Tạm dừng',
      'Chưa đến hạn',
      'Thường xuyên',
      'Chưa xác định thời hạn',
    ]);
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...STATUS_ORDER].sort());
    expect(Object.values(PROGRESS_LABELS).map((l) => l.vi)).toEqual([
      'Chưa thực hiện',
      'Đang thực hiện',
      'Đã hoàn thành',
      'Tạm dừng',
    ]);
  });
});

describe('parseProgress', () => {
  const cases: [string, Progress | null][] = [
    ['Đã hoàn thành', 'done'],
    ['ĐÃ HOÀN THÀNH', 'done'],
    ['  đã   hoàn thành. ', 'done'],
    ['Đã hoàn thành'.normalize('NFD'), 'done'],
    ['Da hoan thanh', 'done'],
    ['Hoàn thành', 'done'],
    ['Đang thực hiện', 'in-progress'],
    ['đang triển khai', 'in-progress'],
    ['Chưa thực hiện', 'not-started'],
    ['Chưa triển khai', 'not-started'],
    ['Tạm dừng', 'paused'],
    ['Tạm hoãn', 'paused'],
    ['tạm hõan', 'paused'], // tone mark on the other vowel
    ['Paused', 'paused'],
    ['in-progress', 'in-progress'],
    ['Done', 'done'],
    ['', null],
    ['   ', null],
    ['Không rõ', null],
  ];
  test.each(cases)('%j → %j', (text, expected) => {
    expect(parseProgress(text)).toBe(expected);
  });
});
