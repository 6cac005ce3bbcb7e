/**
 * "Lịch sử": one snapshot per report date (JSON of every task's status), so the overview can say
 * what changed since the last meeting. A snapshot longer than one cell holds (Excel: 32,767
 * characters) continues on the next rows, numbered by "Phần".
 */
import type { PlanInfo, Status } from '../../core/model';
import { DONE_STATUSES, STATUS_LABELS, STATUS_ORDER } from '../../core/status';
import type { Snapshot } from '../../core/summary';
import { SHEETS, TABLES } from '../names';
import { printArea, printSetup } from '../print';
import type { CellValue, SheetSpec } from '../spec';
import { CELL_TEXT_CHUNK, splitText } from '../text-chunks';
import { dateColumn, numberColumn, table, textColumn } from './common';

/** Characters of JSON per cell (see ../text-chunks.ts). */
export const HISTORY_CHUNK = CELL_TEXT_CHUNK;
export const HISTORY_HEADER_ROW = 4;

/** The statuses counted in their own column, in report order (the core's one list). */
const COUNTED_STATUSES: readonly Status[] = STATUS_ORDER;

export const HISTORY_COLUMNS = [
  dateColumn('asOf', 'Ngày báo cáo'),
  numberColumn('part', 'Phần', 7),
  numberColumn('total', 'Số nhiệm vụ'),
  numberColumn('done', 'Đã hoàn thành'),
  // Keyed by status, so a record's counts are found by what they count, not by position.
  ...COUNTED_STATUSES.map((status) => numberColumn(status, STATUS_LABELS[status].vi, 10)),
  // Last, so the print area (every column before it) leaves it out.
  textColumn('data', 'Dữ liệu (JSON)', 80),
];

function historyRows(snapshot: Snapshot): CellValue[][] {
  const json = JSON.stringify(snapshot);
  const statuses = Object.values(snapshot.statuses);
  const count = (status: Status) => statuses.filter((s) => s === status).length;
  const done = statuses.filter((s) => DONE_STATUSES.has(s)).length;
  return splitText(json, HISTORY_CHUNK).map((part, i) => [
    { date: snapshot.asOf },
    i + 1,
    i === 0 ? statuses.length : null,
    i === 0 ? done : null,
    ...COUNTED_STATUSES.map((status) => (i === 0 ? count(status) : null)),
    part,
  ]);
}

/** The history sheet with these snapshots, oldest first. */
export function historySheet(plan: PlanInfo, snapshots: readonly Snapshot[]): SheetSpec {
  const ordered = [...snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const rows = ordered.flatMap(historyRows);
  return {
    name: SHEETS.history,
    owned: true,
    blocks: [
      { row: 1, column: 1, cells: [`Kế hoạch ${plan.number} — Lịch sử các lần lập báo cáo`], style: 'title' },
      // Two short lines: the print stops before the JSON column, and a longer note would be cut there.
      { row: 2, column: 1, cells: ['Mỗi ngày báo cáo giữ một bản ghi; báo cáo lại cùng ngày thì thay bản ghi đó.'], style: 'note' },
      { row: 3, column: 1, cells: ['Cột Dữ liệu (JSON) ở cuối bảng, không in: tiện ích đọc lại cột này, không sửa.'], style: 'note' },
    ],
    tables: [table(TABLES.history, HISTORY_HEADER_ROW, HISTORY_COLUMNS, rows)],
    conditionalFormats: [],
    fills: [],
    freeze: { rows: HISTORY_HEADER_ROW, columns: 0 },
    // On paper: one short line of counts per report; the JSON column (last) is for the add-in only.
    print: printSetup(plan, ordered.at(-1)?.asOf ?? null, HISTORY_HEADER_ROW, printArea(HISTORY_HEADER_ROW + Math.max(rows.length, 1), HISTORY_COLUMNS.length - 1)),
    charts: [],
  };
}
