/**
 * Reads the plan a workbook stores (../plan-sheet.ts) back into its catalogue: the catalogue
 * parts joined in order and parsed as catalogue JSON. A record that does not parse cleanly is
 * damaged: no catalogue, rather than a plan missing some of its tasks.
 */
import { parseCatalogue } from '../../core/catalogue';
import type { Catalogue } from '../../core/model';
import type { TableRead } from './table-read';
import { PLAN_COLUMNS } from '../plan-sheet';
import { cellNumber, cellText } from './cells';
import { FrozenReadMemo } from './frozen-read-memo';
import { parseParts } from './parse-parts';
import { matchHeaders } from './headers';

export interface ReadPlanResult {
  /** The stored catalogue; null when the record is damaged. */
  catalogue: Catalogue | null;
  /** The plan number the record names (its catalogue's, else its "number" row), for messages. */
  number: string | null;
}

/**
 * A `build` reads the stored plan in each command, and parsing a large plan's JSON is most of
 * that read: a frozen read is parsed once (./frozen-read-memo.ts).
 */
const parsedRecords = new FrozenReadMemo<ReadPlanResult>();
const PLAN_RECORD = {};

export function readPlanRecord(table: TableRead): ReadPlanResult {
  return parsedRecords.get(table, PLAN_RECORD, () => parsedRecord(table));
}

function parsedRecord(table: TableRead): ReadPlanResult {
  const columns = matchHeaders(table.headers, PLAN_COLUMNS.map((c) => ({ key: c.key, header: c.header, aliases: [] })));
  const keyAt = columns.get('key');
  const partAt = columns.get('part');
  const valueAt = columns.get('value');
  if (keyAt === undefined || valueAt === undefined) return { catalogue: null, number: null };
  const parts: { part: number; text: string }[] = [];
  let number: string | null = null;
  for (const cells of table.rows) {
    const key = cellText(cells[keyAt] ?? null);
    const value = cells[valueAt] ?? null;
    if (key === 'number') number = cellText(value) || null;
    // Raw text, not cellText: trimming could eat a space at a part boundary.
    if (key === 'catalogue' && typeof value === 'string') {
      parts.push({ part: partAt === undefined ? parts.length + 1 : (cellNumber(cells[partAt] ?? null) ?? parts.length + 1), text: value });
    }
  }
  const catalogue = parseStored(parts.sort((a, b) => a.part - b.part).map((p) => p.text));
  return catalogue ? { catalogue, number: catalogue.plan.number } : { catalogue: null, number };
}

/** The catalogue JSON kept over several parts, parsed without joining them (./parse-parts.ts). */
function parseStored(parts: string[]): Catalogue | null {
  let parsed: unknown;
  try {
    parsed = parseParts(parts);
  } catch {
    return null;
  }
  const { catalogue, errors } = parseCatalogue(parsed);
  return catalogue && errors.length === 0 ? catalogue : null;
}
