/**
 * Collective owners: a group of bodies ("Các sở, ban, ngành", "UBND cấp xã", "Ban Thường vụ các
 * huyện, thị, thành ủy") rather than one accountable body. Valid as a lead, but a planner should
 * know that no single body answers for the task.
 */
import { asciiKey, clean } from '../text/normalize';

// Checked on lower-case NFC text. No word here has two tone placements, so foldKey (which moves
// the tone to the end of the word) is not needed.
const COLLECTIVE_PATTERNS: readonly RegExp[] = [
  /(^|[\s,])(các|mỗi|những|toàn thể)\s/u, // "Các sở…", "Ban Thường vụ các huyện…", "Mỗi huyện…"
  /(^|\s)cấp (xã|huyện)(\s|,|$)/u, // "UBND cấp xã", "Ban chỉ đạo cấp huyện"
  /(^|\s)các cấp(\s|,|$)/u, // "HĐND các cấp"
  /(^|\s)(sở|ban), (ban|ngành)/u, // "sở, ban, ngành" without "các"
  /(^|\s)huyện, thị/u, // "huyện, thị, thành ủy"
];

// The same, on text that lost its diacritics ("Cac so, ban, nganh").
const ASCII_PATTERNS: readonly RegExp[] = [
  /(^|[\s,])cac\s/,
  /(^|\s)cap (xa|huyen)(\s|,|$)/,
  /(^|\s)so, ban, nganh/,
];

/** True when the name denotes a group of bodies, judged from its wording alone. */
export function isCollectiveName(name: string): boolean {
  const lower = clean(name).toLowerCase();
  if (COLLECTIVE_PATTERNS.some((pattern) => pattern.test(lower))) return true;
  const ascii = asciiKey(name);
  return ASCII_PATTERNS.some((pattern) => pattern.test(ascii));
}
