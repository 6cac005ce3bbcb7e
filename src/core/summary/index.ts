export { summarize } from './summarize';
export { snapshotOf } from './snapshot';
export { reportParagraph } from './paragraph';
export { countOfStatus } from './counts';
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
