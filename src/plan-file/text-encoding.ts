/**
 * Which encoding a plan file's bytes are in, or that they are not text at all. Notepad on Windows
 * saves "Unicode" as UTF-16 (usually with a byte-order mark, not always); everything else is read
 * as UTF-8. Pure: the shells decode with what they have (TextDecoder in Node, FileReader in the
 * pane), so both read a file the same way.
 */
import type { BinaryLook } from './problems';

export type TextEncodingGuess = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { binary: BinaryLook };

/** Enough bytes to judge a file by; a plan's first 8 KB are its header and first paragraphs. */
const SAMPLE = 8192;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-16 without a byte-order mark: most characters of a Vietnamese text (ASCII letters, spaces,
 * Latin-1 vowels) have a zero high byte, so zeros crowd one parity of positions and not the other.
 */
function utf16ByZeros(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (half < 2) return null;
  if (oddZeros >= 0.3 * half && evenZeros <= 0.05 * half) return 'utf-16le';
  if (evenZeros >= 0.3 * half && oddZeros <= 0.05 * half) return 'utf-16be';
  return null;
}

/** Control bytes that no text file holds: NUL, and C0 codes other than tab, line breaks, form feed, escape. */
function isStrayControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/** A PDF or a zip (.docx, .xlsx) given a text name: said by their first bytes, whatever follows. */
function knownBinary(bytes: Uint8Array): BinaryLook | null {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip'; // PK\3\4
  return null;
}

export function guessTextEncoding(bytes: Uint8Array): TextEncodingGuess {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return { encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { encoding: 'utf-16be' };
  const known = knownBinary(bytes);
  if (known) return { binary: known };
  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = utf16ByZeros(sample.subarray(0, sample.length - (sample.length % 2)));
  if (utf16) return { encoding: utf16 };
  // A few stray control bytes happen in pasted text; a binary file is full of them.
  let stray = 0;
  for (const byte of sample) if (isStrayControl(byte)) stray += 1;
  if (sample.includes(0) || stray > Math.max(2, sample.length * 0.01)) return { binary: 'unknown' };
  return { encoding: 'utf-8' };
}
