/** How Vietnamese progress reports write counts, shares, dates, lists and body names mid-sentence. */
import { parts } from '../dates';
import type { IsoDate } from '../model';
import { clean } from '../text/normalize';

/** A count as reports write it: two digits below ten ("07 nhiệm vụ"), as is from ten up. */
export function countWords(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

/** A share in percent with a decimal comma and one decimal, none when whole: "13,7%", "20%". */
export function percentWords(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const tenths = Math.round((part * 1000) / whole);
  return tenths % 10 === 0 ? `${tenths / 10}%` : `${Math.floor(tenths / 10)},${tenths % 10}%`;
}

/**
 * A date in running text: a leading zero only for days below 10 and for January and February, as
 * Decree 30/2020/NĐ-CP writes dates ("30/6/2019", "05/02/2019", "01/01/2021").
 */
export function dateWords(date: IsoDate): string {
  const { year, month, day } = parts(date);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${dd}/${mm}/${year}`;
}

/** The text without its (possibly nested) bracketed parts: what a reader splits a list on. */
function outsideBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * "A", "A và B", "A, B và C". When an item holds a comma or "và" of its own ("Sở Khoa học và Công
 * nghệ", "các sở, ban, ngành"), items are set apart by semicolons only, so no reader splits a name.
 */
export function joinWords(items: readonly string[], and = 'và'): string {
  if (items.length <= 1) return items.join('');
  const own = new RegExp(`,|\\s${and}\\s`, 'u');
  if (items.some((item) => own.test(outsideBrackets(item)))) return items.join('; ');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

// First words that make a name a description ("Các sở…", "Thủ trưởng các…"), not a proper name.
const COMMON_OPENINGS = ['các', 'cấp', 'thủ trưởng', 'người đứng đầu', 'lãnh đạo', 'tất cả', 'toàn thể', 'những', 'mỗi', 'mọi'];

/**
 * A body's name as written in the middle of a sentence: a collective description loses its
 * capital ("các cơ quan khối Đảng Tỉnh", "thủ trưởng các sở, ban, ngành"); a proper name
 * ("Ban Tổ chức Tỉnh ủy", "UBND tỉnh") is kept as written.
 */
export function bodyMidSentence(name: string): string {
  const text = clean(name);
  const lower = text.toLowerCase();
  const opening = COMMON_OPENINGS.find((word) => lower.startsWith(`${word} `));
  if (!opening) return text;
  // Lower the opening words only, so "Đảng Tỉnh", "UBND" further on keep their capitals.
  return lower.slice(0, opening.length) + text.slice(opening.length);
}
