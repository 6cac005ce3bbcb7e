/**
 * Which plan a workbook tracks. Every command takes it from the workbook: the catalogue stored on
 * the hidden sheet PT_Plan by "Tải kế hoạch". A workbook with a tasks table but no stored plan was
 * written before plans were stored, when every workbook was Plan 43: it is Plan 43. A workbook
 * with neither tracks no plan yet.
 */
import { plan43 } from '../catalogues';
import type { Catalogue, PlanToCheck } from '../core/model';
import { samePlan } from '../core/plan-identity';
import { SHEETS, TABLES } from '../layout/names';
import { readPlanRecord, readPlanToCheck } from '../layout/readback';
import type { TableRead } from '../layout/readback/table-read';
import { workbookError, type WorkbookPort } from '../workbook/port';
import { tableRef } from './common';

export interface HeldPlan {
  catalogue: Catalogue;
  /** False for a workbook written before plans were stored (taken as Plan 43). */
  stored: boolean;
}

/**
 * The plan of a workbook from its plan record and whether it has a tasks table. A damaged record
 * stops the command, unless `repairWith` is the plan it names: loading that plan again rewrites it.
 */
export function heldPlan(planTable: TableRead | null, hasTasks: boolean, repairWith?: Catalogue): HeldPlan | null {
  if (planTable) {
    const record = readPlanRecord(planTable);
    if (record.catalogue) return { catalogue: record.catalogue, stored: true };
    if (repairWith && record.number !== null && samePlan({ number: record.number }, repairWith.plan)) return { catalogue: repairWith, stored: true };
    throw workbookError('plan-unreadable', record.number ?? undefined);
  }
  return hasTasks ? { catalogue: plan43, stored: false } : null;
}

/**
 * The plan a command checks or summarises a workbook against: the one it stores, without its tasks'
 * wording (PlanToCheck); for a workbook written before plans were stored, `legacyPlan` (Plan 43
 * unless told). A damaged record stops the command, as in heldPlan.
 */
export function planToCheck(planTable: TableRead | null, legacyPlan: Catalogue | undefined): PlanToCheck {
  if (!planTable) return legacyPlan ?? plan43;
  const record = readPlanToCheck(planTable);
  if (record.plan) return record.plan;
  throw workbookError('plan-unreadable', record.number ?? undefined);
}

/** The plan of a workbook, read on its own (the pane shows it before any command runs). */
export async function readWorkbookPlan(port: WorkbookPort): Promise<HeldPlan | null> {
  const sheets = await port.listSheets();
  const ref = tableRef(sheets, SHEETS.plan, TABLES.plan);
  const [planTable] = ref ? await port.readTables([ref]) : [null];
  return heldPlan(planTable ?? null, tableRef(sheets, SHEETS.tasks, TABLES.tasks) !== null);
}
