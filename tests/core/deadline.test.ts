/**
 * readDeadline, row by row: every time phrase of the two real plans (verbatim, as written inside
 * the parentheses or after "Thời gian thực hiện:") and every row of the domain conventions table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONVENTIONS, DEADLINE_KIND_LABELS, findTimePhrase, readDeadline } from '../../src/core/deadline';
import type { DeadlineKind, IsoDate } from '../../src/core/model';
import { stripEmphasis } from '../../src/core/text/normalize';

interface Row {
  phrase: string;
  issued?: IsoDate;
  beforeDateExclusive?: boolean;
  kind: DeadlineKind;
  start: IsoDate | null;
  end: IsoDate | null;
  /** True when a reading convention, not the words alone, decided the window. */
  convention: boolean;
}

const PLAN_43_ISSUED = '2018-02-12';
const PLAN_141_ISSUED = '2025-11-20';

function row(phrase: string, kind: DeadlineKind, start: IsoDate | null, end: IsoDate | null, extra: Partial<Row> = {}): Row {
  return { phrase, kind, start, end, convention: false, ...extra };
}

/** Kế hoạch 43-KH/TU (Bình Dương, 12/02/2018): the parenthesised phrases after its tasks, in order. */
const PLAN_43_PHRASES: Row[] = [
  row('thực hiện từ năm 2018', 'from', '2018-01-01', null),
  row('hoàn thành trong Quý I/2018', 'quarter', '2018-01-01', '2018-03-31'),
  row('thực hiện từ tháng 10/ 2020', 'from', '2020-10-01', null),
  row('thực hiện từ năm 2018 đến năm 2020', 'range', '2018-01-01', '2020-12-31'),
  row('triển khai sắp xếp vào năm 2018, đi vào hoạt động tháng 01/2019', 'milestones', '2018-01-01', '2019-01-31', { convention: true }),
  row('**thực hiện trong năm 2018**', 'year', '2018-01-01', '2018-12-31'),
  row('**thực hiện đến năm 2020**', 'until', PLAN_43_ISSUED, '2020-12-31', { convention: true }),
  row('**thực hiện từ tháng 9/2018**', 'from', '2018-09-01', null),
  row('**thực hiện từ tháng 03/2019**', 'from', '2019-03-01', null),
  row('**thực hiện từ năm 2020**', 'from', '2020-01-01', null),
  row('**thực hiện từ năm 2020**', 'from', '2020-01-01', null),
  row('**thực hiện từ năm 2018 đến năm 2019**', 'range', '2018-01-01', '2019-12-31'),
  row('**thực hiện từ năm 2018**', 'from', '2018-01-01', null),
  row('**thực hiện từ năm 2018 đến năm 2019**', 'range', '2018-01-01', '2019-12-31'),
  row('thực hiện từ năm 2018 đến năm 2020', 'range', '2018-01-01', '2020-12-31'),
  row('thực hiện từ năm 2018', 'from', '2018-01-01', null),
  row('thực hiện từ năm 2018 đến 2019', 'range', '2018-01-01', '2019-12-31'),
  row('thực hiện trong năm 2018 đến năm 2020', 'range', '2018-01-01', '2020-12-31'),
  row('thực hiện từ năm 2018 đến năm 2020', 'range', '2018-01-01', '2020-12-31'),
  row('thực hiện từ năm 2018 và hoàn thành trong năm 2019', 'range', '2018-01-01', '2019-12-31'),
  row('thực hiện từ năm 2019', 'from', '2019-01-01', null),
  row('thực hiện từ nhiệm kỳ 2021 -2026', 'term', '2021-01-01', '2026-12-31'),
  row('thực hiện trong tháng 02/2018', 'month', '2018-02-01', '2018-02-28'),
  row('thực hiện trong tháng 01/2018', 'month', '2018-01-01', '2018-01-31'),
].map((r) => ({ ...r, issued: PLAN_43_ISSUED }));

/**
 * Kế hoạch 141/KH-UBND (Bắc Ninh, 20/11/2025): the "Thời gian thực hiện:" values in order (line
 * breaks as in the extraction), then the one parenthesised time phrase of section IV.
 */
