/** Reads the planner-editable owner registry "Đơn vị" back into Owners. */
import type { Finding, Owner } from '../../core/model';
import { ownerIdOf } from '../../core/owners';
import { asciiKey, foldKey } from '../../core/text/normalize';
import { OWNER_COLUMNS, type OwnerColumnKey } from '../owners-sheet';
import type { ReadCell, TableRead } from './table-read';
import { cellText, isBlank, splitList } from './cells';
import { matchHeaders } from './headers';

export interface ReadOwnersResult {
  owners: Owner[];
  problems: Finding[];
}

const YES_WORDS = new Set(['co', 'x', 'yes', 'true', '1', 'tap the']);

export function readOwners(table: TableRead): ReadOwnersResult {
  const columns = matchHeaders(table.headers, OWNER_COLUMNS);
  const problems: Finding[] = [];
  if (!columns.has('name')) {
    problems.push({
      code: 'SHEET_COLUMN_MISSING', severity: 'error', taskId: null, field: 'lead',
      message: {
        vi: `Bảng "${table.table}" thiếu cột "Tên cơ quan, đơn vị"; danh sách đơn vị không đọc được.`,
        en: `Table "${table.table}" lacks the "Tên cơ quan, đơn vị" column; the owner list could not be read.`,
      },
    });
    return { owners: [], problems };
  }
  const get = (cells: readonly ReadCell[], key: OwnerColumnKey): string => {
    const index = columns.get(key);
    return index === undefined ? '' : cellText(cells[index] ?? null);
  };
  const owners: Owner[] = [];
  const seen = new Set<string>();
  for (const cells of table.rows) {
    if (cells.every(isBlank)) continue;
    const name = get(cells, 'name');
    if (!name) continue;
    const key = foldKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    owners.push({
      id: get(cells, 'id') || ownerIdOf(name),
      name,
      abbreviations: splitList(get(cells, 'abbreviations')),
      aliases: splitList(get(cells, 'aliases')),
      collective: YES_WORDS.has(asciiKey(get(cells, 'collective'))),
    });
  }
  return { owners, problems };
}
