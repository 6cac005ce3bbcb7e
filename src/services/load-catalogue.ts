/**
 * "Tải kế hoạch": writes the plan into the tasks and owners sheets and stores it in the workbook
 * (hidden sheet PT_Plan), or refreshes them when they exist, keeping everything the planner
 * entered (see ./merge.ts). A plan with another number than the one the workbook tracks is refused
 * (./plan-mismatch.ts) unless the caller asks to replace it (./replace-plan.ts). Reads once,
 * writes once.
 */
import { ownersForPlan, plan43 } from '../catalogues';
import type { Catalogue, Finding, Owner, PlanInfo, Settings } from '../core/model';
import { samePlan } from '../core/plan-identity';
import { foldKey } from '../core/text/normalize';
import { archiveSheetName } from '../layout/archive-sheet';
import { SHEETS, TABLES } from '../layout/names';
import { ownersSheet } from '../layout/owners-sheet';
import { planSheet } from '../layout/plan-sheet';
import { readOwners, readTasks, type ReadOwnersResult, type ReadTasksResult } from '../layout/readback';
import type { CellValue, SheetSpec } from '../layout/spec';
import { tasksSheet } from '../layout/tasks-sheet';
import type { TaskColumnKey } from '../layout/tasks-columns';
import type { ReadCell, TableRead } from '../layout/readback/table-read';
import { WorkbookError, type WorkbookPort } from '../workbook/port';
import { assertWritable, phraseReader, readWorkbook, step, writeProgress, type ServiceOptions } from './common';
import { mergeCatalogue, type KeptEdit, type MergeResult } from './merge';
import { PlanMismatchError } from './plan-mismatch';
import { replacementSheets, type ReplacementInput } from './replace-plan';
import { heldPlan } from './workbook-plan';

export interface LoadOptions extends ServiceOptions {
  /**
   * The plan to load. Absent: the plan the workbook tracks, refreshed (Plan 43 for a workbook
   * that tracks none yet).
   */
  catalogue?: Catalogue;
  /**
   * When the workbook tracks a plan with another number: true replaces it (its rows are kept, as
   * values, on a sheet of their own, then the new plan is written fresh); false or absent refuses
   * with a PlanMismatchError. Changes nothing when the numbers are the same.
   */
  replace?: boolean;
}

