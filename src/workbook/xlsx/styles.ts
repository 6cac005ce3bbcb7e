/**
 * Cell styles as shared objects. ExcelJS caches a style by object identity, so handing the same
 * object to thousands of cells costs one lookup each; a cell's style is always replaced whole,
 * never mutated, because the object is shared.
 */
import type { Alignment, Borders, Fill, Font, Style, Worksheet } from 'exceljs';
import { COLOURS } from '../../layout/names';
import type { ColumnSpec, TextBlock } from '../../layout/spec';

/** "#1F4E78" → ExcelJS's "FF1F4E78". */
export function argb(colour: string): string {
  return `FF${colour.replace('#', '').toUpperCase()}`;
}

export function solidFill(colour: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) }, bgColor: { argb: argb(colour) } };
}

const THIN: Partial<Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

const BASE_FONT: Partial<Font> = { name: 'Calibri', size: 11 };

/** The header cells of every table: the band colour, white bold text, wrapped. */
export const HEADER_STYLE: Partial<Style> = {
  font: { ...BASE_FONT, bold: true, color: { argb: argb(COLOURS.headerFont) } },
  fill: solidFill(COLOURS.header),
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: THIN,
};

/** A header turned 90° for a narrow column (ColumnSpec.verticalHeader), reading upwards. */
export const VERTICAL_HEADER_STYLE: Partial<Style> = {
  ...HEADER_STYLE,
  alignment: { vertical: 'bottom', horizontal: 'center', textRotation: 90 },
};

const BLOCK_STYLES: Record<TextBlock['style'], Partial<Style>> = {
  title: { font: { ...BASE_FONT, size: 16, bold: true, color: { argb: argb(COLOURS.header) } } },
  subtitle: { font: { ...BASE_FONT, size: 12, bold: true } },
  caption: { font: { ...BASE_FONT, size: 13, bold: true, color: { argb: argb(COLOURS.header) } } },
  paragraph: { font: { ...BASE_FONT, size: 12 }, alignment: { vertical: 'top', horizontal: 'justify', wrapText: true } },
  note: { font: { ...BASE_FONT, italic: true, color: { argb: 'FF595959' } } },
  official: { font: { ...BASE_FONT, size: 13, bold: true } },
};

/** The style of a block's cells; a date cell in a block also gets the date format; centred on request. */
export function blockStyle(style: TextBlock['style'], numFmt?: string, align?: TextBlock['align']): Partial<Style> {
  const base = BLOCK_STYLES[style];
  const centred = align === 'center' ? { ...base, alignment: { ...base.alignment, horizontal: 'center' as const, vertical: 'middle' as const, wrapText: true } } : base;
  return numFmt ? { ...centred, numFmt } : centred;
}

/**
 * Every written cell of the sheet in `font` (a sheet printed as an official document): each
 * cell's style replaced whole, since styles are shared objects.
 */
export function applyTypeface(sheet: Worksheet, font: string): void {
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.style = withTypeface(cell.style, font);
    });
  });
}

/** A copy of `style` set in `font` (styles are shared objects: never mutated). */
export function withTypeface(style: Partial<Style>, font: string): Partial<Style> {
  return { ...style, font: { ...(style.font ?? BASE_FONT), name: font } };
}

/** Memoised per (format, wrap): every data cell of a column shares one object. */
export class ColumnStyles {
  private readonly cache = new Map<string, Partial<Style>>();

  of(column: Pick<ColumnSpec, 'numberFormat' | 'wrap'>): Partial<Style> {
    const key = `${column.numberFormat ?? ''}|${column.wrap ? 1 : 0}`;
    let style = this.cache.get(key);
    if (!style) {
      const alignment: Partial<Alignment> = { vertical: 'top', ...(column.wrap ? { wrapText: true } : {}) };
      style = { font: BASE_FONT, alignment, border: THIN, ...(column.numberFormat ? { numFmt: column.numberFormat } : {}) };
      this.cache.set(key, style);
    }
    return style;
  }
}

/** A copy of a cell's style with another fill (marks) or none (clearing marks). */
export function withFill(style: Partial<Style>, fill: Fill | undefined): Partial<Style> {
  const next: Partial<Style> = { ...style };
  if (fill) next.fill = fill;
  else delete next.fill;
  return next;
}

/**
 * Styles derived from shared styles, memoised: the same base style with the same change gives the
 * same object, so ExcelJS (which caches by identity) looks it up once, not once per cell.
 */
export class DerivedStyles {
  private readonly cache = new WeakMap<Partial<Style>, Map<string, Partial<Style>>>();

  of(base: Partial<Style>, key: string, make: () => Partial<Style>): Partial<Style> {
    let byKey = this.cache.get(base);
    if (!byKey) this.cache.set(base, (byKey = new Map()));
    let style = byKey.get(key);
    if (!style) byKey.set(key, (style = make()));
    return style;
  }
}
