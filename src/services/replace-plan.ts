/**
 * Replacing the plan a workbook tracks by another (LoadOptions.replace). Nothing of the old plan
 * is marked withdrawn or dropped: its tasks table, and its history of reports (snapshots of the
 * old tasks, meaningless beside the new ones), are copied as values onto a sheet of their own;
 * then the new plan is written fresh: all its tasks, an empty history, and on "Đơn vị" the new
 * plan's bodies plus those the planner added (the old plan's own bodies leave with it).
 */
import { ownersForPlan } from '../catalogues';
import type { Catalogue, IsoDate, Owner } from '../core/model';
import { ownerKey } from '../core/owners';
import { archiveSheet, archiveSheetName } from '../layout/archive-sheet';
import { historySheet } from '../layout/summary/history-sheet';
import type { SheetSpec } from '../layout/spec';
import type { TableRead } from '../layout/readback/table-read';
import type { SheetInfo } from '../workbook/port';
import { mergeCatalogue, type MergeResult } from './merge';

export interface ReplacementInput {
  /** The plan the workbook tracked, and the one replacing it. */
  held: Catalogue;
  catalogue: Catalogue;
  asOf: IsoDate;
  sheets: readonly SheetInfo[];
  tasksTable: TableRead | null;
  historyTable: TableRead | null;
  /** "Đơn vị" as the planner left it. */
  ownersOnSheet: readonly Owner[];
}

export interface Replacement {
  /** The new plan's tasks, all fresh. */
  merged: MergeResult;
  owners: Owner[];
  /** The sheet keeping the old rows (null when there were none), and the history emptied. */
  archive: SheetSpec | null;
  history: SheetSpec | null;
}

/** Bodies on the sheet that are not among the old plan's: the planner added them, so they stay. */
function addedByPlanner(onSheet: readonly Owner[], held: Catalogue): Owner[] {
  const oldKeys = new Set(ownersForPlan(held).flatMap((o) => [o.name, ...o.aliases, ...o.abbreviations]).map(ownerKey));
  return onSheet.filter((owner) => !oldKeys.has(ownerKey(owner.name)));
}

export function replacementSheets(input: ReplacementInput): Replacement {
  const { held, catalogue } = input;
  const tables = [input.tasksTable, input.historyTable].filter((t): t is TableRead => t !== null);
  const archive = tables.length === 0
    ? null
    : archiveSheet({ name: archiveSheetName(held.plan.number, input.sheets.map((s) => s.name)), plan: held.plan, replacedBy: catalogue.plan, asOf: input.asOf, tables });
  const fromPlan = ownersForPlan(catalogue);
  const known = new Set(fromPlan.map((o) => ownerKey(o.name)));
  const owners = [...fromPlan, ...addedByPlanner(input.ownersOnSheet, held).filter((o) => !known.has(ownerKey(o.name)))];
  return {
    merged: mergeCatalogue(catalogue, [], new Map()),
    owners,
    archive,
    history: input.historyTable ? historySheet(catalogue.plan, []) : null,
  };
}
