/**
 * Folding a time phrase for matching. Plans write the same words many ways (NFC or NFD, "Quý" or
 * "Qúy", OCR that drops diacritics, Markdown emphasis, en dashes, stray spaces), so matching runs on
 * a lower-case ASCII copy; `origin` maps every folded character back to the source, so a match can
 * be reported as a span of the text the planner wrote.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE = /\s/;
const DASHES = /[\u2010-\u2015\u2212]/;
// Footnote marks (², ³) glued to words by the extraction.
const SUPERSCRIPT_DIGITS = /[\u00b9\u00b2\u00b3\u2070-\u2079]/;
const EMPHASIS_MARKERS = /[*_]/;

export interface FoldedText {
  /** Lower case, no diacritics, đ → d, emphasis dropped, dashes → "-", whitespace runs → one space. */
  text: string;
  /** origin[i] is the index in the source of folded character i; origin[text.length] = source length. */
  origin: number[];
}

// Plans use a few hundred distinct characters; folding each once keeps long texts cheap.
const FOLDED = new Map<string, string>();

function foldCharacter(character: string): string {
  let folded = FOLDED.get(character);
  if (folded === undefined) {
    folded = foldUncached(character);
    if (FOLDED.size < 4096) FOLDED.set(character, folded);
  }
  return folded;
}

function foldUncached(character: string): string {
  if (WHITESPACE.test(character)) return ' ';
  if (EMPHASIS_MARKERS.test(character) || SUPERSCRIPT_DIGITS.test(character)) return '';
  if (DASHES.test(character)) return '-';
  return character.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}

export function foldWithOrigin(source: string): FoldedText {
  // Pieces joined once at the end: appending to a string and asking it for its last character
  // flattens the growing string every time, which made folding quadratic in the text's length.
  const pieces: string[] = [];
  const origin: number[] = [];
  let last = '';
  let index = 0;
  for (const character of source) {
    const folded = foldCharacter(character);
    const collapsesIntoSpace = folded === ' ' && (last === '' || last === ' ');
    if (!collapsesIntoSpace) {
      for (const unit of folded) {
        pieces.push(unit);
        origin.push(index);
        last = unit;
      }
    }
    index += character.length;
  }
  origin.push(source.length);
  return { text: pieces.join(''), origin };
}

const SURROUNDING_PUNCTUATION = /^[\s.,;:!?-]+|[\s.,;:!?-]+$/g;

/**
 * The folded phrase in the one shape the grammar reads: brackets and quotes become spaces, no
 * spaces around "/" and "-" ("10/ 2020" → "10/2020", "2021 -2026" → "2021-2026"), one space after
 * a comma, and no punctuation at either end.
 */
export function canonicalPhrase(source: string): string {
  return foldWithOrigin(source)
    .text.replace(/[()[\]{}"'\u201c\u201d\u2018\u2019]/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s*([,;])\s*/g, '$1 ')
    .replace(/\s+/g, ' ')
    .replace(SURROUNDING_PUNCTUATION, '');
}
