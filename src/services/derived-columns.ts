/** Refreshing the derived columns (status, days overdue) of the tasks table in place. */
import type { Settings, TaskField } from '../core/model';
import { STATUS_LABELS, statusOf } from '../core/status';
import { cellA1 } from '../layout/a1';
import type { ReadTasksResult } from '../layout/readback';
import type { CellValue } from '../layout/spec';
import type { TaskColumnKey } from '../layout/tasks-columns';
import type { TableRead } from '../layout/readback/table-read';
import type { RangePatch } from '../workbook/port';

/** Two column patches (status, days overdue), one cell per table row; blank rows are cleared. */
export function derivedPatches(table: TableRead, read: ReadTasksResult, settings: Settings): RangePatch[] {
  // Nothing to refresh when the table is empty or could not be read (required columns missing).
  if (table.rows.length === 0 || read.problems.some((p) => p.code === 'SHEET_COLUMN_MISSING')) return [];
  const status: CellValue[][] = table.rows.map(() => [null]);
  const days: CellValue[][] = table.rows.map(() => [null]);
  read.tasks.forEach((task, i) => {
    const result = statusOf(task, settings);
    const row = read.rowOf[i];
    status[row] = [task.retired ? null : STATUS_LABELS[result.status].vi];
    days[row] = [task.retired ? null : result.daysOverdue];
  });
  const patches: RangePatch[] = [];
  for (const [key, values] of [['status', status], ['daysOverdue', days]] as const) {
    const column = read.columns.get(key);
    if (column === undefined) continue;
    patches.push({ sheet: table.sheet, topLeft: cellA1(table.headerRow + 1, table.firstColumn + column), values });
  }
  return patches;
}

/** The tasks-table column a finding's field lives in. */
export const COLUMN_OF_FIELD: Record<TaskField, TaskColumnKey> = {
  id: 'id',
  section: 'section',
  text: 'text',
  lead: 'lead',
  support: 'support',
  deadline: 'timePhrase',
  start: 'start',
  end: 'end',
  progress: 'progress',
  completedOn: 'completedOn',
};
