/**
 * The findings of the tasks as of a report date, ready to write: the "Kiểm tra" sheet and the
 * marks on the cells they point at. "Kiểm tra" writes them; "Lập báo cáo" writes them again for its
 * report date, so findings that depend on the date (overdue, completion in the future) never lag.
 */
import { ownersForPlan } from '../catalogues';
import type { Finding, PlanToCheck, Settings } from '../core/model';
import { createRegistry } from '../core/owners';
import { validateTasks } from '../core/rules';
import { rangeA1 } from '../layout/a1';
import { findingsSheet } from '../layout/findings-sheet';
import { COLOURS } from '../layout/names';
import { readOwners, type ReadTasksResult } from '../layout/readback';
import type { TableRead } from '../layout/readback/table-read';
import type { SheetSpec } from '../layout/spec';
import type { CellMarks } from '../workbook/port';
import { COLUMN_OF_FIELD } from './derived-columns';

/** A finding with the cell it points at (null for the plan as a whole). */
export interface LocatedFinding {
  finding: Finding;
  target: { sheet: string; cell: string } | null;
}

export interface CheckedTasks {
  findings: Finding[];
  located: LocatedFinding[];
  /** The "Kiểm tra" sheet. */
  sheet: SheetSpec;
  /** Marks on the cells findings point at; the table's earlier marks are cleared first. */
  marks: CellMarks;
}

export function checkTasks(
  tasksTable: TableRead,
  read: ReadTasksResult,
  ownersTable: TableRead | null,
  catalogue: PlanToCheck,
  settings: Settings,
): CheckedTasks {
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
  const sheet = findingsSheet(catalogue.plan, settings.asOf, findings, (f) => targets.get(f) ?? null);
  const marked = [...new Set(located.flatMap((l) => (l.target && l.finding.severity !== 'info' ? [l.target.cell] : [])))];
  const width = tasksTable.headers.length;
  const clear = tasksTable.rows.length
    ? rangeA1(tasksTable.headerRow + 1, tasksTable.firstColumn, tasksTable.headerRow + tasksTable.rows.length, tasksTable.firstColumn + width - 1)
    : null;
  return { findings, located, sheet, marks: { sheet: tasksTable.sheet, clear, cells: marked, fill: COLOURS.finding } };
}
