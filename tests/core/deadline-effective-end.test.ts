/** effectiveEnd: the deadline a task is judged by on an as-of date. */
import { effectiveEnd, readDeadline } from '../../src/core/deadline';
import type { DeadlineWindow } from '../../src/core/model';

const recurring = (every: 'year' | 'half-year' | 'quarter' | 'month', on: { month: number; day: number } | null = null, start: string | null = null): DeadlineWindow => ({
  text: '',
  start,
  end: null,
  kind: 'recurring',
  convention: null,
  recurrence: { every, on },
});

describe('effectiveEnd', () => {
  it('is window.end for every kind but recurring', () => {
    expect(effectiveEnd(readDeadline('Quý I/2018'), '2025-01-01')).toBe('2018-03-31');
    expect(effectiveEnd(readDeadline('thực hiện từ năm 2018'), '2025-01-01')).toBeNull();
    expect(effectiveEnd(readDeadline('Thường xuyên'), '2025-01-01')).toBeNull();
    expect(effectiveEnd(readDeadline('chậm nhất ngày 09/3/2025'), '2020-01-01')).toBe('2025-03-09');
  });

  it.each([
    ['year, mid-year', recurring('year'), '2025-06-15', '2025-12-31'],
    ['year, on the last day', recurring('year'), '2025-12-31', '2025-12-31'],
    ['half-year, first half', recurring('half-year'), '2025-02-10', '2025-06-30'],
    ['half-year, second half', recurring('half-year'), '2025-07-01', '2025-12-31'],
    ['quarter', recurring('quarter'), '2025-02-10', '2025-03-31'],
    ['quarter, last one', recurring('quarter'), '2025-11-20', '2025-12-31'],
    ['month, February of a leap year', recurring('month'), '2024-02-03', '2024-02-29'],
    ['stated day still ahead', recurring('year', { month: 11, day: 30 }), '2025-11-20', '2025-11-30'],
    ['stated day is today', recurring('year', { month: 11, day: 30 }), '2025-11-30', '2025-11-30'],
    ['stated day passed: next year', recurring('year', { month: 11, day: 30 }), '2025-12-01', '2026-11-30'],
    ['29 February in a common year', recurring('year', { month: 2, day: 29 }), '2025-01-10', '2025-02-28'],
    ['31 of a short month (from "trước ngày 1 tháng 3", exclusive)', recurring('year', { month: 2, day: 31 }), '2024-01-10', '2024-02-29'],
    ['stated day in a quarter: that day of its last month', recurring('quarter', { month: 1, day: 15 }), '2025-04-02', '2025-06-15'],
    ['stated day in a quarter passed: next quarter', recurring('quarter', { month: 1, day: 15 }), '2025-06-20', '2025-09-15'],
    ['stated day in December passed: next year', recurring('quarter', { month: 1, day: 15 }), '2025-12-20', '2026-03-15'],
    ['not before the window start', recurring('year', null, '2026-01-01'), '2025-03-01', '2026-12-31'],
  ])('recurring: %s', (_name, window, asOf, expected) => {
    expect(effectiveEnd(window, asOf)).toBe(expected);
  });

  it('follows a read recurring phrase', () => {
    const window = readDeadline('Định kỳ hằng năm (trước ngày 30 tháng 11)');
    expect(effectiveEnd(window, '2025-01-01')).toBe('2025-11-30');
    expect(effectiveEnd(window, '2025-12-01')).toBe('2026-11-30');
    expect(effectiveEnd(readDeadline('định kỳ 6 tháng'), '2025-07-01')).toBe('2025-12-31');
    expect(effectiveEnd(readDeadline('Hằng\nnăm'), '2026-03-01')).toBe('2026-12-31');
  });

  it('is null for a recurring window without a recurrence', () => {
    expect(effectiveEnd({ text: 'x', start: null, end: null, kind: 'recurring', convention: null }, '2025-01-01')).toBeNull();
  });
});
