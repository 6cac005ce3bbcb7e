/**
 * Text as a workbook cell can hold it. An .xlsx file is XML, and XML 1.0 forbids most C0 control
 * characters, unpaired surrogates and the non-characters U+FFFE/U+FFFF: one of them in a cell
 * makes a file Excel "repairs" and ExcelJS refuses. Excel also holds at most 32,767 characters in
 * a cell. Pure, so every adapter (Office, .xlsx) and the rules use the same limits.
 */

/** Excel's limit of characters (UTF-16 code units) in one cell. */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * What XML 1.0 does not allow, plus the Unicode non-characters (U+FDD0–U+FDEF and the last two
 * code points of every plane), which Excel rejects too. Tab, line feed and carriage return stay.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Word's manual line break (U+000B) and page break (U+000C) come through copy and paste: a new line. */
// eslint-disable-next-line no-control-regex -- as above
const WORD_BREAKS = /[\u000B\u000C]/g;

/**
 * Every character that may need removing or replacing, surrogates included (a pair is kept, but
 * only the full pattern can tell): one quick test that ordinary text passes.
 */
// eslint-disable-next-line no-control-regex -- as above
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** True when `text` has a character a cell cannot hold. */
export function hasForbiddenCharacters(text: string): boolean {
  if (!SUSPECT.test(text)) return false;
  FORBIDDEN.lastIndex = 0;
  WORD_BREAKS.lastIndex = 0;
  const found = FORBIDDEN.test(text) || WORD_BREAKS.test(text);
  FORBIDDEN.lastIndex = 0;
  WORD_BREAKS.lastIndex = 0;
  return found;
}

/** `text` without the characters XML forbids; Word's line and page breaks become new lines. */
export function xmlSafeText(text: string): string {
  // Most text has nothing to remove: no new string for it.
  if (!hasForbiddenCharacters(text)) return text;
  return text.replace(WORD_BREAKS, '\n').replace(FORBIDDEN, '');
}

/**
 * Text as written to a cell: XML-safe and at most CELL_TEXT_LIMIT characters, never cut inside a
 * surrogate pair. The rule TEXT_TOO_LONG tells the planner when a task's text was cut.
 */
export function cellText(text: string): string {
  const safe = xmlSafeText(text);
  if (safe.length <= CELL_TEXT_LIMIT) return safe;
  const end = /[\uD800-\uDBFF]/.test(safe[CELL_TEXT_LIMIT - 1]) ? CELL_TEXT_LIMIT - 1 : CELL_TEXT_LIMIT;
  return safe.slice(0, end);
}
