/**
 * Where the plan is inside the text. A plan copied from an official portal may carry the web page
 * around it (banner, metadata, summary before; related documents and notices after); a plan may
 * be attached to a decision ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …", the plan after
 * the decision's signature) or approved inside Article 1 ("Điều 1. Phê duyệt Kế hoạch … với các nội
 * dung sau:", the plan up to "Điều 2."); and its task tables may sit in appendices ("PHỤ LỤC")
 * after the signature. This module finds those regions by line; it reads nothing else.
 */
import { asciiKey, clean, stripEmphasis } from '../text/normalize';
import type { SourceLine } from './source-lines';

export interface Region {
  /** First line index (inclusive) and end (exclusive). */
  from: number;
  to: number;
}

export interface DocumentRegions {
  /** Where the plan's header is read: the decision's header for a plan approved inside Article 1. */
  planHeader: Region;
  /** The plan's body: its preamble and parts, without the decision around it. */
  body: Region;
  /** Set when the plan comes with a decision: the decision's header region. */
  decision: { header: Region; attached: boolean } | null;
  /** Appendices after the body: each from its "PHỤ LỤC" line. */
  appendices: Region[];
}

const MOTTO = /^(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam)/;
// A header at the very top needs no search for a web page before it.
const TOP_OF_DOCUMENT = 15;

function plainOf(line: SourceLine | undefined): string {
  return line && line.kind === 'text' ? clean(stripEmphasis(line.text)) : '';
}

/** The line index where a two-line window of text starts with `pattern` (on its ASCII key). */
function findWindow(lines: SourceLine[], from: number, to: number, test: (key: string) => boolean): number {
  for (let index = from; index < to; index += 1) {
    if (lines[index].kind !== 'text') continue;
    const next = lines.slice(index + 1, index + 3).find((line) => line.kind === 'text');
    const key = asciiKey(`${plainOf(lines[index])} ${plainOf(next)}`);
    if (test(key)) return index;
  }
  return -1;
}

/** The issuer block above the motto: text lines going back until a blank line or a table pipe. */
function startOfHeader(lines: SourceLine[], motto: number): number {
  if (motto <= TOP_OF_DOCUMENT) return 0;
  let index = motto - 1;
  while (index >= 0 && lines[index].kind !== 'text') index -= 1;
  while (index > 0 && lines[index - 1].kind !== 'blank' && lines[index - 1].raw.trim() !== '|') index -= 1;
  return Math.max(0, index);
}

export function isDecisionTitle(plain: string): boolean {
  return asciiKey(plain).replace(/[:.]$/, '') === 'quyet dinh';
}

export function isPlanTitle(plain: string): boolean {
  const key = asciiKey(plain);
  return key === 'ke hoach' || /^ke hoach (hanh dong|trien khai|thuc hien)$/.test(key);
}

/** "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC SỐ 02": a line in capitals that opens an appendix. */
function isAppendixTitle(plain: string): boolean {
  return /^PHỤ LỤC(?:\s+(?:SỐ\s+)?[\dIVXL]{1,5}[.:]?)?$/u.test(plain.trim());
}

function isArticle(plain: string, number: number): boolean {
  return new RegExp(`^Điều\\s+${number}\\s*[.:]`, 'u').test(plain);
}

/** The text of the article starting at `line`, up to the next blank line or article. */
function articleText(lines: SourceLine[], line: number): { text: string; end: number } {
  const pieces: string[] = [];
  let index = line;
  for (; index < lines.length; index += 1) {
    const plain = plainOf(lines[index]);
    if (index > line && (lines[index].kind === 'blank' || /^Điều\s+\d/u.test(plain) || /^[IVX]+\.\s/u.test(plain))) break;
    if (plain !== '') pieces.push(plain);
    if (index > line + 12) break;
  }
  return { text: pieces.join(' '), end: index };
}

function firstIndex(lines: SourceLine[], from: number, to: number, test: (plain: string) => boolean): number {
  for (let index = from; index < to; index += 1) if (lines[index].kind === 'text' && test(plainOf(lines[index]))) return index;
  return -1;
}

function appendicesAfter(lines: SourceLine[], from: number): Region[] {
  const starts: number[] = [];
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index];
    // A cheap look first: only a line with "PHỤ LỤC" in it is cleaned and tested.
    if (line.kind === 'text' && line.text.includes('PHỤ LỤC') && isAppendixTitle(plainOf(line))) starts.push(index);
  }
  return starts.map((start, at) => ({ from: start, to: starts[at + 1] ?? lines.length }));
}

/** The body ends where its first appendix begins; the appendices run to the end of the text. */
function withAppendices(planHeader: Region, body: Region, decision: DocumentRegions['decision'], lines: SourceLine[]): DocumentRegions {
  const appendices = appendicesAfter(lines, body.from);
  const inBody = appendices.find((region) => region.from < body.to);
  return {
    planHeader,
    body: inBody ? { from: body.from, to: inBody.from } : body,
    decision,
    appendices: appendices.filter((region) => region.from >= (inBody ? inBody.from : body.to)),
  };
}

export function locateDocument(lines: SourceLine[]): DocumentRegions {
  const motto = findWindow(lines, 0, Math.min(lines.length, 2000), (key) => MOTTO.test(key));
  const documentStart = motto < 0 ? 0 : startOfHeader(lines, motto);
  const whole: Region = { from: documentStart, to: lines.length };
  const plain = () => withAppendices(whole, whole, null, lines);
  const headerEnd = Math.min(lines.length, documentStart + 80);
  const decisionTitle = firstIndex(lines, documentStart, headerEnd, isDecisionTitle);
  const planTitle = firstIndex(lines, documentStart, headerEnd, isPlanTitle);
  if (decisionTitle < 0 || (planTitle >= 0 && planTitle < decisionTitle)) return plain();

  const article1 = firstIndex(lines, decisionTitle, lines.length, (text) => isArticle(text, 1));
  if (article1 < 0) return plain();
  const decisionHeader: Region = { from: documentStart, to: article1 };
  const article = articleText(lines, article1);
  const key = asciiKey(article.text).trim();
  const approvesInside = /phe duyet/.test(key) && /ke hoach|chuong trinh/.test(key) && /(noi dung|sau)\s*:?$/.test(key);
  if (approvesInside) {
    const article2 = firstIndex(lines, article.end, lines.length, (text) => isArticle(text, 2));
    const body = { from: article.end, to: article2 < 0 ? lines.length : article2 };
    const result = withAppendices(decisionHeader, body, { header: decisionHeader, attached: false }, lines);
    // The appendices follow the decision's signature, after "Điều 2." and the articles after it.
    return { ...result, appendices: appendicesAfter(lines, body.to) };
  }
  // "Ban hành kèm theo Quyết định này Kế hoạch …": the plan follows, from its own "KẾ HOẠCH" title;
  // its own header (issuer, number), if it has one, stands just above that title.
  const attachedTitle = firstIndex(lines, article.end, lines.length, isPlanTitle);
  if (attachedTitle < 0) return plain();
  const planHeader: Region = { from: Math.max(article.end, attachedTitle - 12), to: lines.length };
  return withAppendices(planHeader, { from: attachedTitle, to: lines.length }, { header: decisionHeader, attached: true }, lines);
}
