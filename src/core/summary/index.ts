export { summarize } from './summarize';
export { previousSnapshot, snapshotOf } from './snapshot';
export { reportParagraph, reportParagraphs, MAX_NAMED_BODIES } from './paragraph';
export { countWords, dateWords, percentWords, bodyMidSentence } from './report-words';
export { countOfStatus } from './counts';
export { annexOf, romanNumeral, type Annex, type AnnexGrouping, type AnnexHeading, type AnnexRow, type AnnexTask } from './annex';
export type {
  ChangeSet,
  DueSoonItem,
  LeadRow,
  NoDeadlineItem,
  Overview,
  OverdueItem,
  ProgressCounts,
  QuarterRow,
  Snapshot,
  StatusCounts,
  StatusPercentages,
  Summary,
  TaskRef,
} from './types';
export { documentConvention, type DocumentConvention, type DocumentSystem } from './document-convention';
