/**
 * readDeadline: a plan's time phrase ("thực hiện từ năm 2018 đến năm 2020", "Quý II/2025",
 * "Thường xuyên"…) → the date window a Vietnamese planner reads in it. The conventions are in
 * docs/deadlines.md; every window a convention decided says so in `convention`.
 */
import { addDays, isIsoDate } from '../dates';
import type { DeadlineKind, DeadlineWindow, IsoDate, Recurrence, RecurrencePeriod } from '../model';
import { CONVENTIONS, joinConventions } from './conventions';
import { canonicalPhrase } from './fold';
import { periodAt, periodToEnd, type Period, type ReadingContext } from './periods';

export interface ReadDeadlineOptions {
  /** The plan's issue date: the start of "đến năm 2020" and the year of "trước 30/6". */
  issued?: IsoDate | null;
  /** "trước ngày X": true → due the day before X; false (default) → due on X. */
  beforeDateExclusive?: boolean;
}

/** Longer text is a sentence, not a time phrase; reading stops there so any input stays cheap. */
export const MAX_PHRASE_LENGTH = 400;

interface PhraseContext extends ReadingContext {
  beforeDateExclusive: boolean;
}

type Reading = Omit<DeadlineWindow, 'text'>;
type PhraseRule = (phrase: string, context: PhraseContext) => Reading | null;

const BOUNDARY = '(?=$|[^a-z0-9])';

// Verbs and labels in front of the time words carry no time: "thực hiện", "hoàn thành"…
const LEADING_FILLER = new RegExp(
  `^(?:(?:thoi gian thuc hien|thoi gian|thoi han)\\s*:\\s*|(?:thuc hien|hoan thanh|trien khai|tien hanh|xong|ban hanh|xay dung|du kien|xuyen suot)${BOUNDARY}[ ,]*)+`,
);

function reading(kind: DeadlineKind, start: IsoDate | null, end: IsoDate | null, conventions: readonly string[] = []): Reading {
  return { kind, start, end, convention: joinConventions(conventions) };
}

const UNKNOWN: Reading = reading('unknown', null, null);

/** A period read alone ("trong năm 2018", "ngày 25/10/2017") → its window; a single day is a deadline. */
function periodReading(period: Period): Reading {
  if (period.kind === 'day') return reading('by-date', null, period.end, period.conventions);
  return reading(period.kind, period.start, period.end, period.conventions);
}

/**
 * A rule of the shape "leading words, then one period to the end of the phrase". A period naming a
 * day that does not exist (31/02) makes the phrase unknown, whatever the leading words.
 */
function periodRule(prefix: RegExp, build: (period: Period, context: PhraseContext, match: RegExpExecArray) => Reading | null): PhraseRule {
  return (phrase, context) => {
    const match = prefix.exec(phrase);
    if (!match) return null;
    const period = periodToEnd(phrase, match[0].length, context);
    if (!period) return null;
    return period.invalid ? UNKNOWN : build(period, context, match);
  };
}

const missing: PhraseRule = (phrase) => (phrase === '' ? reading('missing', null, null) : null);

const CONTINUOUS = new RegExp(
  `^(?:thuong xuyen|lien tuc|khi co yeu cau|theo yeu cau|dot xuat|khi can thiet|khi phat sinh|hang ngay|hang tuan)${BOUNDARY}`,
);
const continuous: PhraseRule = (phrase) => (CONTINUOUS.test(phrase) ? reading('continuous', null, null) : null);

const RECURRENCE_WORDS: Record<string, RecurrencePeriod> = { nam: 'year', quy: 'quarter', thang: 'month', '6 thang': 'half-year', 'sau thang': 'half-year' };
const RECURRING = new RegExp(`^(?:dinh ky |bao cao )?(?:(?:hang|moi) (nam|quy|thang)|dinh ky (6 thang|sau thang|nam|quy|thang))${BOUNDARY}`);
const RECURRING_BY_OTHER_PLAN = new RegExp(`^theo .{1,150}? (?:hang|moi) (nam|quy|thang)$`);
// What may follow "hằng năm": a stated day ("trước ngày 30 tháng 11") and an "or when asked".
const RECURRING_TAIL =
  /^(?:[ ,;]*(truoc |cham nhat |han )?(?:vao )?(?:ngay )?(0?[1-9]|[12]\d|3[01])(?: thang |[/.])(0?[1-9]|1[0-2]))?[ ,;]*(?:(?:hoac|va) (?:dot xuat(?: theo yeu cau)?|khi co yeu cau|theo yeu cau|theo de nghi))?$/;

