/** Reads the history sheet back into snapshots; a damaged record is skipped and reported. */
import type { Finding, Status } from '../../core/model';
import { STATUS_ORDER } from '../../core/status';
import type { Snapshot } from '../../core/summary';
import type { TableRead } from './table-read';
import { HISTORY_COLUMNS } from '../summary/history-sheet';
import { cellDate, cellNumber } from './cells';
import { matchHeaders } from './headers';

export interface ReadHistoryResult {
  /** Oldest first, one per report date. */
  snapshots: Snapshot[];
  problems: Finding[];
}

const KNOWN_STATUSES = new Set<string>(STATUS_ORDER);

function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { asOf, statuses } = value as { asOf?: unknown; statuses?: unknown };
  if (typeof asOf !== 'string' || typeof statuses !== 'object' || statuses === null) return false;
  return Object.values(statuses).every((s) => typeof s === 'string' && KNOWN_STATUSES.has(s as Status));
}

export function readHistory(table: TableRead): ReadHistoryResult {
  const columns = matchHeaders(table.headers, HISTORY_COLUMNS.map((c) => ({ key: c.key, header: c.header, aliases: [] })));
  const problems: Finding[] = [];
  const dataIndex = columns.get('data');
  if (dataIndex === undefined) return { snapshots: [], problems };
  const partIndex = columns.get('part');
  const dateIndex = columns.get('asOf');
  // Gather the parts of each record in order: a record starts at part 1.
  const records: { date: string; json: string }[] = [];
  for (const cells of table.rows) {
    const part = partIndex === undefined ? 1 : (cellNumber(cells[partIndex] ?? null) ?? 1);
    // Raw text, not cellText: trimming could eat a space at a part boundary.
    const raw = cells[dataIndex] ?? null;
    const json = typeof raw === 'string' ? raw : '';
    if (!json) continue;
    if (part === 1 || records.length === 0) {
      const date = dateIndex === undefined ? null : cellDate(cells[dateIndex] ?? null);
      records.push({ date: date ?? '', json });
    } else {
      records[records.length - 1].json += json;
    }
  }
  const byDate = new Map<string, Snapshot>();
  for (const record of records) {
    try {
      const parsed: unknown = JSON.parse(record.json);
      if (!isSnapshot(parsed)) throw new Error('not a snapshot');
      byDate.set(parsed.asOf, parsed);
    } catch {
      problems.push({
        code: 'SHEET_HISTORY_UNREADABLE', severity: 'warning', taskId: null, field: null,
        message: {
          vi: `Bản ghi lịch sử ngày ${record.date || '(không rõ)'} bị hỏng nên được bỏ qua.`,
          en: `The history record of ${record.date || '(unknown date)'} is damaged and was skipped.`,
        },
      });
    }
  }
  return { snapshots: [...byDate.values()].sort((a, b) => a.asOf.localeCompare(b.asOf)), problems };
}
