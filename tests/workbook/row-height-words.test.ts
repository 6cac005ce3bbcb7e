/** The wrapped-line estimate splits words at every space JavaScript knows, as before its rewrite. */
import { linesFor } from '../../src/workbook/xlsx/row-heights';

describe('linesFor', () => {
  // Width 10 → 11 characters a line (10 × 1.2 − 1).
  it('wraps at ordinary spaces, tabs and no-break spaces alike', () => {
    expect(linesFor('aaaa bbbb cccc', 10)).toBe(2);
    expect(linesFor('aaaa\tbbbb\u00a0cccc', 10)).toBe(2);
    expect(linesFor('aaaa\u3000bbbb\u2003cccc', 10)).toBe(2);
  });

  it('does not count runs of spaces or spaces at the ends as words', () => {
    expect(linesFor('   aaaa     bbbb   ', 10)).toBe(1);
    expect(linesFor('   ', 10)).toBe(1);
  });

  it('breaks a word longer than a line and counts each paragraph', () => {
    expect(linesFor('x'.repeat(23), 10)).toBe(3);
    expect(linesFor('aaaa\nbbbb\n\ncccc', 10)).toBe(4);
    // A zero-width space is not a space: one long word.
    expect(linesFor('aaaaaa\u200bbbbbbb', 10)).toBe(2);
  });
});

/** The estimate as first written: split into words at every `\s`, then fill lines greedily. */
function referenceLines(text: string, perLine: number): number {
  return text.split('\n').reduce((sum, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) {
        used = need;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.floor(Math.max(0, word.length - 1) / perLine);
      used = word.length % perLine || perLine;
    }
    return sum + lines;
  }, 0);
}

describe('linesFor against the split-based estimate', () => {
  it('agrees on texts mixing words, runs of spaces of every kind, long words and line breaks', () => {
    const pieces = ['a', 'Nhiệm', 'vụ', 'x'.repeat(17), ' ', '  ', '\t', '\u00a0', '\u3000', '\u2003 ', '\n', '\u200b', 'đôn-đốc,'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let i = 0; i < 500; i += 1) {
      const text = Array.from({ length: next() % 40 }, () => pieces[next() % pieces.length]).join('');
      const width = 3 + (next() % 30);
      // Width w → floor(1.2 w) − 1 characters a line.
      expect([text, linesFor(text, width)]).toEqual([text, referenceLines(text, Math.max(1, Math.floor(width * 1.2) - 1))]);
    }
  });
});