const PLAN_141_PHRASES: Row[] = [
  row('Thường\nxuyên', 'continuous', null, null),
  row('Thường\nxuyên', 'continuous', null, null),
  row('Thường\nxuyên', 'continuous', null, null),
  row('Thường\nxuyên', 'continuous', null, null),
  row('Theo\nkế hoạch công tác tư pháp hàng năm', 'recurring', null, null, { convention: true }),
  row('Theo\nKế hoạch bồi dưỡng công chức, viên chức hàng năm', 'recurring', null, null, { convention: true }),
  row('Giai\nđoạn 2026-2030 và những năm tiếp theo', 'range', '2026-01-01', '2030-12-31', { convention: true }),
  row('Thường\nxuyên, theo yêu cầu nhiệm vụ', 'continuous', null, null),
  row('Thường\nxuyên, theo yêu cầu nhiệm vụ', 'continuous', null, null),
  row('Từ\n01/7/2025', 'from', '2025-07-01', null),
  row('Thường\nxuyên', 'continuous', null, null),
  row('Tháng\n12/2025', 'month', '2025-12-01', '2025-12-31'),
  row('Thường\nxuyên', 'continuous', null, null),
  row('Thường\nxuyên', 'continuous', null, null),
  row('Hằng\nnăm', 'recurring', null, null),
  row('Hằng\nnăm', 'recurring', null, null),
  // "hằng năm (trước ngày 15 tháng 11)": read alone, the day has passed at issue → next year.
  row('trước ngày 15 tháng 11', 'by-date', null, '2026-11-15', { convention: true }),
].map((r) => ({ ...r, issued: PLAN_141_ISSUED }));

/** Time phrases in the running text of the two plans (not after a task). */
const IN_TEXT_PHRASES: Row[] = [
  row('ngày 12 tháng 02 năm 2018', 'by-date', null, '2018-02-12'),
  row('ngày 25/10/2017', 'by-date', null, '2017-10-25'),
  row('Hàng năm', 'recurring', null, null),
  row('Định kỳ hàng năm', 'recurring', null, null),
  row('theo lộ trình quy định, hướng dẫn của Chính phủ', 'event', null, null),
  row('giai đoạn 2026 - 2030', 'range', '2026-01-01', '2030-12-31'),
  row('Trong giai đoạn 2026\n- 2030', 'range', '2026-01-01', '2030-12-31'),
  row('ngày 20\ntháng 11 năm 2025', 'by-date', null, '2025-11-20'),
  row('xong trong tháng 12/2025', 'month', '2025-12-01', '2025-12-31'),
  row('hằng năm\n(trước ngày 15 tháng 11)', 'recurring', null, null, { issued: PLAN_141_ISSUED, convention: true }),
];