export interface LoadResult {
  /** The plan now in the workbook. */
  plan: PlanInfo;
  /** True when the tasks sheet already existed and was refreshed. */
  refreshed: boolean;
  /** The plan that was replaced and the sheet its rows were kept on; null when none was. */
  replaced: { plan: PlanInfo; sheet: string } | null;
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

function mergeOwners(onSheet: readonly Owner[], fromPlan: readonly Owner[]): Owner[] {
  const known = new Set(onSheet.map((o) => foldKey(o.name)));
  return [...onSheet, ...fromPlan.filter((o) => !known.has(foldKey(o.name)))];
}

/** What the load writes, whichever way it went. */
interface Outcome {
  specs: SheetSpec[];
  merged: MergeResult;
  owners: Owner[];
  problems: Finding[];
  replaced: LoadResult['replaced'];
}

const isBlankRow = (row: readonly CellValue[]) => row.every((cell) => cell === null || cell === '');

/**
 * The tasks table's rows where the sheet has them, so a table refreshed in place keeps each row
 * beside the planner's own cells: every task read goes back to its row, a row that was not read
 * (blank, or unreadable) is written back as it was, and tasks new to the plan go below.
 */
function inSheetRows(spec: SheetSpec, read: ReadTasksResult, table: TableRead): void {
  const target = spec.tables[0];
  const rows: CellValue[][] = table.rows.map((cells) =>
    target.columns.map((column) => {
      const index = read.columns.get(column.key as TaskColumnKey);
      return index === undefined ? null : asCellValue(cells[index] ?? null);
    }));
  read.rowOf.forEach((row, k) => { rows[row] = target.rows[k]; });
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
  target.rows = [...rows, ...target.rows.slice(read.tasks.length)];
}

/** The same plan again: merged into the sheets as they were edited (./merge.ts). */
function refresh(catalogue: Catalogue, settings: Settings, tasksTable: TableRead | null, ownersRead: ReadOwnersResult | null): Outcome {
  const read = tasksTable ? readTasks(tasksTable, { readPhrase: phraseReader(catalogue, settings) }) : null;
  // Without its id or text column the sheet cannot be merged: stop rather than lose the planner's rows.
  const unreadable = read?.problems.find((p) => p.code === 'SHEET_COLUMN_MISSING');
  if (unreadable) throw new WorkbookError('table-missing', unreadable.message);
  const origins = new Map([...(read?.rows ?? new Map()).entries()].map(([id, ref]) => [id, ref.origin]));
  const merged = mergeCatalogue(catalogue, read?.tasks ?? [], origins);
  const owners = mergeOwners(ownersRead?.owners ?? [], ownersForPlan(catalogue));
  const extraColumns = (read?.extraColumns ?? []).map((extra) => ({
    header: extra.header,
    values: new Map([...extra.values].map(([id, cell]) => [id, asCellValue(cell)])),
  }));
  const tasks = tasksSheet({ plan: catalogue.plan, tasks: merged.tasks, settings, plannerRows: merged.plannerRows, extraColumns });
  if (read && tasksTable) inSheetRows(tasks, read, tasksTable);
  return {
    specs: [
      tasks,
      ownersSheet(catalogue.plan, owners, settings.asOf),
      planSheet(catalogue),
    ],
    merged,
    owners,
    problems: [...(read?.problems ?? []), ...(ownersRead?.problems ?? [])],
    replaced: null,
  };
}

/** Another plan, replacing the one the workbook held (./replace-plan.ts). */
function replace(held: Catalogue, catalogue: Catalogue, settings: Settings, input: Omit<ReplacementInput, 'held' | 'catalogue' | 'asOf'>): Outcome {
  const { merged, owners, archive, history } = replacementSheets({ ...input, held, catalogue, asOf: settings.asOf });
  // The new plan's tasks are written fresh, not into the old plan's table: its rows and the
  // planner's columns beside them leave with it, onto the archive sheet, which is written first so
  // a write failing half-way has already kept them.
  const tasks = tasksSheet({ plan: catalogue.plan, tasks: merged.tasks, settings });
  tasks.tables = tasks.tables.map((table) => ({ ...table, inPlace: false }));
  return {
    specs: [
      ...[archive, history].filter((spec): spec is SheetSpec => spec !== null),
      tasks,
      ownersSheet(catalogue.plan, owners, settings.asOf),
      planSheet(catalogue),
    ],
    merged,
    owners,
    problems: [],
    replaced: archive ? { plan: held.plan, sheet: archive.name } : null,
  };
}

export async function loadCatalogue(port: WorkbookPort, options: LoadOptions): Promise<LoadResult> {
  const { settings, onProgress } = options;
  const others = [{ sheet: SHEETS.owners, table: TABLES.owners }, ...(options.replace ? [{ sheet: SHEETS.history, table: TABLES.history }] : [])];
  const { sheets, tasksTable, planTable, others: [ownersTable, historyTable = null] } = await readWorkbook(port, others, onProgress);
  const held = heldPlan(planTable, tasksTable !== null, options.catalogue);
  const catalogue = options.catalogue ?? held?.catalogue ?? plan43;
  const other = held !== null && !samePlan(held.catalogue.plan, catalogue.plan) ? held.catalogue : null;
  if (other && !options.replace) {
    throw new PlanMismatchError(other.plan, catalogue.plan, archiveSheetName(other.plan.number, sheets.map((s) => s.name)));
  }

  step(onProgress, 0.3, 'Đang đối chiếu với kế hoạch…', 'Comparing with the plan…');
  const ownersRead = ownersTable ? readOwners(ownersTable) : null;
  const outcome = other
    ? replace(other, catalogue, settings, { sheets, tasksTable, historyTable, ownersOnSheet: ownersRead?.owners ?? [] })
    : refresh(catalogue, settings, tasksTable, ownersRead);
  assertWritable(sheets, outcome.specs);
  step(onProgress, 0.4, 'Đang ghi vào bảng tính…', 'Writing to the workbook…');
  await port.write({ sheets: outcome.specs, activate: { sheet: SHEETS.tasks, cell: 'A6' } }, writeProgress(onProgress, 0.4));
  step(onProgress, 1, 'Đã tải kế hoạch.', 'Plan loaded.');
  const { merged } = outcome;
  const refreshed = tasksTable !== null && other === null;
  return {
    plan: catalogue.plan,
    refreshed,
    replaced: outcome.replaced,
    taskCount: merged.tasks.length,
    added: refreshed ? merged.added : [],
    retired: merged.retired,
    plannerRows: [...merged.plannerRows],
    kept: merged.kept,
    ownerCount: outcome.owners.length,
    problems: outcome.problems,
  };
}
