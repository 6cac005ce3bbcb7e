/**
 * JSON.parse of catalogue JSON kept in parts (the plan stored in a workbook,
 * ../../layout/plan-sheet.ts, or a catalogue file, ../../cli/utf8-parts.ts), without joining the
 * parts into one string first: at 100,000 tasks that string is ~100 M characters (~200 MB), made
 * only to be parsed and dropped, at the moment the parsed plan is made too. The parts are scanned
 * once for the top-level "tasks" array; each task is parsed from its own text as the scan passes
 * it, and the rest (with an empty array in the tasks' place) on its own. Same value, and the same failure, as parsing the
 * joined text: every character is in exactly one of the texts parsed, and a value parsed on its
 * own is the value it is within the whole. Anything this scan does not expect (no top-level
 * object, no "tasks" array, "tasks" twice, a key written with escapes) is parsed joined.
 */

import { StringPool } from './string-pool';

/**
 * The parts in order: an array, or a list that makes each part when asked (partsMadeOnDemand), so
 * only the parts being scanned or parsed need to exist.
 */
export interface Parts {
  readonly length: number;
  at(index: number): string | undefined;
}

const partAt = (parts: Parts, index: number): string => parts.at(index) ?? '';

/**
 * Parts made when asked (`make`), holding only the last two made: the parse takes the parts one
 * after another, and a task may start in one part and end in the next.
 */
export function partsMadeOnDemand(length: number, make: (index: number) => string): Parts {
  let held: { index: number; text: string }[] = [];
  return {
    length,
    at(index) {
      if (index < 0 || index >= length) return undefined;
      const found = held.find((part) => part.index === index);
      if (found) return found.text;
      const text = make(index);
      held = [...held.slice(-1), { index, text }];
      return text;
    },
  };
}

function joined(parts: Parts): string {
  return Array.from({ length: parts.length }, (_, index) => partAt(parts, index)).join('');
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** A place in the parts: part index and offset in it. */
interface At { part: number; offset: number }

function textBetween(parts: Parts, from: At, to: At): string {
  if (from.part === to.part) return partAt(parts, from.part).slice(from.offset, to.offset);
  const pieces = [partAt(parts, from.part).slice(from.offset)];
  for (let p = from.part + 1; p < to.part; p++) pieces.push(partAt(parts, p));
  pieces.push(partAt(parts, to.part).slice(0, to.offset));
  return pieces.join('');
}

/**
 * Where the top-level "tasks" array opens and closes; `onElement` is told where each of its
 * elements is as soon as it ends, so it can be parsed while its text is at hand (and before the
 * scan knows the whole text is of a shape it can split).
 */
function scanTasks(parts: Parts, onElement: (from: At, to: At) => void): { open: At; close: At } | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  // At depth 1 (the top-level object): is the next string a key, the key being read, the last key.
  let expectKey = false;
  let key: string[] | null = null;
  let lastKey: string | null = null;
  let afterColon = false;
  let tasksSeen = 0;
  let open: At | null = null;
  let close: At | null = null;
  let elements = 0;
  let elementStart: At | null = null;
  let elementHasValue = false;
  for (let part = 0; part < parts.length; part++) {
    const text = partAt(parts, part);
    // The next backslash in this part at or after the scan (found once, not at every string).
    let backslashAt = -1;
    for (let offset = 0; offset < text.length; offset++) {
      if (inString && !escaped && !key) {
        // Most of the text is inside strings: jump to the next quote or backslash natively.
        if (backslashAt < offset) {
          backslashAt = text.indexOf('\\', offset);
          if (backslashAt < 0) backslashAt = text.length;
        }
        const quoteAt = text.indexOf('"', offset);
        const stop = Math.min(quoteAt < 0 ? text.length : quoteAt, backslashAt);
        if (stop >= text.length) break;
        offset = stop;
      }
      const c = text.charCodeAt(offset);
      if (inString) {
        if (escaped) {
          escaped = false;
          if (key) key = null; // a key with escapes: not one this scan recognises
        } else if (c === BACKSLASH) {
          escaped = true;
        } else if (c === QUOTE) {
          inString = false;
          if (key) lastKey = key.join('');
          key = null;
        } else if (key) {
          key.push(String.fromCharCode(c));
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (!started) {
        if (c !== OPEN_OBJECT) return null;
        started = true;
      }
      if (open && !close && depth === 2 && (c === COMMA || c === CLOSE_ARRAY)) {
        if (elementStart && elementHasValue) {
          elements += 1;
          onElement(elementStart, { part, offset });
        } else if (c === COMMA || elements > 0) {
          return null; // an empty element: let JSON.parse say so
        }
        elementStart = { part, offset: offset + 1 };
        elementHasValue = false;
      } else if (open && !close && depth >= 2) {
        elementHasValue = true;
      }
      if (depth === 1 && afterColon) {
        afterColon = false;
        if (c === OPEN_ARRAY && lastKey === 'tasks') {
          tasksSeen += 1;
          open = { part, offset };
          elementStart = { part, offset: offset + 1 };
          elementHasValue = false;
        }
      }
      if (c === QUOTE) {
        inString = true;
        key = depth === 1 && expectKey ? [] : null;
        if (key) lastKey = null;
        if (depth === 1) expectKey = false;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        depth += 1;
        if (depth === 1) expectKey = true;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth -= 1;
        if (depth === 1 && open && !close && c === CLOSE_ARRAY) close = { part, offset };
        if (depth < 0) return null;
      } else if (depth === 1 && c === COMMA) {
        expectKey = true;
      } else if (depth === 1 && c === COLON) {
        afterColon = true;
      }
    }
  }
  if (!open || !close || tasksSeen !== 1 || depth !== 0 || inString) return null;
  return { open, close };
}

export function parseParts(parts: Parts): unknown {
  // Each task is parsed as the scan passes it, sharing the texts it repeats with the tasks before
  // it (./string-pool.ts). A task that does not parse fails the whole only once the scan has
  // vouched for the split; otherwise the joined text is parsed, as if no task had been.
  const pool = new StringPool();
  const tasks: unknown[] = [];
  let failure: { error: unknown } | null = null;
  const scan = scanTasks(parts, (from, to) => {
    if (failure) return;
    try {
      tasks.push(pool.share(JSON.parse(textBetween(parts, from, to))));
    } catch (error) {
      failure = { error };
    }
  });
  if (!scan) return JSON.parse(joined(parts));
  const end = { part: parts.length - 1, offset: partAt(parts, parts.length - 1).length };
  const rest = `${textBetween(parts, { part: 0, offset: 0 }, { part: scan.open.part, offset: scan.open.offset + 1 })}${textBetween(parts, scan.close, end)}`;
  const value = JSON.parse(rest) as { tasks?: unknown };
  if (!Array.isArray(value.tasks) || value.tasks.length !== 0) return JSON.parse(joined(parts));
  if (failure) throw (failure as { error: unknown }).error;
  value.tasks = tasks;
  return value;
}
