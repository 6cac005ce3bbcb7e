/**
 * When a workbook's plan is replaced by another, the old plan's rows are not marked withdrawn nor
 * dropped: they are copied, as values, onto a sheet of their own ("Nhiệm vụ (43-KH-TU)") before
 * the new plan is written. The tables copied are the tasks and, when there is one, the history of
 * reports. The add-in writes that sheet once and never reads or rewrites it.
 */
import { formatVietnameseDate } from '../core/dates';
import type { IsoDate, PlanInfo } from '../core/model';
import { asciiKey } from '../core/text/normalize';
import type { ReadCell, TableRead } from './readback/table-read';
import { printSetup } from './print';
import { sameSheetName } from './sheet-name';
import { NUMBER_FORMATS, type CellValue, type ColumnSpec, type SheetSpec, type TableSpec } from './spec';
import { TASK_COLUMNS } from './tasks-columns';

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;
/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/g;
const FIRST_TABLE_ROW = 4;

/**
 * "Nhiệm vụ (43-KH-TU)": the plan number made fit for a sheet name ("/" is refused), shortened
 * to Excel's 31 characters, and numbered (" 2", " 3" …) when a sheet already has the name.
 */
export function archiveSheetName(planNumber: string, taken: readonly string[]): string {
  const number = planNumber.normalize('NFC').replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim() || '?';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` ${n}`;
    const room = MAX_SHEET_NAME - 'Nhiệm vụ ()'.length - suffix.length;
    const name = `Nhiệm vụ (${number.slice(0, room)})${suffix}`;
    if (!taken.some((sheet) => sameSheetName(sheet, name))) return name;
  }
}

/** A cell read back, written again as it was (an error value as its text). */
function asCellValue(cell: ReadCell): CellValue {
  return cell !== null && typeof cell === 'object' && 'error' in cell ? cell.error : cell;
}

const isDate = (cell: ReadCell) => cell !== null && typeof cell === 'object' && 'date' in cell;

/**
 * Column c of the copy: a tasks-sheet column keeps its width and wrapping; dates stay dates and
 * text stays text ("1.2" or "43/2018" must not turn into a number or a date).
 */
function columnOf(table: TableRead, c: number): ColumnSpec {
  const header = table.headers[c] || `Cột ${c + 1}`;
  const known = TASK_COLUMNS.find((column) => column.header === header);
  const cells = table.rows.map((row) => row[c] ?? null);
  const numberFormat = cells.some(isDate)
    ? NUMBER_FORMATS.date
    : cells.some((cell) => typeof cell === 'string') ? NUMBER_FORMATS.text : NUMBER_FORMATS.general;
  return { key: `c${c + 1}`, header, width: known?.width ?? 16, numberFormat, ...(known?.wrap ? { wrap: true } : {}) };
}

/** Table names are unique in a workbook: derived from the (unique) sheet name. */
function tableName(sheetName: string, index: number): string {
  return `PT_Old_${asciiKey(sheetName).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}_${index + 1}`;
}

export interface ArchiveSheetInput {
  name: string;
  /** The plan the rows belong to. */
  plan: PlanInfo;
  /** The plan that replaced it, and the report date of that load. */
  replacedBy: PlanInfo;
  asOf: IsoDate;
  /** The tables copied, in order (tasks first). */
  tables: readonly TableRead[];
}

export function archiveSheet({ name, plan, replacedBy, asOf, tables }: ArchiveSheetInput): SheetSpec {
  let row = FIRST_TABLE_ROW;
  const specs: TableSpec[] = tables.map((table, index) => {
    const spec: TableSpec = {
      name: tableName(name, index),
      headerRow: row,
      firstColumn: 1,
      columns: table.headers.map((_, c) => columnOf(table, c)),
      rows: table.rows.map((cells) => cells.map(asCellValue)),
      spareRows: 0,
    };
    // An empty table still takes one row in Excel; leave one blank row between tables.
    row += 1 + Math.max(table.rows.length, 1) + 1;
    return spec;
  });
  return {
    name,
    owned: true,
    blocks: [
      { row: 1, column: 1, cells: [`Kế hoạch ${plan.number} — các nhiệm vụ đã theo dõi (bản lưu)`], style: 'title' },
      {
        row: 2, column: 1, style: 'note',
        cells: [
          `Bản sao giá trị các dòng của Kế hoạch ${plan.number} khi sổ tính chuyển sang theo dõi Kế hoạch ${replacedBy.number} ` +
            `(tính đến ngày ${formatVietnameseDate(asOf)}). Tiện ích không đọc và không ghi lại trang này.`,
        ],
      },
    ],
    tables: specs,
    conditionalFormats: [],
    fills: [],
    freeze: null,
    print: printSetup(plan, null, null),
    charts: [],
  };
}
