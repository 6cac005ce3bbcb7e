/**
 * The report paragraph as a Vietnamese progress report words it, on hand-made tasks, on Plan 43
 * (embedded catalogue) and on imported plans, at several report dates, with and without progress.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { plan43 } from '../../src/catalogues';
import { importPlanText } from '../../src/core/import';
import type { Catalogue, Progress, Settings, TrackedTask } from '../../src/core/model';
import { asTracked } from '../../src/core/rules';
import {
  bodyMidSentence,
  countWords,
  dateWords,
  MAX_NAMED_BODIES,
  percentWords,
  reportParagraph,
  reportParagraphs,
  snapshotOf,
  summarize,
} from '../../src/core/summary';
import { PLAN, SETTINGS, tracked, window } from './rules.fixtures';

const at = (asOf: string): Settings => ({ asOf, dueSoonDays: 7, beforeDateExclusive: false });
const late = window({ text: 'Quý I/2026', start: '2026-01-01', end: '2026-03-31', kind: 'quarter' });

describe('report words', () => {
  test('counts below ten have two digits, as reports write them', () => {
    expect([0, 1, 7, 9, 10, 51, 265].map(countWords)).toEqual(['00', '01', '07', '09', '10', '51', '265']);
  });

  test('shares: decimal comma, one decimal, none when whole', () => {
    expect(percentWords(7, 51)).toBe('13,7%');
    expect(percentWords(10, 50)).toBe('20%');
    expect(percentWords(1, 3)).toBe('33,3%');
    expect(percentWords(2, 3)).toBe('66,7%');
    expect(percentWords(51, 51)).toBe('100%');
    expect(percentWords(0, 0)).toBe('0%');
  });

  test('dates: a leading zero for days below ten and for January and February only', () => {
    expect(['2019-06-30', '2021-01-01', '2019-02-05', '2019-10-15', '2025-12-31'].map(dateWords)).toEqual([
      '30/6/2019',
      '01/01/2021',
      '05/02/2019',
      '15/10/2019',
      '31/12/2025',
    ]);
  });

  test('collective names lose their capital mid-sentence, proper names keep it', () => {
    expect(bodyMidSentence('Các cơ quan khối Đảng Tỉnh')).toBe('các cơ quan khối Đảng Tỉnh');
    expect(bodyMidSentence('Thủ trưởng các sở, ban, ngành')).toBe('thủ trưởng các sở, ban, ngành');
    expect(bodyMidSentence('Cấp xã, phường, thị trấn')).toBe('cấp xã, phường, thị trấn');
    expect(bodyMidSentence('Ban Thường vụ các huyện, thị, thành ủy')).toBe('Ban Thường vụ các huyện, thị, thành ủy');
    expect(bodyMidSentence('Sở Tài chính')).toBe('Sở Tài chính');
    expect(bodyMidSentence('UBND các huyện')).toBe('UBND các huyện');
  });
});

describe('reportParagraphs on hand-made tasks', () => {
  const tasks: TrackedTask[] = [
    tracked('A-01', { progress: 'done', completedOn: '2026-03-01', deadline: late }),
    tracked('A-02', { lead: ['Sở Nội vụ'], progress: 'done', completedOn: '2026-04-10', deadline: late }),
    tracked('A-03', { lead: ['Sở Y tế'], deadline: late }),
    tracked('A-04', { lead: ['Sở Y tế', 'Sở Nội vụ'], progress: 'not-started', deadline: late }),
    tracked('A-05', { lead: ['Các sở, ban, ngành'], progress: 'in-progress', deadline: late }),
    tracked('A-06', { lead: ['Sở Khoa học và Công nghệ'], progress: 'paused', deadline: window({ end: '2027-06-30' }) }),
    tracked('A-07', { progress: 'not-started', deadline: window({ end: '2027-06-30' }) }),
    tracked('A-08', { deadline: window({ text: 'Thường xuyên', start: null, end: null, kind: 'continuous' }) }),
  ];

  test('done with "trong đó", overdue bodies named, a single task without a count, the rest grouped', () => {
    expect(reportParagraphs(summarize(tasks, SETTINGS), PLAN, 'vi')).toEqual([
      'Tính đến ngày 27/11/2026, trong tổng số 08 nhiệm vụ của Kế hoạch số 43-KH/TU, ' +
        'có 02/08 nhiệm vụ đã hoàn thành (đạt 25%), trong đó 01 nhiệm vụ hoàn thành đúng hạn, 01 nhiệm vụ hoàn thành quá hạn; ' +
        '03 nhiệm vụ quá hạn chưa hoàn thành, gồm: Sở Y tế (02 nhiệm vụ); Sở Nội vụ; các sở, ban, ngành. ' +
        'Các nhiệm vụ còn lại gồm 01 nhiệm vụ chưa thực hiện, 01 nhiệm vụ tạm dừng và 01 nhiệm vụ thực hiện thường xuyên.',
    ]);
  });

  test('a second paragraph says what changed since the last report date', () => {
    const before = tasks.map((t) => (t.id === 'A-01' ? { ...t, progress: 'in-progress' as Progress, completedOn: null } : t.id === 'A-06' ? { ...t, progress: 'in-progress' as Progress } : t));
    const previous = snapshotOf(before, { ...SETTINGS, asOf: '2026-03-15' });
    const paragraphs = reportParagraphs(summarize(tasks, SETTINGS, previous), PLAN, 'vi');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toBe(
      'So với kỳ báo cáo trước (tính đến ngày 15/3/2026), có thêm 01 nhiệm vụ hoàn thành và 01 nhiệm vụ chuyển sang tạm dừng; ' +
        '03 nhiệm vụ chuyển sang quá hạn, gồm: Sở Y tế (02 nhiệm vụ); Sở Nội vụ; các sở, ban, ngành.',
    );
    expect(reportParagraph(summarize(tasks, SETTINGS, previous), PLAN, 'vi')).toBe(paragraphs.join('\n'));
  });

  test('only newly overdue tasks since the last report', () => {
    const before = snapshotOf(tasks, { ...SETTINGS, asOf: '2026-03-15' });
    const paragraphs = reportParagraphs(summarize(tasks.filter((t) => t.id === 'A-03'), SETTINGS, before), PLAN, 'vi');
    expect(paragraphs[1]).toBe('So với kỳ báo cáo trước (tính đến ngày 15/3/2026), có 01 nhiệm vụ chuyển sang quá hạn, gồm: Sở Y tế.');
  });

  test('nothing moved since the last report', () => {
    const paragraphs = reportParagraphs(summarize(tasks, SETTINGS, snapshotOf(tasks, SETTINGS)), PLAN, 'vi');
    expect(paragraphs[1]).toBe('So với kỳ báo cáo trước (tính đến ngày 27/11/2026), không có nhiệm vụ nào mới hoàn thành, mới quá hạn hoặc tạm dừng.');
  });

  test('all done on time, nothing overdue, nothing left', () => {
    const done = [tracked('D-1', { progress: 'done', completedOn: '2026-02-02', deadline: late })];
    expect(reportParagraph(summarize(done, SETTINGS), PLAN, 'vi')).toBe(
      'Tính đến ngày 27/11/2026, trong tổng số 01 nhiệm vụ của Kế hoạch số 43-KH/TU, ' +
        'có 01/01 nhiệm vụ đã hoàn thành đúng hạn (đạt 100%); không có nhiệm vụ nào quá hạn chưa hoàn thành.',
    );
  });

  test('past the limit, the first bodies are named and the rest counted', () => {
    const many = Array.from({ length: MAX_NAMED_BODIES + 2 }, (_, i) => tracked(`M-${i}`, { lead: [`Sở Số ${i + 1}`], deadline: late }));
    const text = reportParagraph(summarize(many, SETTINGS), PLAN, 'vi');
    expect(text).toContain(`gồm: Sở Số 1, Sở Số 2, Sở Số 3, Sở Số 4, Sở Số 5 và 03 cơ quan khác.`);
  });

  test('overdue tasks with no lead are counted as such', () => {
    const text = reportParagraph(summarize([tracked('N-1', { lead: [], deadline: late })], SETTINGS), PLAN, 'vi');
    expect(text).toContain('01 nhiệm vụ quá hạn chưa hoàn thành, gồm: 01 nhiệm vụ chưa xác định đơn vị chủ trì.');
  });

  test('English mirrors the same numbers', () => {
    expect(reportParagraph(summarize(tasks, SETTINGS), PLAN, 'en')).toBe(
      'As of 27/11/2026, of the 8 tasks in plan 43-KH/TU: 2 done (25%; 1 on time, 1 late); ' +
        '3 overdue and not done, led by Sở Y tế (2 tasks); Sở Nội vụ; Các sở, ban, ngành; 1 not started; 1 paused; 1 ongoing.',
    );
  });

  test('no tasks at all', () => {
    expect(reportParagraph(summarize([], SETTINGS), PLAN, 'vi')).toBe('Tính đến ngày 27/11/2026, Kế hoạch số 43-KH/TU chưa có nhiệm vụ nào được theo dõi.');
  });
});

/** Some progress as a planner would enter it: a few done (one late), some started, paused, not started. */
function withSomeProgress(tasks: TrackedTask[]): TrackedTask[] {
  return tasks.map((task, i) => {
    if (i % 7 === 0) return { ...task, progress: 'done', completedOn: i % 14 === 0 ? '2018-12-20' : '2019-05-10' };
    if (i % 7 === 3) return { ...task, progress: 'in-progress' };
    if (i % 11 === 5) return { ...task, progress: 'paused' };
    if (i % 13 === 2) return { ...task, progress: 'not-started' };
    return task;
  });
}

