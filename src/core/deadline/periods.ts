/**
 * The periods a time phrase is built from ("năm 2018", "tháng 10/2020", "Quý II/2025",
 * "thượng tuần tháng 4/2025", "cuối năm 2025", "09/3/2025", "2026-2030"…), read from a canonical
 * phrase (see fold.ts) at a given position. Phrase-level readings (from, until, range…) combine them.
 */
import { addDays, daysInMonth, isoDate, lastDayOfMonth, parts } from '../dates';
import type { IsoDate } from '../model';
import { CONVENTIONS, type PartOfPeriod } from './conventions';

export type PeriodKind = 'day' | 'year' | 'month' | 'quarter' | 'half-year' | 'ten-day' | 'part' | 'range' | 'term';

export interface Period {
  kind: PeriodKind;
  start: IsoDate | null;
  end: IsoDate | null;
  conventions: string[];
  /** The words name a day that does not exist (31/02) or a range that runs backwards. */
  invalid: boolean;
}

export interface ReadingContext {
  /** The plan's issue date: fills a year the phrase leaves out. */
  issued: IsoDate | null;
}

export interface PeriodMatch {
  period: Period;
  /** Characters of the canonical phrase the period covers. */
  length: number;
}

const YEAR = '(19\\d\\d|2\\d\\d\\d)';
const MONTH = '(0?[1-9]|1[0-2])';
const DAY = '(0?[1-9]|[12]\\d|3[01])';
const QUARTER = '(iv|iii|ii|i|[1-4])';
const MONTH_YEAR_SEPARATOR = '(?:/(?:nam )?|-| nam | )';
const BOUNDARY = '(?=$|[^a-z0-9])';

const QUARTER_NUMBERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A span of whole months: the shape of every period except single days. */
interface MonthSpan {
  year: number;
  firstMonth: number;
  lastMonth: number;
}

function span(kind: PeriodKind, start: IsoDate, end: IsoDate, conventions: string[] = []): Period {
  return { kind, start, end, conventions, invalid: start > end };
}

function monthsPeriod(kind: PeriodKind, { year, firstMonth, lastMonth }: MonthSpan, conventions: string[] = []): Period {
  return span(kind, isoDate(year, firstMonth, 1), lastDayOfMonth(year, lastMonth), conventions);
}

function invalidPeriod(kind: PeriodKind): Period {
  return { kind, start: null, end: null, conventions: [], invalid: true };
}

/**
 * A period whose year the phrase leaves out: the issue year, or the next one when the period had
 * already ended by the issue date (a plan of November asking for "6 tháng đầu năm" means next year).
 */
function withContextYear(kind: PeriodKind, context: ReadingContext, build: (year: number) => Period): Period {
  if (!context.issued) return { kind, start: null, end: null, conventions: [CONVENTIONS.yearUnknown], invalid: false };
  const issueYear = parts(context.issued).year;
  const sameYear = build(issueYear);
  if (sameYear.invalid || (sameYear.end !== null && sameYear.end >= context.issued)) {
    return { ...sameYear, conventions: [...sameYear.conventions, CONVENTIONS.yearFromIssue] };
  }
  const nextYear = build(issueYear + 1);
  return { ...nextYear, conventions: [...nextYear.conventions, CONVENTIONS.yearAfterIssue] };
}

function dayPeriod(year: number, month: number, day: number): Period {
  if (day > daysInMonth(year, month)) return invalidPeriod('day');
  const date = isoDate(year, month, day);
  return span('day', date, date);
}

function optionalYear(kind: PeriodKind, yearText: string | undefined, context: ReadingContext, build: (year: number) => Period): Period {
  return yearText === undefined ? withContextYear(kind, context, build) : build(+yearText);
}

