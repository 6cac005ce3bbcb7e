/**
 * "Kiểm tra": reads the tasks and owners sheets and the stored plan once, runs the core rules
 * against that plan, then in one write puts the findings on "Kiểm tra", marks the offending cells
 * and refreshes the status columns.
 */
import type { Finding, PlanInfo } from '../core/model';
import { SHEETS, TABLES } from '../layout/names';
import { readTasks } from '../layout/readback';
import type { WorkbookPort } from '../workbook/port';
import { checkTasks, type LocatedFinding } from './check-tasks';
import { assertWritable, phraseReader, readWorkbook, step, tasksMissing, writeProgress, type CheckOptions } from './common';
import { derivedPatches } from './derived-columns';
import { planToCheck } from './workbook-plan';

export interface ValidateOptions extends CheckOptions {
  /**
   * Leave the cursor where it is instead of moving it to the first finding: for a caller that
   * writes more right after (the CLI build, which then summarises and opens on "Tổng quan").
   */
  keepSelection?: boolean;
}
export type { LocatedFinding };

export interface ValidateResult {
  /** The plan the workbook was checked against (the one it stores). */
  plan: PlanInfo;
  taskCount: number;
  findings: LocatedFinding[];
  counts: { error: number; warning: number; info: number };
}

export async function validateWorkbook(port: WorkbookPort, options: ValidateOptions): Promise<ValidateResult> {
  const { settings, onProgress } = options;
  const { sheets, tasksTable, planTable, others: [ownersTable] } = await readWorkbook(port, [{ sheet: SHEETS.owners, table: TABLES.owners }], onProgress);
  if (!tasksTable) throw tasksMissing();
  const catalogue = planToCheck(planTable, options.legacyPlan);

  step(onProgress, 0.3, 'Đang kiểm tra…', 'Checking…');
  const read = readTasks(tasksTable, { readPhrase: phraseReader(catalogue, settings) });
  const checked = checkTasks(tasksTable, read, ownersTable, catalogue, settings);
  assertWritable(sheets, [checked.sheet]);

  step(onProgress, 0.5, 'Đang ghi kết quả kiểm tra…', 'Writing the findings…');
  await port.write(
    {
      sheets: [checked.sheet],
      patches: derivedPatches(tasksTable, read, settings),
      marks: [checked.marks],
      ...(options.keepSelection ? {} : { activate: { sheet: SHEETS.findings, cell: 'A5' } }),
    },
    writeProgress(onProgress, 0.5),
  );
  step(onProgress, 1, 'Đã kiểm tra xong.', 'Check complete.');
  const count = (severity: Finding['severity']) => checked.findings.filter((f) => f.severity === severity).length;
  return { plan: catalogue.plan, taskCount: read.tasks.length, findings: checked.located, counts: { error: count('error'), warning: count('warning'), info: count('info') } };
}