/** /work/shared/domain/deadlines.md, row by row (the issue date is given where the row needs one). */
const CONVENTION_TABLE: Row[] = [
  row('trong năm 2018', 'year', '2018-01-01', '2018-12-31'),
  row('Hoàn thành trong năm 2025', 'year', '2025-01-01', '2025-12-31'),
  row('năm 2018', 'year', '2018-01-01', '2018-12-31'),
  row('trong tháng 02/2018', 'month', '2018-02-01', '2018-02-28'),
  row('Tháng 12/2025', 'month', '2025-12-01', '2025-12-31'),
  row('Quý I/2018', 'quarter', '2018-01-01', '2018-03-31'),
  row('trong Quý III/2025', 'quarter', '2025-07-01', '2025-09-30'),
  row('Quý II năm 2025', 'quarter', '2025-04-01', '2025-06-30'),
  row('6 tháng đầu năm 2019', 'half-year', '2019-01-01', '2019-06-30'),
  row('6 tháng cuối năm', 'half-year', '2025-07-01', '2025-12-31', { issued: '2025-03-01', convention: true }),
  row('từ năm 2018 đến năm 2020', 'range', '2018-01-01', '2020-12-31'),
  row('giai đoạn 2026 - 2030', 'range', '2026-01-01', '2030-12-31'),
  row('2025-2026', 'range', '2025-01-01', '2026-12-31'),
  row('từ năm 2018 và hoàn thành trong năm 2019', 'range', '2018-01-01', '2019-12-31'),
  row('Tháng 11 - 12/2025', 'range', '2025-11-01', '2025-12-31'),
  row('từ năm 2020', 'from', '2020-01-01', null),
  row('từ tháng 9/2018', 'from', '2018-09-01', null),
  row('Từ 01/7/2025', 'from', '2025-07-01', null),
  row('đến năm 2020', 'until', PLAN_43_ISSUED, '2020-12-31', { issued: PLAN_43_ISSUED, convention: true }),
  row('đến năm 2020', 'until', null, '2020-12-31'),
  row('từ nay đến năm 2030', 'until', PLAN_43_ISSUED, '2030-12-31', { issued: PLAN_43_ISSUED }),
  row('từ nay đến năm 2030', 'until', null, '2030-12-31'),
  row('từ nay đến hết năm 2025', 'until', PLAN_141_ISSUED, '2025-12-31', { issued: PLAN_141_ISSUED }),
  row('chậm nhất ngày 09/3/2025', 'by-date', null, '2025-03-09'),
  row('hoàn thành trước 30/6', 'by-date', null, '2025-06-30', { issued: '2025-03-01', convention: true }),
  row('hoàn thành trước 30/6', 'by-date', null, '2026-06-30', { issued: PLAN_141_ISSUED, convention: true }),
  row('trước ngày 07/4/2025', 'by-date', null, '2025-04-07', { convention: true }),
  row('trước ngày 07/4/2025', 'by-date', null, '2025-04-06', { beforeDateExclusive: true, convention: true }),
  row('thượng tuần tháng 4/2025', 'ten-day', '2025-04-01', '2025-04-10'),
  row('trung tuần tháng 4/2025', 'ten-day', '2025-04-11', '2025-04-20'),
  row('hạ tuần tháng 4/2025', 'ten-day', '2025-04-21', '2025-04-30'),
  row('đầu năm 2025', 'part', '2025-01-01', '2025-04-30', { convention: true }),
  row('giữa năm 2025', 'part', '2025-05-01', '2025-08-31', { convention: true }),
  row('cuối năm 2025', 'part', '2025-09-01', '2025-12-31', { convention: true }),
  row('đầu quý II/2025', 'part', '2025-04-01', '2025-04-30', { convention: true }),
  row('giữa quý II/2025', 'part', '2025-05-01', '2025-05-31', { convention: true }),
  row('cuối tháng 02/2025', 'part', '2025-02-21', '2025-02-28', { convention: true }),
  row('giữa tháng 02/2024', 'part', '2024-02-11', '2024-02-20', { convention: true }),
  row('cuối tháng 02/2024', 'part', '2024-02-21', '2024-02-29', { convention: true }),
  row('cuối năm', 'part', '2025-09-01', '2025-12-31', { issued: '2025-03-01', convention: true }),
  row('nhiệm kỳ 2021 - 2026', 'term', '2021-01-01', '2026-12-31'),
  row('triển khai … năm 2018, đi vào hoạt động tháng 01/2019', 'milestones', '2018-01-01', '2019-01-31', { convention: true }),
  row('Thường xuyên', 'continuous', null, null),
  row('Thực hiện thường xuyên', 'continuous', null, null),
  row('khi có yêu cầu', 'continuous', null, null),
  row('đột xuất', 'continuous', null, null),
  row('Hằng năm', 'recurring', null, null),
  row('định kỳ 6 tháng', 'recurring', null, null),
  row('hằng quý', 'recurring', null, null),
  row('Định kỳ hằng năm (trước ngày 30 tháng 11)', 'recurring', null, null, { convention: true }),
  row('Năm 2026 và các năm tiếp theo', 'from', '2026-01-01', null),
  row('Giai đoạn 2026-2030 và những năm tiếp theo', 'range', '2026-01-01', '2030-12-31', { convention: true }),
  row('Sau khi Nghị định … được ban hành', 'event', null, null),
  row('trong vòng 15 ngày kể từ …', 'event', null, null),
  row('theo lộ trình của Bộ', 'event', null, null),
];

