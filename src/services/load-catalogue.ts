/**
 * "Tải kế hoạch": writes the catalogue into the tasks and owners sheets, or refreshes them when
 * they exist, keeping everything the planner entered (see ./merge.ts). Reads once, writes once.
 */
import type { Finding, Owner } from '../core/model';
import { foldKey } from '../core/text/normalize';
import { SHEETS, TABLES } from '../layout/names';
import { ownersSheet } from '../layout/owners-sheet';
import { readOwners, readTasks } from '../layout/readback';
import { tasksSheet } from '../layout/tasks-sheet';
import type { CellValue } from '../layout/spec';
import type { ReadCell } from '../layout/readback/table-read';
import { WorkbookError, type WorkbookPort } from '../workbook/port';
import { assertWritable, phraseReader, readTasksAnd, step, writeProgress, type ServiceOptions } from './common';
import { mergeCatalogue, type KeptEdit } from './merge';

export interface LoadOptions extends ServiceOptions {
  /** The catalogue's bodies, written to "Đơn vị" the first time; later, missing ones are appended. */
  owners: readonly Owner[];
}

export interface LoadResult {
  /** True when the tasks sheet already existed and was refreshed. */
  refreshed: boolean;
  taskCount: number;
  /** Catalogue tasks new to the sheet. */
  added: string[];
  /** Tasks no longer in the catalogue, kept and marked "Đã rút khỏi kế hoạch". */
  retired: string[];
  /** Rows the planner added, kept. */
  plannerRows: string[];
  /** Cells where the planner's value differs from the plan and was kept. */
  kept: KeptEdit[];
  ownerCount: number;
  /** Problems reading the existing sheets (unreadable dates, error values…). */
  problems: Finding[];
}

/** A cell read back, written again as it was (an error value as its text). */
function asCellValue(cell: ReadCell): CellValue {
  return cell !== null && typeof cell === 'object' && 'error' in cell ? cell.error : cell;
}

function mergeOwners(onSheet: readonly Owner[], fromCatalogue: readonly Owner[]): Owner[] {
  const known = new Set(onSheet.map((o) => foldKey(o.name)));
  return [...onSheet, ...fromCatalogue.filter((o) => !known.has(foldKey(o.name)))];
}

export async function loadCatalogue(port: WorkbookPort, options: LoadOptions): Promise<LoadResult> {
  const { catalogue, settings, onProgress } = options;
  const { sheets, tasksTable, otherTable: ownersTable } = await readTasksAnd(port, { sheet: SHEETS.owners, table: TABLES.owners }, onProgress);

  step(onProgress, 0.3, 'Đang đối chiếu với kế hoạch…', 'Comparing with the plan…');
  const read = tasksTable ? readTasks(tasksTable, { readPhrase: phraseReader(catalogue, settings) }) : null;
  // Without its id or text column the sheet cannot be merged: stop rather than lose the planner's rows.
  const unreadable = read?.problems.find((p) => p.code === 'SHEET_COLUMN_MISSING');
  if (unreadable) throw new WorkbookError('table-missing', unreadable.message);
  const origins = new Map([...(read?.rows ?? new Map()).entries()].map(([id, ref]) => [id, ref.origin]));
  const merged = mergeCatalogue(catalogue, read?.tasks ?? [], origins);
  const ownersRead = ownersTable ? readOwners(ownersTable) : null;
  const owners = mergeOwners(ownersRead?.owners ?? [], options.owners);

  const extraColumns = (read?.extraColumns ?? []).map((extra) => ({
    header: extra.header,
    values: new Map([...extra.values].map(([id, cell]) => [id, asCellValue(cell)])),
  }));
  const specs = [
    tasksSheet({ plan: catalogue.plan, tasks: merged.tasks, settings, plannerRows: merged.plannerRows, extraColumns }),
    ownersSheet(catalogue.plan, owners, settings.asOf),
  ];
  assertWritable(sheets, specs);
  step(onProgress, 0.4, 'Đang ghi vào bảng tính…', 'Writing to the workbook…');
  await port.write({ sheets: specs, activate: { sheet: SHEETS.tasks, cell: 'A6' } }, writeProgress(onProgress, 0.4));
  step(onProgress, 1, 'Đã tải kế hoạch.', 'Plan loaded.');
  return {
    refreshed: tasksTable !== null,
    taskCount: merged.tasks.length,
    added: tasksTable ? merged.added : [],
    retired: merged.retired,
    plannerRows: [...merged.plannerRows],
    kept: merged.kept,
    ownerCount: owners.length,
    problems: [...(read?.problems ?? []), ...(ownersRead?.problems ?? [])],
  };
}
