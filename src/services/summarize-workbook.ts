/**
 * "Lập báo cáo": reads the tasks, the history, the owners and the stored plan once, summarises in
 * the core against that plan, then in one write puts the summary sheets, replaces this report
 * date's history record, and makes every sheet true as of the report date: the status columns,
 * the date cells and page headers of "Nhiệm vụ" and "Đơn vị", and, when the workbook has been
 * checked, the findings on "Kiểm tra" and the cells they mark.
 * Same input, same sheets: a rerun for the same report date replaces its own record, and the
 * comparison is always with the latest earlier report date.
 */
import type { Finding, Localized, PlanInfo } from '../core/model';
import { reportParagraph, snapshotOf, type AnnexGrouping, type Summary } from '../core/summary';
import { SHEETS, TABLES } from '../layout/names';
import { summarySheets } from '../layout/summary';
import type { WorkbookPort } from '../workbook/port';
import { assertWritable, readWorkbook, step, tasksMissing, writeProgress, type CheckOptions } from './common';
import { checkTasks, type LocatedFinding } from './check-tasks';
import { derivedPatches } from './derived-columns';
import { reportDateHeaders, reportDatePatches } from './report-date';
import { summarizeTables } from './summarize-tables';
import { planToCheck } from './workbook-plan';

export interface SummarizeResult {
  /** The plan the workbook was summarised against (the one it stores). */
  plan: PlanInfo;
  summary: Summary;
  paragraph: Localized;
  /** Names of the summary sheets written, in tab order. */
  sheets: string[];
  /** The findings as of the report date when "Kiểm tra" was refreshed with them; null when the workbook has none or `justChecked` left it as it was. */
  findings: LocatedFinding[] | null;
  problems: Finding[];
}

export interface SummarizeOptions extends CheckOptions {
  /** How the "Phụ lục" groups its tasks: under the plan's headings (default) or by lead body. */
  annexGrouping?: AnnexGrouping;
  /**
   * The caller has just checked this workbook with the same settings (validateWorkbook), so
   * "Kiểm tra" and its marks are already true as of the report date: they are not checked and
   * written a second time. The workbook written is the same either way.
   */
  justChecked?: boolean;
}

export async function summarizeWorkbook(port: WorkbookPort, options: SummarizeOptions): Promise<SummarizeResult> {
  const { settings, onProgress } = options;
  const { sheets, tasksTable, planTable, others: [historyTable, ownersTable] } = await readWorkbook(
    port,
    [{ sheet: SHEETS.history, table: TABLES.history }, { sheet: SHEETS.owners, table: TABLES.owners }],
    onProgress,
  );
  if (!tasksTable) throw tasksMissing();
  const catalogue = planToCheck(planTable, options.legacyPlan);

  step(onProgress, 0.3, 'Đang tổng hợp…', 'Summarising…');
  const { read, history, summary, problems } = summarizeTables(tasksTable, historyTable, catalogue, settings);
  const paragraph = { vi: reportParagraph(summary, catalogue.plan, 'vi'), en: reportParagraph(summary, catalogue.plan, 'en') };
  const snapshot = snapshotOf(read.tasks, settings);
  const specs = summarySheets({
    plan: catalogue.plan,
    settings,
    summary,
    tasks: read.tasks,
    paragraph: paragraph.vi,
    sections: catalogue.sections,
    annexGrouping: options.annexGrouping,
    history: [...history.snapshots.filter((s) => s.asOf !== settings.asOf), snapshot],
  });
  // "Kiểm tra" is refreshed only where a check wrote it (its table is there): a report does not
  // add a sheet nobody asked for, and a planner's own sheet of that name is left alone.
  const checked = !options.justChecked && sheets.some((s) => s.name === SHEETS.findings && s.tables.includes(TABLES.findings))
    ? checkTasks(tasksTable, read, ownersTable, catalogue, settings)
    : null;
  const written = checked ? [checked.sheet, ...specs] : specs;
  assertWritable(sheets, written);

  step(onProgress, 0.5, 'Đang ghi báo cáo…', 'Writing the report…');
  await port.write(
    {
      sheets: written,
      patches: [...derivedPatches(tasksTable, read, settings), ...reportDatePatches(tasksTable, settings)],
      marks: checked ? [checked.marks] : [],
      pageHeaders: reportDateHeaders(sheets, tasksTable, catalogue.plan, settings.asOf),
      activate: { sheet: SHEETS.overview, cell: 'A1' },
    },
    writeProgress(onProgress, 0.5),
  );
  step(onProgress, 1, 'Đã lập báo cáo.', 'Report ready.');
  return {
    plan: catalogue.plan,
    summary,
    paragraph,
    sheets: specs.map((s) => s.name),
    findings: checked?.located ?? null,
    problems,
  };
}