/** Other spellings planners and extractions produce: dates, dashes, case, tone placement, no "năm". */
const SPELLINGS: Row[] = [
  row('ngày 25 tháng 10 năm 2017', 'by-date', null, '2017-10-25'),
  row('9/3/2025', 'by-date', null, '2025-03-09'),
  row('9-3-2025', 'by-date', null, '2025-03-09'),
  row('09.03.2025', 'by-date', null, '2025-03-09'),
  row('Hàng năm', 'recurring', null, null),
  row('Qúy II/2025', 'quarter', '2025-04-01', '2025-06-30'),
  row('quý 2/2025', 'quarter', '2025-04-01', '2025-06-30'),
  row('QUÝ IV NĂM 2025', 'quarter', '2025-10-01', '2025-12-31'),
  row('Quý III 2025', 'quarter', '2025-07-01', '2025-09-30'),
  row('quý iii-2025', 'quarter', '2025-07-01', '2025-09-30'),
  row('giai đoạn 2026 – 2030', 'range', '2026-01-01', '2030-12-31'),
  row('2025—2026', 'range', '2025-01-01', '2026-12-31'),
  row('Tháng 11 – 12/2025', 'range', '2025-11-01', '2025-12-31'),
  row('tháng 10 năm 2020', 'month', '2020-10-01', '2020-10-31'),
  row('*thực hiện từ năm 2019*', 'from', '2019-01-01', null),
  row('thuc hien tu nam 2018 den nam 2020', 'range', '2018-01-01', '2020-12-31'),
  row('  thực hiện   trong năm 2018.  ', 'year', '2018-01-01', '2018-12-31'),
  row('Sáu tháng đầu năm 2019', 'half-year', '2019-01-01', '2019-06-30'),
  row('từ 10/2020', 'from', '2020-10-01', null),
  row('trước tháng 6/2025', 'by-date', null, '2025-05-31', { convention: true }),
  row('Thời gian thực hiện: Quý I/2026', 'quarter', '2026-01-01', '2026-03-31'),
  row('29/02/2024', 'by-date', null, '2024-02-29'),
  row('Hòan thành trong năm 2018', 'year', '2018-01-01', '2018-12-31'),
  row('từ ngày 01/7/2025 đến ngày 31/12/2025', 'range', '2025-07-01', '2025-12-31'),
  row('từ tháng 9/2018 đến hết tháng 12/2019', 'range', '2018-09-01', '2019-12-31'),
  row('năm 2025 - 2026', 'range', '2025-01-01', '2026-12-31'),
  row('chậm nhất trong tháng 12/2025', 'month', '2025-12-01', '2025-12-31'),
  row('Trong năm 2018 và những năm tiếp theo', 'from', '2018-01-01', null),
  row('Định kỳ hằng năm hoặc đột xuất', 'recurring', null, null),
  row('Sau 30 ngày kể từ ngày ký', 'event', null, null),
];

/** What is not a readable time phrase, or names a day that does not exist. */
/**
 * Time cells and labels of the 2025 corpus (shared/plans/corpus): quarter ranges, monthly days,
 * "trở đi", ranges without a year, and cells that go on after their time (the first statement is
 * read and says so). Issue dates as in each plan.
 */
const CORPUS_ISSUED = '2025-11-19';
const CORPUS_PHRASES: Row[] = [
  row('Quý IV/2025- Quý II/2026', 'range', '2025-10-01', '2026-06-30', { issued: CORPUS_ISSUED }),
  row('trước ngày 16 hàng tháng', 'recurring', null, null, { convention: true }),
  row('Định kỳ hàng tháng (trước ngày 16 hàng tháng)', 'recurring', null, null, { convention: true }),
  row('định kỳ hàng năm, chậm nhất ngày 17 tháng 12', 'recurring', null, null),
  row('định kỳ hằng năm hoặc đột xuất theo yêu cầu', 'recurring', null, null),
  row('2026 trở đi', 'from', '2026-01-01', null),
  row('xuyên suốt 2025 - 2035', 'range', '2025-01-01', '2035-12-31'),
  row('từ ngày 15/11 đến ngày 15/12', 'range', '2025-11-15', '2025-12-15', { issued: '2025-11-18', convention: true }),
  row('Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)', 'quarter', '2026-01-01', '2026-03-31', { convention: true }),
  row('Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục', 'range', '2026-01-01', '2027-12-31', { convention: true }),
  row('Thực hiện trong năm 2026 và có rà soát, bổ sung, điều chỉnh (nếu có)', 'year', '2026-01-01', '2026-12-31', { convention: true }),
  row('Hằng năm, tổng hợp, báo cáo kết quả thực hiện Nghị quyết', 'recurring', null, null, { convention: true }),
  row('trước ngày 30/11 hằng năm', 'recurring', null, null, { convention: true }),
  row('từ tháng 10/2025 đến khi kết thúc dự án', 'from', '2025-10-01', null),
  row('từ tháng 10 đến tháng 4 năm sau', 'range', '2025-10-01', '2026-04-30', { issued: CORPUS_ISSUED, convention: true }),
];

