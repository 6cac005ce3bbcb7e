/**
 * Everything a write could trip over, looked at before the first change: a sheet named like one
 * of ours in another spelling, a table of ours on another sheet (a renamed sheet still holding
 * PT_Tasks), a protected sheet or workbook, a sheet a patch or mark needs that is gone. Read-only
 * syncs: 1, plus 1 for the shape of tables refreshed in place. A write that would fail on one of
 * these fails here, having changed nothing.
 */
import type { SheetSpec } from '../../layout/spec';
import { sameSheetName } from '../../layout/sheet-name';
import { WorkbookError, workbookError, type WriteRequest } from '../port';
import { OPERATION_BYTES, type Batcher } from './batch';

/** A table refreshed in place: the planner's formulas, filters, sorts and widths stay. */
export interface InPlaceTable {
  table: Excel.Table;
  /** Header texts as on the sheet (the planner may have moved or added columns). */
  headers: string[];
  /** Data rows now (a Total Row excluded). */
  rows: number;
}

export interface ExistingSheet {
  tables: Excel.Table[];
  charts: Excel.Chart[];
}

export interface WriteCheck {
  /** The request's sheets that exist, by name. */
  sheets: Map<string, ExistingSheet>;
  /** Tables refreshed in place, by table name. */
  inPlace: Map<string, InPlaceTable>;
}

/**
 * A sheet whose tables the layout marks `inPlace` (the planner's, the plan record) is refreshed in
 * place when they are all there; the add-in's report sheets are rewritten whole.
 */
export function refreshedInPlace(spec: SheetSpec, tablesOnSheet: readonly string[]): boolean {
  return spec.tables.length > 0 && spec.tables.every((t) => t.inPlace === true && tablesOnSheet.includes(t.name));
}

function tableElsewhere(table: string, sheet: string, onSheet: string): WorkbookError {
  return new WorkbookError('sheet-name-taken', {
    vi: `Bảng "${table}" của tiện ích đang nằm trên trang "${onSheet}" (có lẽ trang "${sheet}" đã được đổi tên). Hãy đổi tên trang đó lại thành "${sheet}" rồi thử lại; chưa có gì bị ghi.`,
    en: `The add-in's table "${table}" is on sheet "${onSheet}" (perhaps "${sheet}" was renamed). Rename that sheet back to "${sheet}" and try again; nothing was written.`,
  });
}

export async function checkBeforeWriting(context: Excel.RequestContext, batch: Batcher, request: WriteRequest): Promise<WriteCheck> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected,items/charts/items/name');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  const workbookProtection = context.workbook.protection;
  workbookProtection.load('protected');
  await batch.reserve(3 * OPERATION_BYTES);
  await batch.flush();

  const byName = new Map(worksheets.items.map((sheet) => [sheet.name, sheet]));
  const tablesOf = (sheet: string) => tables.items.filter((t) => t.worksheet.name === sheet);
  const written = new Set(request.sheets.map((s) => s.name));
  for (const spec of request.sheets) {
    // Excel refuses a second sheet whose name differs only in case: a planner's "tổng quan" blocks "Tổng quan".
    const taken = worksheets.items.find((s) => s.name !== spec.name && sameSheetName(s.name, spec.name));
    if (taken) throw workbookError('sheet-name-taken', taken.name);
    for (const table of spec.tables) {
      const other = tables.items.find((t) => t.name.toLowerCase() === table.name.toLowerCase() && t.worksheet.name !== spec.name);
      if (other && !written.has(other.worksheet.name)) throw tableElsewhere(table.name, spec.name, other.worksheet.name);
    }
    const sheet = byName.get(spec.name);
    if (!sheet) {
      if (workbookProtection.protected) throw workbookError('sheet-protected', spec.name);
    } else if (sheet.protection.protected) {
      throw workbookError('sheet-protected', spec.name);
    }
  }
  for (const name of [...(request.patches ?? []), ...(request.marks ?? [])].map((p) => p.sheet)) {
    if (written.has(name)) continue;
    const sheet = byName.get(name);
    if (!sheet) throw workbookError('sheet-missing', name);
    if (sheet.protection.protected) throw workbookError('sheet-protected', name);
  }

  const sheets = new Map<string, ExistingSheet>();
  const shapes: { name: string; table: Excel.Table; header: Excel.Range; body: Excel.Range }[] = [];
  for (const spec of request.sheets) {
    const sheet = byName.get(spec.name);
    if (!sheet) continue;
    const onSheet = tablesOf(spec.name);
    sheets.set(spec.name, { tables: onSheet, charts: sheet.charts.items });
    if (!refreshedInPlace(spec, onSheet.map((t) => t.name))) continue;
    for (const table of onSheet.filter((t) => spec.tables.some((s) => s.name === t.name))) {
      const header = table.getHeaderRowRange();
      header.load('values');
      const body = table.getDataBodyRange();
      body.load('rowCount');
      shapes.push({ name: table.name, table, header, body });
    }
  }
  const inPlace = new Map<string, InPlaceTable>();
  if (shapes.length) {
    await batch.reserve(shapes.length * 2 * OPERATION_BYTES);
    await batch.flush();
    for (const shape of shapes) {
      inPlace.set(shape.name, { table: shape.table, headers: (shape.header.values[0] ?? []).map((h) => String(h ?? '')), rows: shape.body.rowCount });
    }
  }
  return { sheets, inPlace };
}
