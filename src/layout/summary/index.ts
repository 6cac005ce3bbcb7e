/** All summary sheets of one run, in tab order. */
import type { PlanInfo, Settings, TrackedTask } from '../../core/model';
import type { Snapshot, Summary } from '../../core/summary';
import type { SheetSpec } from '../spec';
import { byLeadSheet } from './by-lead-sheet';
import { historySheet } from './history-sheet';
import { dueSoonSheet, noDeadlineSheet, overdueSheet } from './list-sheets';
import { overviewSheet } from './overview-sheet';
import { timelineSheet } from './timeline-sheet';

export interface SummarySheetsInput {
  plan: PlanInfo;
  settings: Settings;
  summary: Summary;
  tasks: readonly TrackedTask[];
  /** The report paragraph (core reportParagraph, Vietnamese). */
  paragraph: string;
  /** Every snapshot to keep in the history sheet, this run's included. */
  history: readonly Snapshot[];
}

export function summarySheets(input: SummarySheetsInput): SheetSpec[] {
  const context = { plan: input.plan, asOf: input.settings.asOf };
  return [
    overviewSheet(context, input.summary, input.paragraph),
    byLeadSheet(context, input.summary),
    overdueSheet(context, input.summary, input.tasks),
    dueSoonSheet(context, input.summary),
    timelineSheet(context, input.summary, input.tasks, input.settings),
    noDeadlineSheet(context, input.summary),
    historySheet(input.plan, input.history),
  ];
}

export { overviewSheet, byLeadSheet, overdueSheet, dueSoonSheet, timelineSheet, noDeadlineSheet, historySheet };
export { HISTORY_CHUNK } from './history-sheet';
