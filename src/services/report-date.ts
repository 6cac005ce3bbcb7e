/**
 * What the report date shows on the sheets "Lập báo cáo" does not rewrite: the date and due-soon
 * cells of "Nhiệm vụ" (its colour rules compare with them) and the "Tính đến ngày …" page header
 * of "Nhiệm vụ" and "Đơn vị". A report for a new date refreshes them, so no printed page carries
 * the old date.
 */
import type { IsoDate, PlanInfo, Settings } from '../core/model';
import { cellA1, parseCell } from '../layout/a1';
import { SHEETS, TABLES, TASKS_SHEET_CELLS } from '../layout/names';
import { printSetup } from '../layout/print';
import type { TableRead } from '../layout/readback/table-read';
import type { PageHeaderPatch, RangePatch, SheetInfo } from '../workbook/port';

/**
 * The report date and due-soon window on "Nhiệm vụ". Only where the add-in put them: the tasks
 * table on its own sheet with its header row where the layout left it (rows inserted above would
 * have moved the cells, and a cell there may now be the planner's).
 */
export function reportDatePatches(tasksTable: TableRead, settings: Settings): RangePatch[] {
  if (tasksTable.sheet !== SHEETS.tasks || tasksTable.headerRow !== TASKS_SHEET_CELLS.headerRow || tasksTable.firstColumn !== 1) return [];
  const cell = (address: string, value: RangePatch['values'][number][number]): RangePatch => {
    const { row, column } = parseCell(address);
    return { sheet: tasksTable.sheet, topLeft: cellA1(row, column), values: [[value]] };
  };
  return [cell(TASKS_SHEET_CELLS.asOf, { date: settings.asOf }), cell(TASKS_SHEET_CELLS.dueSoonDays, settings.dueSoonDays)];
}

/** The page header for `asOf` on the tasks sheet and, when it is the add-in's, "Đơn vị". */
export function reportDateHeaders(sheets: readonly SheetInfo[], tasksTable: TableRead, plan: PlanInfo, asOf: IsoDate): PageHeaderPatch[] {
  const header = printSetup(plan, asOf, null).header;
  const owners = sheets.find((sheet) => sheet.name === SHEETS.owners && sheet.tables.includes(TABLES.owners));
  return [{ sheet: tasksTable.sheet, header }, ...(owners ? [{ sheet: owners.name, header }] : [])];
}