const UNREADABLE: Row[] = [
  row('31/02/2025', 'unknown', null, null),
  row('29/02/2023', 'unknown', null, null),
  row('ngày 30 tháng 02 năm 2025', 'unknown', null, null),
  row('tháng 13/2025', 'unknown', null, null),
  row('quý V/2025', 'unknown', null, null),
  row('từ năm 2020 đến năm 2018', 'unknown', null, null),
  row('Tháng 12 - 11/2025', 'unknown', null, null),
  row('qua Ban Tổ chức Tỉnh ủy', 'unknown', null, null),
  row('Đề án số 01-ĐA/TU, ngày 30/12/2016 của Ban Thường vụ Tỉnh ủy', 'unknown', null, null),
  row('khóa XII', 'unknown', null, null),
  row('năm 1800', 'unknown', null, null),
  row('', 'missing', null, null),
  row('   \n ', 'missing', null, null),
];

function check({ phrase, issued, beforeDateExclusive, kind, start, end, convention }: Row): void {
  const window = readDeadline(phrase, { issued, beforeDateExclusive });
  expect({ text: window.text, kind: window.kind, start: window.start, end: window.end, convention: window.convention !== null }).toEqual({
    text: phrase,
    kind,
    start,
    end,
    convention,
  });
}

const label = (r: Row) => `${JSON.stringify(r.phrase)}${r.issued ? ` (issued ${r.issued})` : ''}${r.beforeDateExclusive ? ' (exclusive)' : ''}`;

describe('readDeadline', () => {
  describe('Plan 43 phrases', () => {
    it.each(PLAN_43_PHRASES.map((r) => [label(r), r] as const))('%s', (_name, r) => check(r));
  });
  describe('Plan 141 phrases', () => {
    it.each(PLAN_141_PHRASES.map((r) => [label(r), r] as const))('%s', (_name, r) => check(r));
  });
  describe('phrases in the running text of the plans', () => {
    it.each(IN_TEXT_PHRASES.map((r) => [label(r), r] as const))('%s', (_name, r) => check(r));
  });
  describe('the conventions table (domain/deadlines.md)', () => {
    it.each(CONVENTION_TABLE.map((r) => [label(r), r] as const))('%s', (_name, r) => check(r));
  });
  describe('other spellings', () => {
    it.each(SPELLINGS.map((r) => [label(r), r] as const))('%s', (_name, r) => check(r));
  });
  describe('time cells and labels of the 2025 corpus', () => {
    it.each(CORPUS_PHRASES.map((r) => [label(r), r] as const))('%s', (_name, r) => check(r));
  });
  describe('unreadable phrases', () => {
    it.each(UNREADABLE.map((r) => [label(r), r] as const))('%s', (_name, r) => check(r));
  });

  it('reads null and undefined as missing, with empty text', () => {
    expect(readDeadline(null)).toEqual({ text: '', start: null, end: null, kind: 'missing', convention: null });
    expect(readDeadline(undefined)).toEqual({ text: '', start: null, end: null, kind: 'missing', convention: null });
  });

  it('names the convention it used', () => {
    expect(readDeadline('cuối năm 2025').convention).toBe(CONVENTIONS.part('cuoi'));
    expect(readDeadline('đầu quý II/2025').convention).toBe(CONVENTIONS.part('dau'));
    expect(readDeadline('đến năm 2020', { issued: PLAN_43_ISSUED }).convention).toBe(CONVENTIONS.untilStartsAtIssue);
    expect(readDeadline('trước ngày 07/4/2025').convention).toBe(CONVENTIONS.beforeDateInclusive);
    expect(readDeadline('trước ngày 07/4/2025', { beforeDateExclusive: true }).convention).toBe(CONVENTIONS.beforeDateExclusive);
    expect(readDeadline('hoàn thành trước 30/6', { issued: '2025-03-01' }).convention).toBe(
      `${CONVENTIONS.beforeDateInclusive}; ${CONVENTIONS.yearFromIssue}`,
    );
    expect(readDeadline('hoàn thành trước 30/6').convention).toBe(`${CONVENTIONS.beforeDateInclusive}; ${CONVENTIONS.yearUnknown}`);
    expect(readDeadline('6 tháng cuối năm', { issued: PLAN_141_ISSUED }).convention).toBe(CONVENTIONS.yearFromIssue);
  });

  it('leaves the window open when a relative phrase has no issue date', () => {
    expect(readDeadline('hoàn thành trước 30/6')).toMatchObject({ kind: 'by-date', start: null, end: null });
    expect(readDeadline('6 tháng cuối năm')).toMatchObject({ kind: 'half-year', start: null, end: null });
  });

  it('ignores an issue date that is not a calendar date', () => {
    expect(readDeadline('đến năm 2020', { issued: '2018-02-30' })).toMatchObject({ start: null, end: '2020-12-31', convention: null });
  });

  it('gives a recurrence with the stated day', () => {
    expect(readDeadline('Hằng năm').recurrence).toEqual({ every: 'year', on: null });
    expect(readDeadline('định kỳ 6 tháng').recurrence).toEqual({ every: 'half-year', on: null });
    expect(readDeadline('hằng quý').recurrence).toEqual({ every: 'quarter', on: null });
    expect(readDeadline('hàng tháng').recurrence).toEqual({ every: 'month', on: null });
    expect(readDeadline('Định kỳ hằng năm (trước ngày 30 tháng 11)').recurrence).toEqual({ every: 'year', on: { month: 11, day: 30 } });
    expect(readDeadline('Định kỳ hằng năm (trước ngày 30 tháng 11)', { beforeDateExclusive: true }).recurrence).toEqual({
      every: 'year',
      on: { month: 11, day: 29 },
    });
    expect(readDeadline('Theo\nkế hoạch công tác tư pháp hàng năm').recurrence).toEqual({ every: 'year', on: null });
  });

  it('reads NFD text as its NFC twin', () => {
    for (const r of [...PLAN_43_PHRASES, ...CONVENTION_TABLE]) {
      const nfd = readDeadline(r.phrase.normalize('NFD'), { issued: r.issued, beforeDateExclusive: r.beforeDateExclusive });
      const nfc = readDeadline(r.phrase, { issued: r.issued, beforeDateExclusive: r.beforeDateExclusive });
      expect({ ...nfd, text: r.phrase }).toEqual(nfc);
    }
  });
});