/** Splits a month span into thirds: days 1–10 / 11–20 / 21–end for a month, equal runs of months otherwise. */
function partOf(base: Period, part: PartOfPeriod): Period {
  if (!base.start || !base.end) return { ...base, kind: 'part' };
  const index = part === 'dau' ? 0 : part === 'giua' ? 1 : 2;
  const conventions = [CONVENTIONS.part(part), ...base.conventions];
  const first = parts(base.start);
  const last = parts(base.end);
  if (base.kind === 'month') {
    const start = isoDate(first.year, first.month, 1 + 10 * index);
    const end = index === 2 ? base.end : isoDate(first.year, first.month, 10 * (index + 1));
    return span('part', start, end, conventions);
  }
  const months = (last.year - first.year) * 12 + last.month - first.month + 1;
  const third = months / 3;
  const startOffset = Math.round(third * index);
  const endOffset = Math.round(third * (index + 1)) - 1;
  const monthAt = (offset: number) => ({ year: first.year + Math.floor((first.month - 1 + offset) / 12), month: ((first.month - 1 + offset) % 12) + 1 });
  const from = monthAt(startOffset);
  const to = monthAt(endOffset);
  return span('part', isoDate(from.year, from.month, 1), lastDayOfMonth(to.year, to.month), conventions);
}

interface PeriodRule {
  pattern: RegExp;
  read(match: RegExpExecArray, context: ReadingContext, rest: string): PeriodMatch | null;
}

function whole(match: RegExpExecArray, period: Period): PeriodMatch {
  return { period, length: match[0].length };
}

/** Reads a sub-period right after a prefix ("cuối " + "năm 2025"), keeping only the allowed kinds. */
function afterPrefix(match: RegExpExecArray, rest: string, context: ReadingContext, kinds: PeriodKind[]): PeriodMatch | null {
  const inner = periodAt(rest, match[0].length, context);
  if (!inner || !kinds.includes(inner.period.kind)) return null;
  return { period: inner.period, length: match[0].length + inner.length };
}

const TEN_DAY_FIRST_DAY: Record<string, number> = { thuong: 1, trung: 11, ha: 21 };

