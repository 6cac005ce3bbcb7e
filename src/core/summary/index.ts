export { summarize } from './summarize';
export { snapshotOf } from './snapshot';
export { reportParagraph } from './paragraph';
export { annexOf, romanNumeral, type Annex, type AnnexGrouping, type AnnexHeading, type AnnexRow, type AnnexTask } from './annex';
export type {
  ChangeSet,
  DueSoonItem,
  LeadRow,
  NoDeadlineItem,
  Overview,
  OverdueItem,
  QuarterRow,
  Snapshot,
  StatusCounts,
  StatusPercentages,
  Summary,
  TaskRef,
} from './types';
