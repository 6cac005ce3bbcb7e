/**
 * Text longer than a cell holds (Excel: 32,767 characters) is stored over several cells, in parts,
 * and joined again when read back: the history's snapshots and the stored plan.
 */

/** Characters per cell, under Excel's 32,767 with room to spare. */
export const CELL_TEXT_CHUNK = 30_000;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The parts of `text`, each at most `size` characters, joined they give `text` back. A cut never
 * falls inside a surrogate pair (an emoji, a rare CJK character), so every part is valid text on
 * its own and survives the file format. Empty text is one empty part.
 */
export function splitText(text: string, size: number = CELL_TEXT_CHUNK): string[] {
  const parts: string[] = [];
  let start = 0;
  do {
    let end = Math.min(start + size, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  } while (start < text.length);
  return parts;
}

/**
 * splitText(pieces joined), without joining them into one string first: for text made a piece at
 * a time (a large plan's JSON), only about one part is held joined at once.
 */
export function splitPieces(pieces: Iterable<string>, size: number = CELL_TEXT_CHUNK): string[] {
  const parts: string[] = [];
  let held: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    held.push(piece);
    length += piece.length;
    // Cut only while more than a part is held: then text follows the cut, as splitText knows.
    if (length <= size) continue;
    const text = held.join('');
    let start = 0;
    while (text.length - start > size) {
      let end = start + size;
      if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      parts.push(text.slice(start, end));
      start = end;
    }
    held = [text.slice(start)];
    length = text.length - start;
  }
  if (length > 0 || parts.length === 0) parts.push(held.join(''));
  return parts;
}
