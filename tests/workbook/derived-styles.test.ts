/**
 * Styles derived from a shared style (a fill, a mark, the typeface) are shared in turn: ExcelJS
 * caches a style by object identity, so a new object per cell costs a full style lookup per cell.
 */
import type { Style } from 'exceljs';
import { DerivedStyles, withTypeface } from '../../src/workbook/xlsx/styles';

describe('DerivedStyles', () => {
  const base: Partial<Style> = { font: { name: 'Calibri', size: 11 }, numFmt: '@' };
  const other: Partial<Style> = { font: { name: 'Calibri', size: 11, bold: true } };

  it('gives one object per base style and change, made once', () => {
    const derived = new DerivedStyles();
    let made = 0;
    const times = () => derived.of(base, 'font|Times New Roman', () => { made += 1; return withTypeface(base, 'Times New Roman'); });
    const first = times();
    expect(times()).toBe(first);
    expect(made).toBe(1);
    expect(first).toEqual({ font: { name: 'Times New Roman', size: 11 }, numFmt: '@' });
    expect(base.font?.name).toBe('Calibri');
  });

  it('keeps different changes and different bases apart', () => {
    const derived = new DerivedStyles();
    const times = derived.of(base, 'font|Times New Roman', () => withTypeface(base, 'Times New Roman'));
    const arial = derived.of(base, 'font|Arial', () => withTypeface(base, 'Arial'));
    const otherTimes = derived.of(other, 'font|Times New Roman', () => withTypeface(other, 'Times New Roman'));
    expect(new Set([times, arial, otherTimes]).size).toBe(3);
    expect([times.font?.name, arial.font?.name, otherTimes.font?.bold]).toEqual(['Times New Roman', 'Arial', true]);
  });
});
