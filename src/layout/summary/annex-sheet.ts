/**
 * "Phụ lục": the annex planners bring to a meeting, print-ready — the issuing body, the title with
 * the report number left blank, then every task under the plan's headings (or its lead body) with
 * the planner's result and the status. Times New Roman, A4 landscape, the header row repeated on
 * every page; row heights follow the text so nothing is cut in print.
 */
import { formatVietnameseDate } from '../../core/dates';
import { STATUS_LABELS } from '../../core/status';
import type { Annex } from '../../core/summary';
import { rangeA1 } from '../a1';
import { COLOURS, SHEETS, TABLES } from '../names';
import { printArea, printSetup } from '../print';
import type { CellValue, ColumnSpec, ConditionalFormatSpec, FillSpec, SheetSpec, TextBlock } from '../spec';
import { OWNER_SEPARATOR } from '../tasks-columns';
import { numberColumn, table, textColumn } from './common';

/** The typeface of Vietnamese administrative documents (Decree 30/2020/NĐ-CP). */
export const OFFICIAL_FONT = 'Times New Roman';

export const ANNEX_COLUMNS: ColumnSpec[] = [
  { ...numberColumn('no', 'STT', 6), wrap: true },
  textColumn('content', 'Nội dung nhiệm vụ', 48, true),
  textColumn('lead', 'Cơ quan chủ trì', 20, true),
  textColumn('support', 'Cơ quan phối hợp', 18, true),
  textColumn('deadline', 'Thời hạn', 14, true),
  textColumn('result', 'Kết quả thực hiện', 30, true),
  textColumn('status', 'Tình trạng', 14, true),
  textColumn('note', 'Ghi chú', 12, true),
];

const HEADER_ROW = 8;

export function annexCells(annex: Annex): CellValue[][] {
  return annex.rows.map((row): CellValue[] => row.kind === 'heading'
    ? [row.marker, row.title, null, null, null, null, null, null]
    : [row.no, row.content, row.lead.join(OWNER_SEPARATOR), row.support.join(OWNER_SEPARATOR), row.deadlineText, row.result, row.statusLabel, row.note]);
}

function statusFormats(first: number, last: number): ConditionalFormatSpec[] {
  const range = `G${first}:G${last}`;
  const is = (status: keyof typeof STATUS_LABELS) => `$G${first}="${STATUS_LABELS[status].vi}"`;
  return [
    { range, formula: `=${is('overdue')}`, fill: COLOURS.overdue, fontColour: COLOURS.overdueFont, stopIfTrue: true },
    { range, formula: `=OR(${is('done-on-time')},${is('done-late')})`, fill: COLOURS.done, fontColour: COLOURS.doneFont, stopIfTrue: true },
    { range, formula: `=${is('paused')}`, fill: COLOURS.notStarted, stopIfTrue: true },
  ];
}

export function annexSheet(annex: Annex): SheetSpec {
  const width = ANNEX_COLUMNS.length;
  const rows = annexCells(annex);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(rows.length, 1);
  const centred = (row: number, text: string, style: TextBlock['style']): TextBlock => ({ row, column: 1, cells: [text], style, mergeAcross: width, align: 'center' });
  const groupFills: FillSpec[] = [];
  annex.rows.forEach((row, i) => {
    if (row.kind === 'heading') groupFills.push({ range: rangeA1(first + i, 1, first + i, width), fill: COLOURS.group, bold: true });
  });
  return {
    name: SHEETS.annex,
    owned: true,
    font: OFFICIAL_FONT,
    blocks: [
      { row: 1, column: 1, cells: [annex.plan.issuer.toUpperCase()], style: 'official', mergeAcross: 2, align: 'center' },
      centred(2, 'PHỤ LỤC', 'official'),
      centred(3, annex.title, 'official'),
      centred(4, annex.subtitle, 'paragraph'),
      centred(5, annex.attachedTo, 'note'),
      centred(6, `Số liệu tính đến ngày ${formatVietnameseDate(annex.asOf)}`, 'note'),
    ],
    tables: [table(TABLES.annex, HEADER_ROW, ANNEX_COLUMNS, rows)],
    conditionalFormats: statusFormats(first, last),
    fills: groupFills,
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: printSetup(annex.plan, annex.asOf, HEADER_ROW, printArea(last, width)),
    charts: [],
  };
}
