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