const recurring: PhraseRule = (phrase, context) => {
  const byOtherPlan = RECURRING_BY_OTHER_PLAN.exec(phrase);
  if (byOtherPlan) {
    return { ...reading('recurring', null, null, [CONVENTIONS.recurringByOtherPlan]), recurrence: { every: RECURRENCE_WORDS[byOtherPlan[1]], on: null } };
  }
  const head = RECURRING.exec(phrase);
  if (!head) return null;
  const tail = RECURRING_TAIL.exec(phrase.slice(head[0].length));
  if (!tail) return null;
  const every = RECURRENCE_WORDS[head[1] ?? head[2]];
  const conventions: string[] = [];
  let on: Recurrence['on'] = null;
  if (tail[2] !== undefined) {
    on = { month: +tail[3], day: +tail[2] };
    if (on.day > DAYS_IN_MONTH_AT_MOST[on.month - 1]) return UNKNOWN;
    if (tail[1] === 'truoc ') {
      conventions.push(context.beforeDateExclusive ? CONVENTIONS.beforeDateExclusive : CONVENTIONS.beforeDateInclusive);
      if (context.beforeDateExclusive) on = dayBefore(on);
    }
  }
  return { ...reading('recurring', null, null, conventions), recurrence: { every, on } };
};

// "trước ngày 16 hằng tháng", "Định kỳ hàng tháng (trước ngày 16 hàng tháng)", "ngày 25 hằng tháng".
const MONTHLY_DAY = new RegExp(
  `^(?:dinh ky (?:hang|moi) thang,? )?(truoc |cham nhat |vao )?(?:ngay )?(0?[1-9]|[12]\\d|3[01]) (?:hang|moi) thang${BOUNDARY}$`,
);

/** A day of every month; the month in `on` is unused for a monthly recurrence (effectiveEnd reads only the day). */
const monthlyDay: PhraseRule = (phrase, context) => {
  const match = MONTHLY_DAY.exec(phrase);
  if (!match) return null;
  let day = +match[2];
  const conventions: string[] = [];
  if (match[1] === 'truoc ') {
    conventions.push(context.beforeDateExclusive ? CONVENTIONS.beforeDateExclusive : CONVENTIONS.beforeDateInclusive);
    if (context.beforeDateExclusive) day = Math.max(1, day - 1);
  }
  return { ...reading('recurring', null, null, conventions), recurrence: { every: 'month', on: { month: 12, day } } };
};

// "trước ngày 30/11 hằng năm", "ngày 15 tháng 12 hàng năm": a day of every year.
const YEARLY_DAY = new RegExp(
  `^(truoc |cham nhat |vao )?(?:ngay )?(0?[1-9]|[12]\\d|3[01])(?: thang |[/.])(0?[1-9]|1[0-2]),? (?:hang|moi) nam${BOUNDARY}$`,
);

const yearlyDay: PhraseRule = (phrase, context) => {
  const match = YEARLY_DAY.exec(phrase);
  if (!match) return null;
  let on = { month: +match[3], day: +match[2] };
  if (on.day > DAYS_IN_MONTH_AT_MOST[on.month - 1]) return UNKNOWN;
  const conventions: string[] = [];
  if (match[1] === 'truoc ') {
    conventions.push(context.beforeDateExclusive ? CONVENTIONS.beforeDateExclusive : CONVENTIONS.beforeDateInclusive);
    if (context.beforeDateExclusive) on = dayBefore(on);
  }
  return { ...reading('recurring', null, null, conventions), recurrence: { every: 'year', on } };
};

