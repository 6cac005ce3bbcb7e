/**
 * Keys under which an owner name is looked up. Both sides of a comparison go through the same
 * function, so "UBND Tỉnh", "Ủy ban nhân dân tỉnh" and "Uỷ ban nhân dân Tỉnh" meet.
 */
import { asciiKey, foldKey } from '../text/normalize';
import { expandAbbreviations } from './abbreviations';

// Punctuation that differs between spellings of one name ("Phát thanh - Truyền hình", quotes).
const LOOSE_PUNCTUATION = /[-\u2010-\u2015,.;:()"'\u201c\u201d\u2018\u2019]/g;

function loosen(text: string): string {
  return text.replace(LOOSE_PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
}

/** Exact-match key: abbreviations expanded, NFC, case and tone placement folded, punctuation loose. */
export function ownerKey(name: string): string {
  return loosen(foldKey(expandAbbreviations(name)));
}

/** Near-miss key: as ownerKey, but with every diacritic removed (OCR that lost them). */
export function ownerAsciiKey(name: string): string {
  return loosen(asciiKey(expandAbbreviations(name)));
}
