/**
 * Text folding for matching Vietnamese words typed many ways: NFC vs NFD, upper vs lower case,
 * old vs new tone placement ("Uỷ"/"Ủy", "hoà"/"hòa"), and OCR that drops diacritics.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALL_MARKS = /[\u0300-\u036f]/g;

/** NFC, trimmed, inner whitespace collapsed. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A key equal for two spellings that differ only in case, normalisation form or the vowel that
 * carries the tone mark: each word keeps its letters (with hats and horns) and its one tone,
 * wherever it stood.
 */
export function foldKey(text: string): string {
  return clean(text)
    .toLowerCase()
    .split(' ')
    .map(foldWordTone)
    .join(' ');
}

function foldWordTone(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  return tones ? `${base}${tones.join('')}`.normalize('NFC') : base;
}

/** Lower case with every diacritic removed and đ → d: for OCR that lost them. */
export function asciiKey(text: string): string {
  return clean(text).toLowerCase().normalize('NFD').replace(ALL_MARKS, '').replace(/đ/g, 'd');
}

/** Removes Markdown emphasis markers (**bold**, *italic*, __x__) left by text extraction. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*{1,3}|_{2,3}/g, '');
}
