/**
 * The time phrase of a task. In order: a "Thời gian thực hiện: …" label; a parenthesised phrase
 * (the deadline reader's findTimePhrase); an inline clause ("xong trong tháng 12/2025", "chậm nhất
 * ngày …", "trước ngày …", "theo lộ trình … của Chính phủ", a leading "Định kỳ hàng năm,"). When
 * several are present the earliest is the task's; the others are reported, not dropped.
 */
import { findTimePhrase, readDeadline } from '../deadline';
import { CONVENTIONS } from '../deadline/conventions';

export interface TimePhrase {
  phrase: string;
  /** Other time phrases the task states (reported to the planner). */
  others: string[];
}

// Inline clauses that carry a date: trigger words, read up to the end of the clause.
const DATE_TRIGGER = /(?:chậm nhất|hoàn thành trước|hoàn thành trong|hoàn thành vào|xong trước|xong trong|trước ngày|trong thời hạn)\s/giu;
// "theo lộ trình …" is time only when it waits on an outside authority; "theo lộ trình kế hoạch" is not.
const ROADMAP = /theo lộ trình[^.;()]{0,160}/iu;
const OUTSIDE_AUTHORITY = /Chính phủ|Trung ương|Thủ tướng|Quốc hội|\bBộ\s|cấp trên|cấp có thẩm quyền/u;
const AFTER_EVENT = /sau khi[^.;()]{3,160}?(?:được\s+)?(?:ban hành|phê duyệt|có hiệu lực|thông qua)/iu;
const LEADING_RECURRENCE = /^((?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)|định kỳ\s+\d{1,2}\s+tháng(?:\s+một lần)?)\s*,/iu;
const RECURRENCE_BEFORE_GROUP = /((?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)|định kỳ)\s*$/iu;

// Weaker signs, read only when the task has no dated time: a recurrence, "thường xuyên", a range of
// days, "đến năm 2030" anywhere in the text ("… định kỳ hằng quý báo cáo …", "Thường xuyên nắm bắt …").
const WEAK_TIME = [
  // "dự toán ngân sách nhà nước hàng năm", "kế hoạch hằng năm": a yearly thing, not a yearly task.
  /(?:định kỳ\s+)?(?<!(?:ngân sách|dự toán|nhà nước|kế hoạch|công tác|định mức|chi)\s)(?:hằng|hàng)\s+(?:năm|quý|tháng)|định kỳ\s+(?:\d{1,2}|sáu)\s+tháng/giu,
  // "chi thường xuyên" is recurrent spending, not a time.
  /(?:^|(?<=[\s,;(])(?<!chi\s))(?:thường xuyên|khi có yêu cầu|liên tục)(?=[\s,.;)]|$)/giu,
  /từ ngày\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?\s+đến ngày\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?/giu,
  // "tầm nhìn đến năm 2045" is a document's horizon, not the task's.
  /(?<!tầm nhìn\s)(?:từ nay\s+)?đến năm\s+\d{4}/giu,
];
const YEAR_NOT_STATED = /year: not stated/;
// A label longer than this is read as it is (the deadline reader stops at 400 characters anyway).
const MAX_LABEL = 400;

function weakCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of WEAK_TIME) {
    for (const match of text.matchAll(pattern)) {
      if (reads(match[0])) found.push({ phrase: match[0].trim(), at: match.index });
      if (found.length >= MAX_CANDIDATES) break;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * "định kỳ hàng năm báo cáo … chậm nhất ngày 17 tháng 12": a day without a year after a recurrence
 * in the same sentence is the recurrence's day, not a one-off deadline.
 */
function withEarlierRecurrence(text: string, chosen: Candidate): Candidate {
  if (!YEAR_NOT_STATED.test(readDeadline(chosen.phrase).convention ?? '')) return chosen;
  const sentence = text.slice(0, chosen.at).split(/[.;]\s/u).pop() ?? '';
  const recurrence = /(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)/iu.exec(sentence);
  if (!recurrence) return chosen;
  const combined = `${recurrence[0]}, ${chosen.phrase}`;
  return readDeadline(combined).kind === 'recurring' ? { phrase: combined, at: chosen.at - sentence.length + recurrence.index } : chosen;
}

/** The phrase reads as a time, all of it (not only its first statement, as a label may be read). */
function reads(phrase: string): boolean {
  const window = readDeadline(phrase);
  return window.kind !== 'unknown' && window.kind !== 'missing' && !(window.convention ?? '').includes(CONVENTIONS.firstClause);
}

function readsAtStart(phrase: string): boolean {
  const kind = readDeadline(phrase).kind;
  return kind !== 'unknown' && kind !== 'missing';
}

/** The clause from a trigger word, cut back at commas until the deadline reader can read it. */
function readableClause(text: string, from: number): string | null {
  const rest = text.slice(from, from + 200);
  const stop = /[.;()]|\s(?:và|để|nhằm)\s/u.exec(rest);
  let clause = (stop ? rest.slice(0, stop.index) : rest).trim();
  while (clause.length > 0) {
    if (reads(clause)) return clause;
    const comma = clause.lastIndexOf(',');
    if (comma < 0) return null;
    clause = clause.slice(0, comma).trim();
  }
  return null;
}

interface Candidate {
  phrase: string;
  at: number;
}

// A task names a few times at most; a text with thousands of triggers is not read past these.
const MAX_CANDIDATES = 20;

function inlineCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(DATE_TRIGGER)) {
    if (found.length >= MAX_CANDIDATES) break;
    const clause = readableClause(text, match.index);
    if (clause) found.push({ phrase: clause, at: match.index });
  }
  return found;
}

function fallbackCandidate(text: string): Candidate | null {
  const roadmap = ROADMAP.exec(text);
  if (roadmap && OUTSIDE_AUTHORITY.test(roadmap[0])) return { phrase: roadmap[0].trim(), at: roadmap.index };
  const event = AFTER_EVENT.exec(text);
  if (event) return { phrase: event[0].trim(), at: event.index };
  const recurrence = LEADING_RECURRENCE.exec(text);
  if (recurrence && reads(recurrence[1])) return { phrase: recurrence[1], at: 0 };
  return null;
}

/** A parenthesised time right after "hằng năm" belongs to it: "hằng năm (trước ngày 15 tháng 11)". */
function withRecurrence(text: string, start: number, phrase: string): Candidate {
  const open = text.lastIndexOf('(', start);
  if (open >= 0 && text.slice(open + 1, start).trim() === '') {
    const windowStart = Math.max(0, open - 40);
    const before = RECURRENCE_BEFORE_GROUP.exec(text.slice(windowStart, open));
    if (before) return { phrase: `${before[1]} (${phrase})`, at: windowStart + before.index };
  }
  return { phrase, at: start };
}

/**
 * A time label or cell that is a sentence ("Mạng lưới … được đầu tư, hoàn thành trước năm 2027 và
 * vận hành thường xuyên"): the phrase from the first word where a time can be read.
 */
function readableLabel(label: string): string {
  if (label.length > MAX_LABEL || readsAtStart(label)) return label;
  for (const word of label.matchAll(/(?:^|\s)(?=\S)/gu)) {
    const from = word.index + word[0].length;
    if (from === 0) continue;
    const rest = label.slice(from);
    if (readsAtStart(rest)) return rest;
  }
  return label;
}

/** The task's time phrase: `labelled` (a "Thời gian thực hiện" line) wins; else found in `text`. */
export function timePhraseOf(text: string, labelled: string | null): TimePhrase {
  const candidates: Candidate[] = [];
  const parenthesised = findTimePhrase(text);
  if (parenthesised) candidates.push(withRecurrence(text, parenthesised.start, parenthesised.phrase));
  candidates.push(...inlineCandidates(text).filter((c) => !candidates.some((p) => p.phrase.includes(c.phrase) || c.phrase.includes(p.phrase))));
  candidates.sort((a, b) => a.at - b.at);
  if (labelled !== null && labelled !== '') {
    return { phrase: readableLabel(labelled), others: candidates.map((c) => c.phrase) };
  }
  if (candidates.length === 0) {
    const fallback = fallbackCandidate(text) ?? weakCandidates(text)[0] ?? null;
    return { phrase: fallback ? fallback.phrase : '', others: [] };
  }
  const chosen = withEarlierRecurrence(text, candidates[0]);
  return { phrase: chosen.phrase, others: candidates.slice(1).map((c) => c.phrase) };
}
