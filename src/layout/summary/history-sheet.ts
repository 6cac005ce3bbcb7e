/**
 * "Lịch sử": one snapshot per report date (JSON of every task's status), so the overview can say
 * what changed since the last meeting. A snapshot longer than one cell holds (Excel: 32,767
 * characters) continues on the next rows, numbered by "Phần".
 */
import type { PlanInfo } from '../../core/model';
import type { Snapshot } from '../../core/summary';
import { SHEETS, TABLES } from '../names';
import type { CellValue, SheetSpec } from '../spec';
import { dateColumn, numberColumn, table, textColumn } from './common';

/** Characters of JSON per cell, under Excel's 32,767 limit with room to spare. */
export const HISTORY_CHUNK = 30_000;
export const HISTORY_HEADER_ROW = 4;

export const HISTORY_COLUMNS = [
  dateColumn('asOf', 'Ngày báo cáo'),
  numberColumn('part', 'Phần', 7),
  numberColumn('total', 'Số nhiệm vụ'),
  numberColumn('done', 'Đã hoàn thành'),
  numberColumn('overdue', 'Quá hạn'),
  textColumn('data', 'Dữ liệu (JSON)', 80),
];

function historyRows(snapshot: Snapshot): CellValue[][] {
  const json = JSON.stringify(snapshot);
  const statuses = Object.values(snapshot.statuses);
  const done = statuses.filter((s) => s === 'done-on-time' || s === 'done-late').length;
  const overdue = statuses.filter((s) => s === 'overdue').length;
  const parts = Math.max(1, Math.ceil(json.length / HISTORY_CHUNK));
  return Array.from({ length: parts }, (_, i) => [
    { date: snapshot.asOf },
    i + 1,
    i === 0 ? statuses.length : null,
    i === 0 ? done : null,
    i === 0 ? overdue : null,
    json.slice(i * HISTORY_CHUNK, (i + 1) * HISTORY_CHUNK),
  ]);
}

/** The history sheet with these snapshots, oldest first. */
export function historySheet(plan: PlanInfo, snapshots: readonly Snapshot[]): SheetSpec {
  const ordered = [...snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf));
  return {
    name: SHEETS.history,
    owned: true,
    blocks: [
      { row: 1, column: 1, cells: [`Kế hoạch ${plan.number} — Lịch sử các lần lập báo cáo`], style: 'title' },
      { row: 2, column: 1, cells: ['Mỗi ngày báo cáo giữ một bản ghi; lập lại báo cáo cùng ngày thì bản ghi được thay. Không sửa cột Dữ liệu.'], style: 'note' },
    ],
    tables: [table(TABLES.history, HISTORY_HEADER_ROW, HISTORY_COLUMNS, ordered.flatMap(historyRows))],
    conditionalFormats: [],
    fills: [],
    freeze: { rows: HISTORY_HEADER_ROW, columns: 0 },
    print: null,
    charts: [],
  };
}
