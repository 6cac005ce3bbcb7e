/** All summary sheets of one run, in tab order. */
import type { PlanInfo, Section, Settings, TrackedTask } from '../../core/model';
import { annexOf, type AnnexGrouping, type Snapshot, type Summary } from '../../core/summary';
import { annexSheet } from './annex-sheet';
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
  /** The plan's sections, for the headings of the "Phụ lục" (absent: the tasks are listed under one heading). */
  sections?: readonly Section[];
  /** How the "Phụ lục" groups its tasks: under the plan's headings (default) or by lead body. */
  annexGrouping?: AnnexGrouping;
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
    annexSheet(annexOf(input.tasks, input.plan, input.sections ?? [], input.settings, input.annexGrouping)),
    historySheet(input.plan, input.history),
  ];
}

export { annexSheet };
export { overviewSheet, byLeadSheet, overdueSheet, dueSoonSheet, timelineSheet, noDeadlineSheet, historySheet };
export { HISTORY_CHUNK } from './history-sheet';
