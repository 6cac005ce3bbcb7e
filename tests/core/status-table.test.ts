/** docs/status.md's table (progress × deadline × report date → status) is what statusOf does, row for row. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TrackedTask } from '../../src/core/model';
import { STATUS_LABELS, statusOf } from '../../src/core/status';
import { SETTINGS, tracked, window } from './rules.fixtures';

// as-of 2026-11-27, due soon = 7 days
const past = window({ text: 'Quý I/2026', start: '2026-01-01', end: '2026-03-31', kind: 'quarter' });
const later = window({ text: 'năm 2027', start: '2027-01-01', end: '2027-12-31', kind: 'year' });
const open = window({ text: 'chậm nhất ngày 30/6/2027', start: '2026-01-01', end: '2027-06-30', kind: 'by-date' });
const soon = window({ text: 'chậm nhất ngày 30/11/2026', start: '2026-01-01', end: '2026-11-30', kind: 'by-date' });
const continuous = window({ text: 'Thường xuyên', start: null, end: null, kind: 'continuous' });
const fromLater = window({ text: 'từ năm 2027', start: '2027-01-01', end: null, kind: 'from' });
const event = window({ text: 'Sau khi Nghị định được ban hành', start: null, end: null, kind: 'event' });

/** One task per row of the table, in its order. */
const EXAMPLES: Partial<TrackedTask>[] = [
  { progress: 'done', completedOn: '2026-03-01', deadline: past },
  { progress: 'done', completedOn: '2026-04-10', deadline: past },
  { progress: 'done', completedOn: null, deadline: past },
  { progress: 'done', completedOn: '2026-05-05', deadline: continuous },
  { progress: 'paused', deadline: open },
  { progress: 'paused', deadline: past },
  { progress: 'paused', deadline: continuous },
  { progress: 'not-started', deadline: continuous },
  { progress: null, deadline: fromLater },
  { progress: 'in-progress', deadline: event },
  { progress: 'in-progress', deadline: past },
  { progress: 'not-started', deadline: past },
  { progress: 'not-started', deadline: soon },
  { progress: null, deadline: later },
  { progress: 'not-started', deadline: open },
  { progress: 'in-progress', deadline: later },
  { progress: null, deadline: open },
];

function documentedStatuses(): string[] {
  const text = readFileSync(path.resolve(__dirname, '../../docs/status.md'), 'utf8');
  const table = text.slice(text.indexOf('<!-- status-table -->'), text.indexOf('<!-- /status-table -->'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Tiến độ entered'))
    .map((line) => line.split('|')[4].trim());
}

test('every documented row gives its status', () => {
  const documented = documentedStatuses();
  expect(documented).toHaveLength(EXAMPLES.length);
  const computed = EXAMPLES.map((task, i) => STATUS_LABELS[statusOf(tracked(`T-${i + 1}`, task), SETTINGS).status].vi);
  expect(computed).toEqual(documented);
});

test('the table names every status', () => {
  expect([...new Set(documentedStatuses())].sort()).toEqual(Object.values(STATUS_LABELS).map((l) => l.vi).sort());
});