/** What every paragraph must hold, whatever the plan: the summary's numbers in report style. */
function expectReportStyle(catalogue: Catalogue, tasks: TrackedTask[], settings: Settings): string {
  const summary = summarize(tasks, settings);
  const c = summary.overview.counts;
  const text = reportParagraph(summary, catalogue.plan, 'vi');
  expect(text.startsWith(`Tính đến ngày ${dateWords(settings.asOf)}, trong tổng số ${countWords(c.total)} nhiệm vụ của Kế hoạch số ${catalogue.plan.number}, `)).toBe(true);
  if (c.done > 0) expect(text).toContain(`${countWords(c.done)}/${countWords(c.total)} nhiệm vụ đã hoàn thành`);
  if (c.overdue > 0) expect(text).toContain(`${countWords(c.overdue)} nhiệm vụ quá hạn chưa hoàn thành, gồm: `);
  else expect(text).toContain('không có nhiệm vụ nào quá hạn chưa hoàn thành');
  // No "(1)" / "(01 nhiệm vụ)" after a single task, no bare one-digit count, no decimal point.
  expect(text).not.toMatch(/\((0?1|0?1 nhiệm vụ)\)/);
  expect(text).not.toMatch(/(^|[\s(])\d nhiệm vụ/);
  expect(text).not.toMatch(/\d\.\d%/);
  // Every overdue body is named, unless the list is cut ("… và 0N cơ quan khác").
  if (!/cơ quan khác\./.test(text)) {
    for (const item of summary.overdue) for (const lead of item.lead) expect(text).toContain(bodyMidSentence(lead));
  }
  return text;
}

describe('reportParagraph on Plan 43 (embedded catalogue)', () => {
  const tasks = plan43.tasks.map(asTracked);

  test('no progress entered: 05 overdue as of 30/6/2019, 14 as of 01/01/2021', () => {
    expect(summarize(tasks, at('2019-06-30')).overview.counts.overdue).toBe(5);
    expect(summarize(tasks, at('2021-01-01')).overview.counts.overdue).toBe(14);
    expect(reportParagraph(summarize(tasks, at('2019-06-30')), plan43.plan, 'vi')).toBe(
      'Tính đến ngày 30/6/2019, trong tổng số 51 nhiệm vụ của Kế hoạch số 43-KH/TU, chưa có nhiệm vụ nào hoàn thành; ' +
        '05 nhiệm vụ quá hạn chưa hoàn thành, gồm: các cơ quan khối Đảng Tỉnh (02 nhiệm vụ); ' +
        'thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp công lập trực thuộc UBND Tỉnh; ' +
        'Ban Thường vụ các huyện, thị, thành ủy, đảng ủy khối; các cơ quan, đơn vị, địa phương. ' +
        'Các nhiệm vụ còn lại gồm 09 nhiệm vụ đang thực hiện trong hạn, 04 nhiệm vụ chưa đến thời gian thực hiện, ' +
        '07 nhiệm vụ thực hiện thường xuyên và 26 nhiệm vụ chưa xác định thời hạn.',
    );
  });

  test.each(['2018-06-30', '2019-06-30', '2019-12-31', '2021-01-01'])('as of %s, with and without progress', (asOf) => {
    expectReportStyle(plan43, tasks, at(asOf));
    expectReportStyle(plan43, withSomeProgress(tasks), at(asOf));
  });

  test('with some progress as of 30/6/2019, against the report of 31/3/2019', () => {
    const summary = summarize(withSomeProgress(tasks), at('2019-06-30'), snapshotOf(tasks, at('2019-03-31')));
    const [state, changes] = reportParagraphs(summary, plan43.plan, 'vi');
    expect(state).toContain('có 08/51 nhiệm vụ đã hoàn thành (đạt 15,7%), trong đó 07 nhiệm vụ hoàn thành đúng hạn, 01 nhiệm vụ hoàn thành quá hạn; ');
    expect(state).toContain('03 nhiệm vụ tạm dừng');
    expect(changes).toBe('So với kỳ báo cáo trước (tính đến ngày 31/3/2019), có thêm 08 nhiệm vụ hoàn thành và 03 nhiệm vụ chuyển sang tạm dừng.');
  });
});

describe('reportParagraph on imported plans', () => {
  const sources = [
    path.resolve(__dirname, '../fixtures/plans/bac-ninh-141-KH-UBND-2025.txt'),
    path.resolve(__dirname, '../fixtures/plans/binh-duong-43-KH-TU-2018.txt'),
    path.resolve(__dirname, '../../../shared/plans/corpus/dong-nai-179-KH-UBND-2025.md'),
  ].filter((file) => existsSync(file));

  test('at least the two plans kept with the tests are there', () => {
    expect(sources.length).toBeGreaterThanOrEqual(2);
  });

  test.each(sources.map((file) => [path.basename(file), file]))('%s at several dates, with and without progress', (_name, file) => {
    const catalogue = importPlanText(readFileSync(file, 'utf8'), { source: path.basename(file) }).catalogue;
    const tasks = catalogue.tasks.map(asTracked);
    expect(tasks.length).toBeGreaterThan(10);
    for (const asOf of ['2019-06-30', '2025-09-30', '2026-01-15', '2026-12-31']) {
      expectReportStyle(catalogue, tasks, at(asOf));
      expectReportStyle(catalogue, withSomeProgress(tasks), at(asOf));
    }
  });
});
