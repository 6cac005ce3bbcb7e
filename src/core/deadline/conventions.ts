/**
 * The reading conventions, as the short strings put in DeadlineWindow.convention. A window carries
 * one whenever a convention, not the words alone, decided it (docs/deadlines.md explains each).
 */

export type PartOfPeriod = 'dau' | 'giua' | 'cuoi';

const PART_LABEL: Record<PartOfPeriod, string> = {
  dau: 'đầu = first third of the period',
  giua: 'giữa = middle third of the period',
  cuoi: 'cuối = last third of the period',
};

export const CONVENTIONS = {
  part: (part: PartOfPeriod) => `part: ${PART_LABEL[part]}`,
  yearFromIssue: 'year: not stated, taken from the plan issue date',
  yearAfterIssue: 'year: not stated, the year after the plan issue date (the day had passed)',
  yearUnknown: 'year: not stated and no plan issue date given',
  untilStartsAtIssue: 'until: start = plan issue date',
  beforeDateInclusive: 'before-date: inclusive',
  beforeDateExclusive: 'before-date: exclusive',
  beforePeriod: 'before-period: due the day before the period starts',
  milestones: 'milestones: start of the first to end of the last',
  stageThenOngoing: 'stage: continues after the stage; the stage end is the deadline',
  nextYear: 'năm sau: the end is in the year after the start',
  firstClause: 'clause: the phrase goes on after its first statement of time; that statement is read',
  planPeriod: 'plan period: the task states no time; the period the plan states once for all its tasks is used',
  recurringByOtherPlan: 'recurring: timing set by another yearly plan; period end assumed',
} as const;

export function joinConventions(conventions: readonly string[]): string | null {
  const distinct = [...new Set(conventions)];
  return distinct.length > 0 ? distinct.join('; ') : null;
}