const PERIOD_RULES: PeriodRule[] = [
  {
    // "ngày 25 tháng 10 năm 2017", "30 tháng 11 năm 2025"
    pattern: new RegExp(`^(?:ngay )?${DAY} thang ${MONTH}(?: nam |/|-| )${YEAR}${BOUNDARY}`),
    read: (m) => whole(m, dayPeriod(+m[3], +m[2], +m[1])),
  },
  {
    // "09/3/2025", "1-7-2025", "01.07.2025"
    pattern: new RegExp(`^(?:ngay )?${DAY}[/.-]${MONTH}[/.-]${YEAR}${BOUNDARY}`),
    read: (m) => whole(m, dayPeriod(+m[3], +m[2], +m[1])),
  },
  {
    // "ngày 30 tháng 11", "trước 30/6": the year comes from the issue date
    pattern: new RegExp(`^(?:ngay )?${DAY}(?: thang |[/.])${MONTH}(?=$|[^a-z0-9/.-])`),
    read: (m, context) => whole(m, withContextYear('day', context, (year) => dayPeriod(year, +m[2], +m[1]))),
  },
  {
    // "thượng tuần tháng 4/2025": days 1–10, 11–20, 21–end
    pattern: /^(thuong|trung|ha) tuan (?:cua )?/,
    read: (m, context, rest) => {
      const month = afterPrefix(m, rest, context, ['month']);
      if (!month) return null;
      const { start, end } = month.period;
      if (!start || !end) return { period: { ...month.period, kind: 'ten-day' }, length: month.length };
      const first = TEN_DAY_FIRST_DAY[m[1]];
      const last = first === 21 ? end : addDays(start, first + 8);
      return { period: span('ten-day', addDays(start, first - 1), last, month.period.conventions), length: month.length };
    },
  },
  {
    // "cuối năm" / "đầu năm" with no year
    pattern: new RegExp(`^(dau|giua|cuoi) nam(?: nay)?${BOUNDARY}(?! ?[/-]?(?:nam )?\\d)`),
    read: (m, context) =>
      whole(m, partOf(withContextYear('year', context, (year) => monthsPeriod('year', { year, firstMonth: 1, lastMonth: 12 })), m[1] as PartOfPeriod)),
  },
  {
    // "đầu năm 2025", "đầu quý II/2025", "cuối tháng 02/2025"
    pattern: /^(dau|giua|cuoi) /,
    read: (m, context, rest) => {
      const base = afterPrefix(m, rest, context, ['year', 'quarter', 'month']);
      return base && { period: partOf(base.period, m[1] as PartOfPeriod), length: base.length };
    },
  },
  {
    // "6 tháng đầu năm 2019", "6 tháng cuối năm", "nửa cuối năm 2025"
    pattern: new RegExp(`^(?:(?:6|sau) thang|nua) (dau|cuoi) nam(?:(?:/| )(?:nam )?${YEAR})?${BOUNDARY}`),
    read: (m, context) => {
      const firstMonth = m[1] === 'dau' ? 1 : 7;
      return whole(m, optionalYear('half-year', m[2], context, (year) => monthsPeriod('half-year', { year, firstMonth, lastMonth: firstMonth + 5 })));
    },
  },
  {
    // "Quý I/2018", "quý II năm 2025", "quý 3-2025", "quý IV"
    pattern: new RegExp(`^quy ${QUARTER}(?:${MONTH_YEAR_SEPARATOR}${YEAR})?${BOUNDARY}`),
    read: (m, context) => {
      const firstMonth = (QUARTER_NUMBERS[m[1]] - 1) * 3 + 1;
      return whole(m, optionalYear('quarter', m[2], context, (year) => monthsPeriod('quarter', { year, firstMonth, lastMonth: firstMonth + 2 })));
    },
  },
  {
    // "Tháng 11 - 12/2025"
    pattern: new RegExp(`^thang ${MONTH}-(?:thang )?${MONTH}(?:${MONTH_YEAR_SEPARATOR}${YEAR})?${BOUNDARY}`),
    read: (m, context) =>
      whole(m, optionalYear('range', m[3], context, (year) => monthsPeriod('range', { year, firstMonth: +m[1], lastMonth: +m[2] }))),
  },
  {
    // "tháng 02/2018", "tháng 10 năm 2020", "Tháng 12"
    pattern: new RegExp(`^thang ${MONTH}(?:${MONTH_YEAR_SEPARATOR}${YEAR})?${BOUNDARY}`),
    read: (m, context) =>
      whole(m, optionalYear('month', m[2], context, (year) => monthsPeriod('month', { year, firstMonth: +m[1], lastMonth: +m[1] }))),
  },
  {
    // "10/2020": month and year without the word "tháng"
    pattern: new RegExp(`^${MONTH}/${YEAR}${BOUNDARY}`),
    read: (m) => whole(m, monthsPeriod('month', { year: +m[2], firstMonth: +m[1], lastMonth: +m[1] })),
  },
  {
    // "nhiệm kỳ 2021 - 2026"
    pattern: new RegExp(`^nhiem ky ${YEAR}-${YEAR}${BOUNDARY}`),
    read: (m) => whole(m, monthsSpanOfYears('term', +m[1], +m[2])),
  },
  {
    // "giai đoạn 2026 - 2030", "2025-2026", "giai đoạn từ năm 2026 đến năm 2030"
    pattern: new RegExp(`^(?:giai doan )?(?:tu )?(?:nam )?${YEAR}(?:-| den | toi )(?:nam )?${YEAR}${BOUNDARY}`),
    read: (m) => whole(m, monthsSpanOfYears('range', +m[1], +m[2])),
  },
  {
    // "năm 2018", "2019"
    pattern: new RegExp(`^(?:nam )?${YEAR}${BOUNDARY}`),
    read: (m) => whole(m, monthsPeriod('year', { year: +m[1], firstMonth: 1, lastMonth: 12 })),
  },
];

function monthsSpanOfYears(kind: PeriodKind, firstYear: number, lastYear: number): Period {
  if (firstYear > lastYear) return invalidPeriod(kind);
  return span(kind, isoDate(firstYear, 1, 1), isoDate(lastYear, 12, 31));
}

/** The period that starts at `position` of a canonical phrase, or null. */
export function periodAt(phrase: string, position: number, context: ReadingContext): PeriodMatch | null {
  const rest = phrase.slice(position);
  for (const rule of PERIOD_RULES) {
    const match = rule.pattern.exec(rest);
    if (!match) continue;
    const read = rule.read(match, context, rest);
    if (read) return read;
  }
  return null;
}

/** The period covering the whole of `phrase` from `position` to its end, or null. */
export function periodToEnd(phrase: string, position: number, context: ReadingContext): Period | null {
  const match = periodAt(phrase, position, context);
  return match && position + match.length === phrase.length ? match.period : null;
}
