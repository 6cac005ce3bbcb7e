/**
 * "Xuất báo cáo (.docx)": what the Word report holds, read from the workbook in one read and
 * computed in the core, writing nothing — the report is a document that leaves Excel, the workbook
 * stays as the planner left it. Same tasks, plan and comparison as "Lập báo cáo".
 */
import type { Finding, IsoDate, PlanInfo, TrackedTask } from '../core/model';
import { annexOf, reportParagraphs, type Annex, type AnnexGrouping, type Summary } from '../core/summary';
import { SHEETS, TABLES } from '../layout/names';
import type { WorkbookPort } from '../workbook/port';
import { readWorkbook, step, tasksMissing, type CheckOptions } from './common';
import { summarizeTables } from './summarize-tables';
import { planToCheck } from './workbook-plan';

export interface ReportOptions extends CheckOptions {
  /** How the annex groups its tasks: under the plan's headings (default) or by lead body. */
  annexGrouping?: AnnexGrouping;
}

export interface ReportData {
  plan: PlanInfo;
  asOf: IsoDate;
  summary: Summary;
  /** The report's paragraphs, Vietnamese, in order: the state on the report date, then what changed since the last. */
  paragraphs: string[];
  /** The tasks still in the plan, as the planner entered them (notes are the reasons for delay). */
  tasks: TrackedTask[];
  annex: Annex;
  /** Rows that could not be read (as "Lập báo cáo" reports them). */
  problems: Finding[];
}

export async function reportWorkbook(port: WorkbookPort, options: ReportOptions): Promise<ReportData> {
  const { settings, onProgress } = options;
  const { tasksTable, planTable, others: [historyTable] } = await readWorkbook(port, [{ sheet: SHEETS.history, table: TABLES.history }], onProgress);
  if (!tasksTable) throw tasksMissing();
  const catalogue = planToCheck(planTable, options.legacyPlan);

  step(onProgress, 0.4, 'Đang tổng hợp…', 'Summarising…');
  const { read, summary, problems } = summarizeTables(tasksTable, historyTable, catalogue, settings);
  const tasks = read.tasks.filter((task) => !task.retired);
  step(onProgress, 0.6, 'Đang soạn báo cáo…', 'Composing the report…');
  return {
    plan: catalogue.plan,
    asOf: settings.asOf,
    summary,
    paragraphs: reportParagraphs(summary, catalogue.plan, 'vi'),
    tasks,
    annex: annexOf(tasks, catalogue.plan, catalogue.sections, settings, options.annexGrouping),
    problems,
  };
}
