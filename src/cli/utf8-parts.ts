/**
 * A UTF-8 file's text as parts of about a megabyte each, each decoded only when the parse comes to
 * it (../core/catalogue/parse-parts.ts): a 100,000-task catalogue is ~120 MB of UTF-8, which as
 * one JS string is ~240 MB (Vietnamese makes it two bytes a character), made only to be parsed.
 * A part never ends inside a character, so the parts joined are the bytes decoded whole.
 */
import { partsMadeOnDemand, type Parts } from '../core/catalogue/parse-parts';

/** Bytes per part. */
export const UTF8_PART_BYTES = 1 << 20;

/** A UTF-8 continuation byte (10xxxxxx) never starts a character. */
const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

/**
 * Where to cut at or just before `end`: never inside a character, so back to its first byte (at
 * most three bytes back). A longer run of continuation bytes is no character at all, and a cut
 * inside it decodes as the whole does (one replacement character a byte).
 */
function cutAt(bytes: Uint8Array, end: number): number {
  for (let at = end; at > end - 4; at -= 1) if (at === bytes.length || !isContinuation(bytes[at])) return at;
  return end;
}

export function utf8Parts(bytes: Buffer, partBytes: number = UTF8_PART_BYTES): Parts {
  if (partBytes < 4) throw new RangeError('A part must hold at least one character (4 bytes).');
  const starts: number[] = [];
  for (let start = 0; start < bytes.length; start = cutAt(bytes, Math.min(start + partBytes, bytes.length))) starts.push(start);
  // Buffer's decoder, as the whole file was decoded before: a byte order mark is kept, not dropped.
  return partsMadeOnDemand(starts.length, (index) => bytes.toString('utf8', starts[index], starts[index + 1] ?? bytes.length));
}
