/**
 * Reads the plan a workbook stores (../plan-sheet.ts) back into its catalogue: the catalogue
 * parts joined in order and parsed as catalogue JSON. A record that does not parse cleanly is
 * damaged: no catalogue, rather than a plan missing some of its tasks.
 */
import { parseCatalogue } from '../../core/catalogue';
import type { Catalogue, PlannedTask, PlanToCheck, Task } from '../../core/model';
import type { ReadCell, TableRead } from './table-read';
import { PLAN_COLUMNS } from '../plan-sheet';
import { cellNumber, cellText } from './cells';
import { FrozenReadMemo } from './frozen-read-memo';
import { parseParts, partsMadeOnDemand, type Parts } from '../../core/catalogue/parse-parts';
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

export interface ReadPlanToCheckResult {
  /** The stored plan without its tasks' wording; null when the record is damaged. */
  plan: PlanToCheck | null;
  number: string | null;
}

const plansToCheck = new FrozenReadMemo<ReadPlanToCheckResult>();
const PLAN_TO_CHECK = {};

/**
 * The stored plan as the checks and the summary use it (PlanToCheck): parsed as readPlanRecord
 * parses it, the same damaged records refused, but kept without the tasks' text and original,
 * which would double what a large workbook holds, the sheet having them too.
 */
export function readPlanToCheck(table: TableRead): ReadPlanToCheckResult {
  return plansToCheck.get(table, PLAN_TO_CHECK, () => {
    const { catalogue, number } = parsedRecord(table);
    return { plan: catalogue && { ...catalogue, tasks: catalogue.tasks.map(withoutWording) }, number };
  });
}

function withoutWording(task: Task): PlannedTask {
  const { text: _text, original: _original, ...planned } = task;
  return planned;
}

function parsedRecord(table: TableRead): ReadPlanResult {
  const columns = matchHeaders(table.headers, PLAN_COLUMNS.map((c) => ({ key: c.key, header: c.header, aliases: [] })));
  const keyAt = columns.get('key');
  const partAt = columns.get('part');
  const valueAt = columns.get('value');
  if (keyAt === undefined || valueAt === undefined) return { catalogue: null, number: null };
  const parts: { part: number; cells: readonly ReadCell[] }[] = [];
  let number: string | null = null;
  for (const cells of table.rows) {
    const key = cellText(cells[keyAt] ?? null);
    if (key === 'number') number = cellText(cells[valueAt] ?? null) || null;
    if (key === 'catalogue') parts.push({ part: partAt === undefined ? parts.length + 1 : (cellNumber(cells[partAt] ?? null) ?? parts.length + 1), cells });
  }
  parts.sort((a, b) => a.part - b.part);
  const catalogue = parseStored(partsOf(parts.map((p) => p.cells), valueAt));
  return catalogue ? { catalogue, number: catalogue.plan.number } : { catalogue: null, number };
}

/**
 * The parts' texts, each taken from its cell only when the parse comes to it: a cell may make its
 * text anew at each reading (SpecWorkbook unpacks a long text), so only the parts being parsed are
 * held, not all of them. Raw text, not cellText: trimming could eat a space at a part boundary. A
 * cell with no text adds nothing.
 */
function partsOf(rows: readonly (readonly ReadCell[])[], valueAt: number): Parts {
  return partsMadeOnDemand(rows.length, (index) => {
    const value = rows[index][valueAt] ?? null;
    return typeof value === 'string' ? value : '';
  });
}

/** The catalogue JSON kept over several parts, parsed without joining them (core/catalogue/parse-parts.ts). */
function parseStored(parts: Parts): Catalogue | null {
  let parsed: unknown;
  try {
    parsed = parseParts(parts);
  } catch {
    return null;
  }
  const { catalogue, errors } = parseCatalogue(parsed);
  return catalogue && errors.length === 0 ? catalogue : null;
}
