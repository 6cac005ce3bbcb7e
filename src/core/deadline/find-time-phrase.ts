/**
 * Finds the time phrase inside a task's text: a "Thời gian thực hiện: …" / "Thời hạn: …" /
 * "Thời gian: …" line (Bắc Ninh layout) or else the last parenthesised group that reads as time
 * (Plan 43 layout: "… (thực hiện từ năm 2018)").
 */
import { foldWithOrigin } from './fold';
import { readDeadline } from './read-deadline';

export interface TimePhraseMatch {
  /** text.slice(start, end): verbatim, without the parentheses or label, trimmed of emphasis markers. */
  phrase: string;
  start: number;
  end: number;
}

const LABEL = /(?:^|[^a-z0-9])(thoi gian thuc hien|thoi han|thoi gian) ?:/g;
// A label's value runs to the end of its paragraph: a blank line, or a line opening a new item.
const PARAGRAPH_END = /\n[ \t]*\n|\n(?=[ \t]*(?:[-+•|#*]|\d+[.)]\s))/g;
const LEADING_DECORATION = /[\s*_]/;
const TRAILING_DECORATION = /[\s*_.,;:]/;

function trimmedSpan(text: string, start: number, end: number): TimePhraseMatch {
  let from = start;
  let to = end;
  while (from < to && LEADING_DECORATION.test(text[from])) from += 1;
  while (to > from && TRAILING_DECORATION.test(text[to - 1])) to -= 1;
  return { phrase: text.slice(from, to), start: from, end: to };
}

function labelledPhrase(text: string): TimePhraseMatch | null {
  const folded = foldWithOrigin(text);
  let last: RegExpExecArray | null = null;
  for (const match of folded.text.matchAll(LABEL)) last = match as RegExpExecArray;
  if (!last) return null;
  const valueStart = folded.origin[last.index + last[0].length];
  PARAGRAPH_END.lastIndex = valueStart;
  const paragraphEnd = PARAGRAPH_END.exec(text);
  return trimmedSpan(text, valueStart, paragraphEnd ? paragraphEnd.index : text.length);
}

/** Top-level parenthesised groups, as [open, close] indices; an unclosed "(" is not a group. */
function parenthesisedGroups(text: string): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let depth = 0;
  let open = -1;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '(') {
      if (depth === 0) open = index;
      depth += 1;
    } else if (text[index] === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push([open, index]);
    }
  }
  return groups;
}

function lastParenthesisedTime(text: string): TimePhraseMatch | null {
  const groups = parenthesisedGroups(text);
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const [open, close] = groups[index];
    const candidate = trimmedSpan(text, open + 1, close);
    const kind = readDeadline(candidate.phrase).kind;
    if (kind !== 'unknown' && kind !== 'missing') return candidate;
  }
  return null;
}

/** The task's time phrase and its span in `text`, or null when it states none. Never throws. */
export function findTimePhrase(text: string): TimePhraseMatch | null {
  if (typeof text !== 'string' || text === '') return null;
  return labelledPhrase(text) ?? lastParenthesisedTime(text);
}