// Any year: 29 February is a real yearly date.
const DAYS_IN_MONTH_AT_MOST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day before a yearly date; effectiveEnd clamps day 31 of a short month to its last day. */
function dayBefore({ month, day }: { month: number; day: number }): { month: number; day: number } {
  if (day > 1) return { month, day: day - 1 };
  return month > 1 ? { month: month - 1, day: 31 } : { month: 12, day: 31 };
}

// "sau" alone ("sau 30 ngày") is an event; "sáu tháng" (six months) folds to the same letters.
const EVENT = new RegExp(
  `^(?:sau khi|ngay sau khi|sau(?! thang)|ke tu|trong vong|trong thoi han|theo lo trinh|theo tien do|theo huong dan|theo chi dao|theo ke hoach|khi|ngay khi|can cu)${BOUNDARY}`,
);
const event: PhraseRule = (phrase) => (EVENT.test(phrase) ? reading('event', null, null) : null);

/** "từ nay đến năm 2030": from the issue date, which the words name. */
const fromNowUntil = periodRule(/^tu (?:nay|bay gio) (?:den|toi)(?: het)? /, (period, context) => untilReading(period, context, []));

/** "đến năm 2020": the plan is in force from its issue date, so that is when the task starts. */
const until = periodRule(/^(?:cho )?(?:den|toi)(?: het)? /, (period, context) => untilReading(period, context, [CONVENTIONS.untilStartsAtIssue]));

function untilReading(period: Period, context: ReadingContext, startConventions: string[]): Reading {
  if (!period.end) return reading('until', null, period.end, period.conventions);
  const startsAtIssue = context.issued !== null && context.issued <= period.end;
  return startsAtIssue
    ? reading('until', context.issued, period.end, [...startConventions, ...period.conventions])
    : reading('until', null, period.end, period.conventions);
}

const RANGE_START = /^(?:tu|ke tu|bat dau tu|trong|trong thoi gian tu) /;
const RANGE_JOIN = new RegExp(`^ ?(?:-|(?:den|toi)(?: het)?|va(?: hoan thanh| ket thuc)?(?: trong| vao| truoc| den)?)${BOUNDARY} ?`);

/** "từ năm 2018 đến năm 2020", "trong năm 2018 đến năm 2020", "từ năm 2018 và hoàn thành trong năm 2019". */
const fromTo: PhraseRule = (phrase, context) => {
  const opening = RANGE_START.exec(phrase);
  if (!opening) return null;
  const first = periodAt(phrase, opening[0].length, context);
  if (!first) return null;
  const afterFirst = opening[0].length + first.length;
  const join = RANGE_JOIN.exec(phrase.slice(afterFirst));
  if (!join) return null;
  const last = periodToEnd(phrase, afterFirst + join[0].length, context);
  if (!last) return null;
  const conventions = [...first.period.conventions, ...last.conventions];
  if (first.period.invalid || last.invalid) return UNKNOWN;
  // "từ ngày 15/11 đến ngày 15/12" in a plan of 19/11: the range is this year's, though its first
  // day has passed (read alone, a passed day without a year is next year's).
  let start = first.period.start;
  if (start !== null && last.end !== null && start > last.end && first.period.conventions.includes(CONVENTIONS.yearAfterIssue)) {
    start = `${Number(start.slice(0, 4)) - 1}${start.slice(4)}`;
    const year = conventions.indexOf(CONVENTIONS.yearAfterIssue);
    conventions.splice(year, 1, CONVENTIONS.yearFromIssue);
  }
  return reading('range', start, last.end, conventions);
};

/**
 * "từ năm 2020", "Từ 01/7/2025": open-ended. "từ nhiệm kỳ 2021-2026" and "từ năm 2018 đến năm 2020"
 * name a whole term or stage, read as such.
 */
const fromOnly = periodRule(/^(?:tu|ke tu|bat dau tu) /, (period) =>
  period.kind === 'term' || period.kind === 'range' ? periodReading(period) : reading('from', period.start, null, period.conventions),
);

