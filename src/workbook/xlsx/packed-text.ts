/**
 * Long texts SpecWorkbook keeps deflated until they are read or written. The stored plan's JSON
 * (../../layout/plan-sheet.ts) is most of the text a large workbook holds: at 100,000 tasks about
 * 75 M characters, which V8 keeps as two bytes each (Vietnamese is not Latin-1), ~150 MB held from
 * the load until the file is written. Deflated it is ~20 MB. Only SpecWorkbook and the sheet
 * streamer see a packed cell: reads and the file get the text back, character for character.
 */
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import type { CellValue } from '../../layout/spec';

/** Which texts are packed. */
export interface PackThresholds {
  /** A text at least this long (characters): the stored plan's parts (30,000), not a task's cells. */
  cell: number;
  /**
   * Only in a table whose long texts come to this many characters: deflating and inflating cost
   * about 20 ms a million characters, worth it for the ~2 bytes a character it saves only once
   * that is a sizeable part of the memory a build needs (a plan of ~27,000 tasks or more).
   */
  table: number;
}

export const PACK_WHEN: PackThresholds = { cell: 4_096, table: 20_000_000 };

/** Node 20 has String.prototype.isWellFormed; the ES2022 typings do not. */
const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

export class PackedText {
  private constructor(private readonly bytes: Buffer, private readonly encoding: 'utf8' | 'utf16le') {}

  /**
   * UTF-8 (fewer bytes to deflate) when that gives the text back; UTF-16 code units as they are
   * for a text with a lone surrogate, which UTF-8 cannot carry.
   */
  static pack(text: string): PackedText {
    const encoding = isWellFormed(text) ? 'utf8' : 'utf16le';
    return new PackedText(deflateRawSync(Buffer.from(text, encoding), { level: constants.Z_BEST_SPEED }), encoding);
  }

  /** The text, made anew on each call: nothing keeps it once the caller lets it go. */
  text(): string {
    return inflateRawSync(this.bytes).toString(this.encoding);
  }
}

/** A table cell as SpecWorkbook holds it. */
export type HeldValue = CellValue | PackedText;

/**
 * `rows` with each long text packed when they come to enough (PackThresholds): the same array when
 * nothing is packed, else a copy (the caller's rows never change). Typed as the table's rows, which
 * SpecWorkbook keeps them as; only kept-reads.ts and stream-sheet.ts read them, unpacking.
 */
export function packLongTexts(rows: CellValue[][], when: PackThresholds = PACK_WHEN): CellValue[][] {
  const isLong = (value: CellValue) => typeof value === 'string' && value.length >= when.cell;
  let total = 0;
  for (const row of rows) for (const value of row) if (isLong(value)) total += (value as string).length;
  if (total === 0 || total < when.table) return rows;
  return rows.map((row) => (row.some(isLong) ? row.map((value) => (isLong(value) ? PackedText.pack(value as string) : value)) as CellValue[] : row));
}

/** True when any of `rows` holds a packed text. */
export function hasPackedText(rows: readonly (readonly HeldValue[])[]): boolean {
  return rows.some((row) => row.some((value) => value instanceof PackedText));
}

/** The row as written to the file: packed texts unpacked (the same array when it has none). */
export function unpackedRow(row: readonly HeldValue[]): CellValue[] {
  if (!row.some((value) => value instanceof PackedText)) return row as CellValue[];
  return row.map((value) => (value instanceof PackedText ? value.text() : value));
}
