/**
 * "PT_Plan", hidden: the plan the workbook tracks, kept in the workbook itself, so that every
 * command (pane, ribbon, command line) takes the plan from the workbook it works on and a workbook
 * reopened later is checked against its own plan. Table PT_PlanRecord: one row per identity field
 * (number, issue date, issuer, title, source file), then the catalogue as loaded, as catalogue
 * JSON (docs/catalogue-format.md) over as many rows as it needs ("Phần" 1, 2, …), since a cell
 * holds at most 32,767 characters. Read back by ./readback/read-plan.ts.
 */
import { compactCataloguePieces } from '../core/catalogue';
import { formatVietnameseDate, isIsoDate } from '../core/dates';
import type { Catalogue } from '../core/model';
import { SHEETS, TABLES } from './names';
import { NUMBER_FORMATS, type CellValue, type ColumnSpec, type SheetSpec } from './spec';
import { splitPieces } from './text-chunks';

export const PLAN_HEADER_ROW = 4;

export type PlanRecordKey = 'number' | 'issued' | 'issuer' | 'title' | 'source' | 'catalogue';

/** What each row holds, in the planner's words (the key column is what the add-in reads). */
export const PLAN_RECORD_LABELS: Record<PlanRecordKey, string> = {
  number: 'Số kế hoạch',
  issued: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  title: 'Trích yếu',
  source: 'Tệp nguồn',
  catalogue: 'Danh mục nhiệm vụ (JSON)',
};

export const PLAN_COLUMNS: readonly ColumnSpec[] = [
  { key: 'key', header: 'Khóa', width: 12, numberFormat: NUMBER_FORMATS.text },
  { key: 'label', header: 'Nội dung', width: 26, numberFormat: NUMBER_FORMATS.text },
  { key: 'part', header: 'Phần', width: 7, numberFormat: NUMBER_FORMATS.integer },
  // Text format: "43/2018" or a part starting with "-" must never become a date, number or formula.
  { key: 'value', header: 'Giá trị', width: 100, numberFormat: NUMBER_FORMATS.text },
];

/**
 * The catalogue as one line of JSON. "_x" is written "\u005fx" (the same JSON value): the .xlsx
 * format reads "_xHHHH_" in a cell as an escaped character, which would change the text.
 */
export function storedCatalogueText(catalogue: Catalogue): string {
  return [...storedPieces(catalogue)].join('');
}

/**
 * storedCatalogueText a task at a time. Each piece is escaped on its own: a piece ends with "[",
 * "," or "}", never inside an "_x", so no "_x" is split between two pieces.
 */
function* storedPieces(catalogue: Catalogue): Generator<string> {
  for (const piece of compactCataloguePieces(catalogue)) yield piece.includes('_x') ? piece.split('_x').join('\\u005fx') : piece;
}

function row(key: PlanRecordKey, part: number, value: string): CellValue[] {
  return [key, PLAN_RECORD_LABELS[key], part, value || null];
}

export function planSheet(catalogue: Catalogue): SheetSpec {
  const { plan } = catalogue;
  // Cut a task at a time: never the whole JSON as one string (see compactCataloguePieces).
  const parts = splitPieces(storedPieces(catalogue));
  return {
    name: SHEETS.plan,
    owned: true,
    hidden: true,
    blocks: [
      { row: 1, column: 1, cells: [`Kế hoạch ${plan.number} — kế hoạch sổ tính này theo dõi`], style: 'title' },
      {
        row: 2, column: 1, style: 'note',
        cells: ['Trang ẩn do tiện ích ghi: mọi lệnh lấy kế hoạch từ đây. Đừng sửa; muốn đổi kế hoạch, dùng "Nhập kế hoạch khác…".'],
      },
    ],
    tables: [{
      name: TABLES.plan,
      headerRow: PLAN_HEADER_ROW,
      firstColumn: 1,
      columns: [...PLAN_COLUMNS],
      rows: [
        row('number', 1, plan.number),
        row('issued', 1, isIsoDate(plan.issued) ? formatVietnameseDate(plan.issued) : plan.issued),
        row('issuer', 1, plan.issuer),
        row('title', 1, plan.title),
        row('source', 1, plan.source ?? ''),
        ...parts.map((part, i) => row('catalogue', i + 1, part)),
      ],
      spareRows: 0,
      inPlace: true,
    }],
    conditionalFormats: [],
    fills: [],
    freeze: null,
    // Never printed: a hidden sheet does not print, and this one is for the add-in.
    print: null,
    charts: [],
  };
}