/** "Quý IV/2025 - Quý II/2026", "tháng 11/2025 - tháng 02/2026": two periods joined by a dash. */
const bareRange: PhraseRule = (phrase, context) => {
  const first = periodAt(phrase, 0, context);
  if (!first || phrase.charAt(first.length) !== '-') return null;
  const last = periodToEnd(phrase, first.length + 1, context);
  if (!last) return null;
  if (first.period.invalid || last.invalid) return UNKNOWN;
  return reading('range', first.period.start, last.end, [...first.period.conventions, ...last.conventions]);
};

/** "từ tháng 10/2025 đến khi kết thúc dự án": from that period until an event, so open-ended. */
const untilAnEvent: PhraseRule = (phrase, context) => {
  const match = /^(?:tu|ke tu|bat dau tu) (.+?) (?:den|cho den) khi .+$/.exec(phrase);
  if (!match) return null;
  const period = periodToEnd(match[1], 0, context);
  if (!period) return null;
  return period.invalid ? UNKNOWN : reading('from', period.start, null, period.conventions);
};

/** "từ tháng 10 đến tháng 4 năm sau": the end falls in the year after the start. */
const intoNextYear: PhraseRule = (phrase, context) => {
  if (!/ nam sau$/.test(phrase)) return null;
  const read = fromTo(phrase.replace(/ nam sau$/, ''), context);
  if (!read || read.start === null || read.end === null) return null;
  const end = `${Number(read.start.slice(0, 4)) + 1}${read.end.slice(4)}`;
  return { ...read, end, convention: joinConventions([CONVENTIONS.nextYear, ...(read.convention ? [read.convention] : [])]) };
};

/** "2026 trở đi", "từ năm 2026 trở đi": open-ended from that period. */
const onward: PhraseRule = (phrase, context) => {
  const match = /^(?:tu )?(.+?) (?:tro di|tro ve sau)$/.exec(phrase);
  if (!match) return null;
  const period = periodToEnd(match[1], 0, context);
  if (!period) return null;
  return period.invalid ? UNKNOWN : reading('from', period.start, null, period.conventions);
};

const FOLLOWING_YEARS = new RegExp(`(?:,? va|,) (?:cac|nhung) nam (?:tiep theo|sau|ke tiep)$`);

/** "Năm 2026 và các năm tiếp theo" (open), "Giai đoạn 2026-2030 và những năm tiếp theo" (stage end). */
const andFollowingYears: PhraseRule = (phrase, context) => {
  const tail = FOLLOWING_YEARS.exec(phrase);
  if (!tail) return null;
  const head = phrase.slice(0, tail.index).replace(/^(?:tu|trong) /, '');
  const period = periodToEnd(head, 0, context);
  if (!period) return null;
  if (period.invalid) return UNKNOWN;
  if (period.kind === 'range') return reading('range', period.start, period.end, [CONVENTIONS.stageThenOngoing, ...period.conventions]);
  return reading('from', period.start, null, period.conventions);
};

const BY_DATE = /^(?:(cham nhat|muon nhat|han chot|khong qua|truoc|han) (?:la )?(?:vao |trong )?)?/;

/** "chậm nhất ngày 09/3/2025", "trước ngày 07/4/2025", "hoàn thành trước 30/6", "trước tháng 6/2025". */
const byDate = periodRule(BY_DATE, (period, context, match) => {
  if (match[1] === undefined) return null;
  const before = match[1] === 'truoc';
  if (period.kind === 'day') {
    if (!before) return reading('by-date', null, period.end, period.conventions);
    const beforeConvention = context.beforeDateExclusive ? CONVENTIONS.beforeDateExclusive : CONVENTIONS.beforeDateInclusive;
    const end = period.end && context.beforeDateExclusive ? addDays(period.end, -1) : period.end;
    return reading('by-date', null, end, [beforeConvention, ...period.conventions]);
  }
  if (before) {
    const end = period.start && addDays(period.start, -1);
    return reading('by-date', null, end, [CONVENTIONS.beforePeriod, ...period.conventions]);
  }
  return periodReading(period);
});

