/** The owner registry sheet "Đơn vị" (PT_Owners): planner-editable names, short forms, aliases. */
import type { IsoDate, Owner, PlanInfo } from '../core/model';
import { printSetup } from './print';
import { SHEETS, TABLES } from './names';
import { NUMBER_FORMATS, type ColumnSpec, type SheetSpec } from './spec';

export const OWNERS_HEADER_ROW = 4;
/** The names column as a dropdown source for the lead/support columns (absolute, on "Đơn vị"). */
export const OWNERS_LIST_RANGE = `$A$${OWNERS_HEADER_ROW + 1}:$A$2000`;

/** Several abbreviations or aliases in one cell are separated by this. */
export const LIST_SEPARATOR = '; ';

export type OwnerColumnKey = 'name' | 'abbreviations' | 'aliases' | 'collective' | 'id';

export interface OwnerColumn extends ColumnSpec {
  key: OwnerColumnKey;
  aliases: string[];
}

export const YES = 'Có';

export const OWNER_COLUMNS: readonly OwnerColumn[] = [
  { key: 'name', header: 'Tên cơ quan, đơn vị', width: 45, numberFormat: NUMBER_FORMATS.text, wrap: true, aliases: ['Tên', 'Cơ quan', 'Name'] },
  { key: 'abbreviations', header: 'Viết tắt', width: 20, numberFormat: NUMBER_FORMATS.text, wrap: true, aliases: ['Tên viết tắt', 'Abbreviations'] },
  { key: 'aliases', header: 'Tên gọi khác', width: 45, numberFormat: NUMBER_FORMATS.text, wrap: true, aliases: ['Tên khác', 'Aliases'] },
  {
    key: 'collective', header: 'Tập thể (nhiều cơ quan)', width: 14, numberFormat: NUMBER_FORMATS.text, aliases: ['Tập thể', 'Collective'],
    validation: { kind: 'values', values: [YES, 'Không'], strict: false },
  },
  { key: 'id', header: 'Mã', width: 28, numberFormat: NUMBER_FORMATS.text, aliases: ['Id'] },
];

/**
 * `asOf` (the report date) goes into the printed page header; without it the header shows the plan
 * number only.
 */
export function ownersSheet(plan: PlanInfo, owners: readonly Owner[], asOf?: IsoDate): SheetSpec {
  return {
    name: SHEETS.owners,
    owned: true,
    blocks: [
      { row: 1, column: 1, cells: [`Kế hoạch ${plan.number} — Danh sách cơ quan, đơn vị`], style: 'title' },
      {
        row: 2, column: 1, style: 'note',
        cells: ['Có thể thêm, sửa tên, viết tắt, tên gọi khác (cách nhau bằng dấu ;). Danh sách này dùng cho ô chọn Chủ trì / Phối hợp và cho bước Kiểm tra.'],
      },
    ],
    tables: [{
      name: TABLES.owners,
      headerRow: OWNERS_HEADER_ROW,
      firstColumn: 1,
      columns: [...OWNER_COLUMNS],
      rows: owners.map((owner) => [
        owner.name,
        owner.abbreviations.join(LIST_SEPARATOR) || null,
        owner.aliases.join(LIST_SEPARATOR) || null,
        owner.collective ? YES : null,
        owner.id,
      ]),
      spareRows: 100,
      inPlace: true,
    }],
    conditionalFormats: [],
    fills: [],
    freeze: { rows: OWNERS_HEADER_ROW, columns: 0 },
    print: printSetup(plan, asOf ?? null, OWNERS_HEADER_ROW),
    charts: [],
  };
}
