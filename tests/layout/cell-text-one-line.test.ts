/** cellText on one line of text (the quick path) reads as on several: spaces folded, trimmed, NFC. */
import { cellText } from '../../src/layout/readback/cells';

describe('cellText on one line', () => {
  it('folds runs of spaces, tabs and no-break spaces and trims the ends', () => {
    expect(cellText('  Sở \t Nội\u00a0\u00a0vụ  ')).toBe('Sở Nội vụ');
    expect(cellText('\t')).toBe('');
  });

  it('folds each kind of run alone (two spaces, one tab, one no-break space) and keeps single spaces', () => {
    expect(cellText('a  b')).toBe('a b');
    expect(cellText('a\tb')).toBe('a b');
    expect(cellText('a\u00a0b')).toBe('a b');
    expect(cellText('Sở Nội vụ tỉnh')).toBe('Sở Nội vụ tỉnh');
    expect(cellText('a b  c')).toBe('a b c');
    expect(cellText('a  b\nc\td')).toBe('a b\nc d');
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