/** "trong năm 2018", "Quý II năm 2025", "thượng tuần tháng 4/2025", "ngày 25 tháng 10 năm 2017". */
const single = periodRule(/^(?:(?:trong|vao|trong thoi gian|trong suot) )?/, periodReading);

// Words before a milestone's period: letters only, a handful ("triển khai sắp xếp vào"), or "…".
const MILESTONE_WORDS = /^(?:(?:[a-z]+|…|\.\.\.) ){0,8}$/;

/** "triển khai sắp xếp vào năm 2018, đi vào hoạt động tháng 01/2019": first start to last end. */
const milestones: PhraseRule = (phrase, context) => {
  const segments = phrase.split(/[,;] /);
  if (segments.length < 2) return null;
  const periods: Period[] = [];
  for (const segment of segments) {
    const period = milestonePeriod(segment, context);
    if (!period) return null;
    periods.push(period);
  }
  if (periods.some((period) => period.invalid)) return UNKNOWN;
  const start = periods[0].start;
  const end = periods[periods.length - 1].end;
  return reading('milestones', start, end, [CONVENTIONS.milestones, ...periods.flatMap((period) => period.conventions)]);
};

/** The period a milestone ends with, after a few words of what happens then. */
function milestonePeriod(segment: string, context: ReadingContext): Period | null {
  let position = 0;
  while (MILESTONE_WORDS.test(segment.slice(0, position))) {
    const period = periodToEnd(segment, position, context);
    if (period) return period;
    const nextSpace = segment.indexOf(' ', position);
    if (nextSpace < 0) return null;
    position = nextSpace + 1;
  }
  return null;
}

// Order matters: specific shapes before general ones ("từ nay đến" before "từ", events before periods).
const PHRASE_RULES: PhraseRule[] = [
  missing, continuous, monthlyDay, yearlyDay, recurring, fromNowUntil, intoNextYear, untilAnEvent, fromTo, onward, fromOnly, event, andFollowingYears, until,
  byDate, single, bareRange, milestones,
];

// Where a phrase states its time and then goes on ("Ban hành trong quý I năm 2026. Thực hiện rà
// soát …", "Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên"), the first statement is read.
const CLAUSE_END = /[.;,] | va /g;

function readFirstClause(phrase: string, context: PhraseContext): Reading {
  const cuts = [...phrase.matchAll(CLAUSE_END)].map((match) => match.index);
  for (const cut of cuts) {
    const head = phrase.slice(0, cut).replace(LEADING_FILLER, '');
    const read = readCanonical(head, context);
    if (read.kind !== 'unknown' && read.kind !== 'missing') {
      return { ...read, convention: joinConventions([CONVENTIONS.firstClause, ...(read.convention ? [read.convention] : [])]) };
    }
  }
  return UNKNOWN;
}

function readCanonical(phrase: string, context: PhraseContext): Reading {
  for (const rule of PHRASE_RULES) {
    const read = rule(phrase, context);
    if (read) return checked(read);
  }
  return UNKNOWN;
}

/** A window that would break start ≤ end (a range running backwards, a day that does not exist) is unread. */
function checked(read: Reading): Reading {
  if (read.start !== null && read.end !== null && read.start > read.end) return UNKNOWN;
  if ((read.start !== null && !isIsoDate(read.start)) || (read.end !== null && !isIsoDate(read.end))) return UNKNOWN;
  return read;
}

/** Never throws: a phrase it cannot read is kind 'unknown'; an empty one is 'missing'. */
export function readDeadline(text: string | null | undefined, options: ReadDeadlineOptions = {}): DeadlineWindow {
  const verbatim = typeof text === 'string' ? text : '';
  const issued = isIsoDate(options.issued) ? options.issued : null;
  const context: PhraseContext = { issued, beforeDateExclusive: options.beforeDateExclusive === true };
  if (verbatim.length > MAX_PHRASE_LENGTH) return { text: verbatim, ...UNKNOWN };
  const phrase = canonicalPhrase(verbatim).replace(LEADING_FILLER, '');
  const read = readCanonical(phrase, context);
  return { text: verbatim, ...(read.kind === 'unknown' ? readFirstClause(phrase, context) : read) };
}
