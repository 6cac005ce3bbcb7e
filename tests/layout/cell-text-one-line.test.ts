/** cellText on one line of text (the quick path) reads as on several: spaces folded, trimmed, NFC. */
import { cellText } from '../../src/layout/readback/cells';

describe('cellText on one line', () => {
  it('folds runs of spaces, tabs and no-break spaces and trims the ends', () => {
    expect(cellText('  Sở \t Nội\u00a0\u00a0vụ  ')).toBe('Sở Nội vụ');
    expect(cellText('\t')).toBe('');
  });

  it('composes decomposed Vietnamese (NFC)', () => {
    const decomposed = 'Hoàn thành'.normalize('NFD');
    expect(decomposed).not.toBe('Hoàn thành');
    expect(cellText(decomposed)).toBe('Hoàn thành');
  });

  it('reads a line the same alone as within several lines', () => {
    const line = ' Ủy ban\u00a0 nhân dân\ttỉnh ';
    expect(cellText(`${line}\n${line}`)).toBe(`${cellText(line)}\n${cellText(line)}`);
    expect(cellText(`a\r\n\r\n\r\nb`)).toBe('a\n\n\nb');
    expect(cellText('a\rb')).toBe('a\rb');
  });
});