/** The repository's copy of a plan text when there is one, else the shared folder beside the repository. */
function planPath(file: string): string {
  const copy = join(__dirname, '../fixtures/plans', file);
  return existsSync(copy) ? copy : join(__dirname, '../../../shared/plans', file);
}

describe('the plan texts', () => {
  const planText = (file: string) => readFileSync(planPath(file), 'utf8');
  const phrasesIn = (text: string) =>
    text
      .split(/\n[ \t]*\n/)
      .map((paragraph) => findTimePhrase(paragraph)?.phrase)
      .filter((phrase): phrase is string => phrase !== undefined);

  it('Plan 43 states exactly the time phrases of the table, in order', () => {
    expect(phrasesIn(planText('binh-duong-43-KH-TU-2018.txt'))).toEqual(PLAN_43_PHRASES.map((r) => stripEmphasis(r.phrase)));
  });

  it('Plan 141 states exactly the time phrases of the table, in order', () => {
    expect(phrasesIn(planText('bac-ninh-141-KH-UBND-2025.txt'))).toEqual(PLAN_141_PHRASES.map((r) => r.phrase));
  });
});

describe('DEADLINE_KIND_LABELS', () => {
  it('names every kind, Vietnamese and English, each name distinct', () => {
    const kinds: DeadlineKind[] = ['missing', 'year', 'month', 'quarter', 'half-year', 'ten-day', 'part', 'range', 'term', 'milestones', 'from', 'until', 'by-date', 'continuous', 'recurring', 'event', 'unknown'];
    expect(Object.keys(DEADLINE_KIND_LABELS).sort()).toEqual([...kinds].sort());
    expect(new Set(kinds.map((kind) => DEADLINE_KIND_LABELS[kind].vi)).size).toBe(kinds.length);
    expect(new Set(kinds.map((kind) => DEADLINE_KIND_LABELS[kind].en)).size).toBe(kinds.length);
    expect(DEADLINE_KIND_LABELS.continuous).toEqual({ vi: 'Thường xuyên / khi có yêu cầu', en: 'Continuous / on request' });
  });
});
