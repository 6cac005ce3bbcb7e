/** What the three services share: reading the add-in's tables, progress, ownership checks. */
import { readDeadline } from '../core/deadline';
import type { Catalogue, DeadlineWindow, Localized, PlanToCheck, Settings } from '../core/model';
import { SHEETS, TABLES } from '../layout/names';
import { sameSheetName } from '../layout/sheet-name';
import type { TableRead } from '../layout/readback/table-read';
import type { SheetSpec } from '../layout/spec';
import {
  workbookError,
  type ProgressListener,
  type SheetInfo,
  type TableRef,
  type WorkbookPort,
} from '../workbook/port';

export interface ServiceOptions {
  settings: Settings;
  onProgress?: ProgressListener;
}

/** Checking and summarising take the plan from the workbook; this is only for old workbooks. */
export interface CheckOptions extends ServiceOptions {
  /**
   * The plan of a workbook that stores none (written before plans were stored): Plan 43 unless
   * told. A workbook that stores its plan is always read against that plan.
   */
  legacyPlan?: Catalogue;
}

export function step(onProgress: ProgressListener | undefined, fraction: number, vi: string, en: string): void {
  onProgress?.({ fraction, step: { vi, en } });
}

/** Write progress (0–1) mapped into the last part of the command's bar. */
export function writeProgress(onProgress: ProgressListener | undefined, from: number): ProgressListener {
  return (report) => onProgress?.({ fraction: from + (1 - from) * report.fraction, step: report.step });
}

/**
 * The time-phrase reader for readback, with the plan's issue date and the "trước ngày" setting.
 * The same function for the same catalogue and setting, so a tasks table read with it is read
 * once (readTasks keeps what it read from an unchanging table by its phrase reader).
 */
export function phraseReader(catalogue: PlanToCheck, settings: Settings): (text: string) => DeadlineWindow {
  let readers = PHRASE_READERS.get(catalogue);
  if (!readers) {
    readers = new Map();
    PHRASE_READERS.set(catalogue, readers);
  }
  const { beforeDateExclusive } = settings;
  let reader = readers.get(beforeDateExclusive);
  if (!reader) {
    const { issued } = catalogue.plan;
    reader = (text) => readDeadline(text, { issued, beforeDateExclusive });
    readers.set(beforeDateExclusive, reader);
  }
  return reader;
}

const PHRASE_READERS = new WeakMap<PlanToCheck, Map<boolean, (text: string) => DeadlineWindow>>();

/**
 * Which table to read on one of the add-in's sheets: its stable name, or, when a planner renamed
 * it, the sheet's first table. Null when the sheet is absent or holds no table.
 */
export function tableRef(sheets: readonly SheetInfo[], sheet: string, table: string): TableRef | null {
  const info = sheets.find((s) => s.name === sheet);
  if (!info || info.tables.length === 0) return null;
  return info.tables.includes(table) ? { sheet, table } : { sheet };
}

/** Reads the given refs in one batch; null refs read as null. */
async function readAll(port: WorkbookPort, refs: (TableRef | null)[]): Promise<(TableRead | null)[]> {
  const present = refs.filter((ref): ref is TableRef => ref !== null);
  const read = present.length ? await port.readTables(present) : [];
  let next = 0;
  return refs.map((ref) => (ref === null ? null : (read[next++] ?? null)));
}

/**
 * The add-in rewrites only its own sheets: a sheet with a spec's name that holds none of the
 * spec's tables belongs to the planner, and the command stops rather than overwrite it. Names are
 * compared as Excel does, ignoring case (and Unicode normalisation): a sheet named like one of
 * the add-in's but spelled differently is the planner's too.
 */
export function assertWritable(sheets: readonly SheetInfo[], specs: readonly SheetSpec[]): void {
  for (const spec of specs) {
    const existing = sheets.find((s) => sameSheetName(s.name, spec.name));
    if (!existing) continue;
    // Spelled otherwise ("tổng quan", "TỔNG QUAN", decomposed): the planner's sheet, and Excel
    // could not add ours beside it. Stop before anything is written.
    if (existing.name !== spec.name) throw workbookError('sheet-name-taken', existing.name);
    const renamedOurs = (spec.name === SHEETS.tasks || spec.name === SHEETS.owners) && existing.tables.length > 0;
    const ours = spec.tables.some((t) => existing.tables.includes(t.name)) || renamedOurs;
    if (!ours) throw workbookError('sheet-name-taken', spec.name);
  }
}

export interface WorkbookRead {
  sheets: SheetInfo[];
  tasksTable: TableRead | null;
  /** The plan the workbook stores (hidden sheet PT_Plan); null in a workbook that stores none. */
  planTable: TableRead | null;
  /** The other tables asked for, in the order asked (null when absent). */
  others: (TableRead | null)[];
}

/**
 * What every command starts with: the sheet list and, in one batch, the tasks table, the stored
 * plan and the other tables of the add-in's the command needs (null when absent).
 */
export async function readWorkbook(
  port: WorkbookPort,
  others: readonly { sheet: string; table: string }[],
  onProgress: ProgressListener | undefined,
): Promise<WorkbookRead> {
  step(onProgress, 0.05, 'Đang đọc bảng tính…', 'Reading the workbook…');
  const sheets = await port.listSheets();
  const [tasksTable, planTable, ...rest] = await readAll(port, [
    tableRef(sheets, SHEETS.tasks, TABLES.tasks),
    tableRef(sheets, SHEETS.plan, TABLES.plan),
    ...others.map((other) => tableRef(sheets, other.sheet, other.table)),
  ]);
  return { sheets, tasksTable, planTable, others: rest };
}

export function tasksMissing(): Error {
  return workbookError('table-missing', `${TABLES.tasks} (${SHEETS.tasks})`);
}

export type { Localized };
