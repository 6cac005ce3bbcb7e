/**
 * "Kiểm tra": reads the tasks and owners sheets and the stored plan once, runs the core rules
 * against that plan, then in one write puts the findings on "Kiểm tra", marks the offending cells
 * and refreshes the status columns.
 */
import { ownersForPlan } from '../catalogues';
import type { Finding, PlanInfo } from '../core/model';
import { createRegistry } from '../core/owners';
import { validateTasks } from '../core/rules';
import { rangeA1 } from '../layout/a1';
import { findingsSheet } from '../layout/findings-sheet';
import { COLOURS, SHEETS, TABLES } from '../layout/names';
import { readOwners, readTasks } from '../layout/readback';
import type { WorkbookPort } from '../workbook/port';
import { assertWritable, phraseReader, readWorkbook, step, tasksMissing, writeProgress, type CheckOptions } from './common';
import { COLUMN_OF_FIELD, derivedPatches } from './derived-columns';
import { planToCheck } from './workbook-plan';

export type ValidateOptions = CheckOptions;

/** A finding with the cell it points at (null for the plan as a whole). */
export interface LocatedFinding {
  finding: Finding;
  target: { sheet: string; cell: string } | null;
}

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
  const ownersRead = ownersTable ? readOwners(ownersTable) : null;
  const owners = ownersRead && ownersRead.owners.length > 0 ? ownersRead.owners : ownersForPlan(catalogue);
  const findings: Finding[] = [
    ...read.problems,
    ...(ownersRead?.problems ?? []),
    ...validateTasks(read.tasks, { plan: catalogue.plan, settings, registry: createRegistry(owners), gaps: catalogue.gaps, planned: catalogue.tasks }),
  ];
  const located: LocatedFinding[] = findings.map((finding) => ({
    finding,
    target: finding.taskId === null ? null : read.locate(finding.taskId, finding.field ? COLUMN_OF_FIELD[finding.field] : 'id'),
  }));

  const targets = new Map(located.map((l) => [l.finding, l.target]));
  const spec = findingsSheet(catalogue.plan, settings.asOf, findings, (f) => targets.get(f) ?? null);
  assertWritable(sheets, [spec]);
  const marked = [...new Set(located.flatMap((l) => (l.target && l.finding.severity !== 'info' ? [l.target.cell] : [])))];
  const width = tasksTable.headers.length;
  const clear = tasksTable.rows.length
    ? rangeA1(tasksTable.headerRow + 1, tasksTable.firstColumn, tasksTable.headerRow + tasksTable.rows.length, tasksTable.firstColumn + width - 1)
    : null;

  step(onProgress, 0.5, 'Đang ghi kết quả kiểm tra…', 'Writing the findings…');
  await port.write(
    {
      sheets: [spec],
      patches: derivedPatches(tasksTable, read, settings),
      marks: [{ sheet: tasksTable.sheet, clear, cells: marked, fill: COLOURS.finding }],
      activate: { sheet: SHEETS.findings, cell: 'A5' },
    },
    writeProgress(onProgress, 0.5),
  );
  step(onProgress, 1, 'Đã kiểm tra xong.', 'Check complete.');
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return { plan: catalogue.plan, taskCount: read.tasks.length, findings: located, counts: { error: count('error'), warning: count('warning'), info: count('info') } };
}
