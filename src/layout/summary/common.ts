/** What every summary sheet shares: title, "Tính đến ngày …", print setup, table helpers. */
import { formatVietnameseDate } from '../../core/dates';
import type { IsoDate, PlanInfo } from '../../core/model';
import type { TaskRef } from '../../core/summary';
import { printSetup } from '../print';
import { NUMBER_FORMATS, type CellValue, type ColumnSpec, type SheetSpec, type TableSpec, type TextBlock } from '../spec';
import { OWNER_SEPARATOR } from '../tasks-columns';

export interface SummaryContext {
  plan: PlanInfo;
  asOf: IsoDate;
}

export function titleBlocks(context: SummaryContext, title: string): TextBlock[] {
  return [
    { row: 1, column: 1, cells: [`Kế hoạch ${context.plan.number} — ${title}`], style: 'title' },
    { row: 2, column: 1, cells: [`Tính đến ngày ${formatVietnameseDate(context.asOf)}`], style: 'subtitle' },
  ];
}

export function textColumn(key: string, header: string, width: number, wrap = false): ColumnSpec {
  return { key, header, width, numberFormat: NUMBER_FORMATS.text, ...(wrap ? { wrap } : {}) };
}

export function numberColumn(key: string, header: string, width = 11): ColumnSpec {
  return { key, header, width, numberFormat: NUMBER_FORMATS.integer };
}

export function percentColumn(key: string, header: string, width = 11): ColumnSpec {
  return { key, header, width, numberFormat: NUMBER_FORMATS.percent };
}

export function dateColumn(key: string, header: string, width = 12): ColumnSpec {
  return { key, header, width, numberFormat: NUMBER_FORMATS.date };
}

/** Columns every task list starts with. */
export const TASK_REF_COLUMNS: ColumnSpec[] = [
  numberColumn('no', 'STT', 6),
  textColumn('id', 'Mã NV', 12),
  textColumn('text', 'Nội dung nhiệm vụ', 60, true),
  textColumn('lead', 'Cơ quan chủ trì', 28, true),
  textColumn('deadlineText', 'Thời gian thực hiện', 22, true),
];

export function taskRefCells(ref: TaskRef, index: number): CellValue[] {
  return [index + 1, ref.id, ref.text, ref.lead.join(OWNER_SEPARATOR), ref.deadlineText];
}

/** Percent (0–100, as the core reports) → the fraction a '0.0%' cell holds. */
export function fraction(percent: number): number {
  return Math.round(percent * 10) / 1000;
}

export function table(name: string, headerRow: number, columns: ColumnSpec[], rows: CellValue[][]): TableSpec {
  return { name, headerRow, firstColumn: 1, columns, rows, spareRows: 0 };
}

/** A plain list sheet: title, as-of line, a note, one table from row 4; frozen header; printable. */
export function listSheet(
  context: SummaryContext,
  name: string,
  title: string,
  note: string,
  tableSpec: Omit<TableSpec, 'headerRow' | 'firstColumn' | 'spareRows'>,
  extra: Partial<Pick<SheetSpec, 'conditionalFormats' | 'fills' | 'tabColour'>> = {},
): SheetSpec {
  const headerRow = 4;
  return {
    name,
    owned: true,
    ...(extra.tabColour ? { tabColour: extra.tabColour } : {}),
    blocks: [...titleBlocks(context, title), { row: 3, column: 1, cells: [note], style: 'note' }],
    tables: [{ ...tableSpec, headerRow, firstColumn: 1, spareRows: 0 }],
    conditionalFormats: extra.conditionalFormats ?? [],
    fills: extra.fills ?? [],
    freeze: { rows: headerRow, columns: 0 },
    print: printSetup(context.plan, context.asOf, headerRow),
    charts: [],
  };
}
