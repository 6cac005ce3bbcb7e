import { addDays, isoDate, parts } from '../../dates';
import type { IsoDate } from '../../model';
import { hitFor, quote, showDate } from '../messages';
import type { TaskRule } from '../types';

/** Plans look at most this far ahead; a later year is most likely an OCR or typing fault. */
export const PLAUSIBLE_YEARS_AHEAD = 15;
/** No plan of this state can set a date before it was founded. */
export const EARLIEST_PLAUSIBLE_DATE = '1945-01-01';

// One plan per run: remember the last issue date's limit instead of recomputing it for every task.
let lastIssued: IsoDate | null = null;
let lastLimit: IsoDate = '';

/** The same calendar day PLAUSIBLE_YEARS_AHEAD years after the issue date (29 Feb rolls over to 1 Mar). */
function latestPlausible(issued: IsoDate): IsoDate {
  if (issued !== lastIssued) {
    const { year, month, day } = parts(issued);
    lastLimit = addDays(isoDate(year + PLAUSIBLE_YEARS_AHEAD, month, 1), day - 1);
    lastIssued = issued;
  }
  return lastLimit;
}

export const deadlineImplausible: TaskRule = {
  scope: 'task',
  code: 'DEADLINE_IMPLAUSIBLE',
  severity: 'error',
  field: 'deadline',
  title: { vi: 'Ngày không hợp lý', en: 'Implausible date' },
  check(task, context) {
    const { start, end, text } = task.deadline;
    const latest = latestPlausible(context.plan.issued);
    const offending = [start, end].find(
      (date): date is string => date !== null && (date < EARLIEST_PLAUSIBLE_DATE || date > latest),
    );
    if (!offending) return [];
    return [
      hitFor(
        task.id,
        `thời hạn ${quote(text)} cho ngày ${showDate(offending)}, ngoài khoảng hợp lý ` +
          `(${showDate(EARLIEST_PLAUSIBLE_DATE)} – ${showDate(latest)}); có thể do lỗi nhận dạng hoặc gõ nhầm.`,
        `the deadline ${quote(text)} gives ${showDate(offending)}, outside the plausible range ` +
          `(${showDate(EARLIEST_PLAUSIBLE_DATE)} – ${showDate(latest)}); probably an OCR or typing fault.`,
      ),
    ];
  },
};
