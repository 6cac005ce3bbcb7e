/** Paragraphs and tables in the typography of Vietnamese administrative documents (Times New Roman). */
import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlignTable, WidthType, type IRunOptions,
} from 'docx';

export const FONT = 'Times New Roman';
/** Sizes in half-points, as Word counts them. */
export const SIZE = { body: 26, title: 28, small: 24, table: 22, note: 22 } as const;

type Run = Omit<IRunOptions, 'text' | 'font'> & { text: string };

export function run(options: Run): TextRun {
  return new TextRun({ size: SIZE.body, ...options, font: FONT });
}

export function centred(text: string, style: Omit<Run, 'text'> = {}, spacingAfter = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacingAfter }, children: [run({ text, ...style })] });
}

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, as reports are set. */
export function bodyParagraph(text: string, style: Omit<Run, 'text'> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 120, line: 312 },
    children: [run({ text, ...style })],
  });
}

/** "I. KẾT QUẢ THỰC HIỆN", "1. Tổng hợp chung": bold, indented like the body. */
export function heading(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: 567 }, spacing: { before: 120, after: 120 }, keepNext: true, children: [run({ text, bold: true })] });
}

/** Lines of a cell; "\n" in the text starts a new paragraph. */
function cellParagraphs(text: string, style: Omit<Run, 'text'>, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], keepNext = false): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ alignment, keepNext, children: [run({ size: SIZE.table, ...style, text: line })] }));
}

export interface GridColumn {
  /** Width in twentieths of a point (twips). */
  width: number;
  align?: 'left' | 'center' | 'right';
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const HEADER_FILL = 'E7E6E6';
export const GROUP_FILL = 'D9D9D9';

export interface GridRow {
  cells: string[];
  /** A group row: the first cell, then the second spanning the rest, bold on grey. */
  group?: boolean;
  bold?: boolean;
}

/** `span` > 1: the cell spans that many columns, `width` wide; a grey (group) cell keeps with the next row. */
function cell(text: string, column: GridColumn, style: Omit<Run, 'text'>, fill?: string, span?: number, width?: number): TableCell {
  return new TableCell({
    width: { size: width ?? column.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    ...(span && span > 1 ? { columnSpan: span } : {}),
    // A group heading is never left alone at the foot of a page.
    children: cellParagraphs(text, style, ALIGN[column.align ?? 'left'], fill === GROUP_FILL),
  });
}

/** A bordered table whose header row repeats on every page and whose rows never break across pages. */
export function grid(columns: GridColumn[], header: string[], rows: GridRow[]): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map((text, i) => cell(text, { ...columns[i], align: 'center' }, { bold: true }, HEADER_FILL)),
  });
  const body = rows.map((row) => {
    if (row.group) {
      const rest = columns.slice(1).reduce((sum, c) => sum + c.width, 0);
      return new TableRow({
        cantSplit: true,
        children: [
          cell(row.cells[0], columns[0], { bold: true }, GROUP_FILL),
          cell(row.cells[1] ?? '', columns[1], { bold: true }, GROUP_FILL, columns.length - 1, rest),
        ],
      });
    }
    return new TableRow({ cantSplit: true, children: row.cells.map((text, i) => cell(text, columns[i], { bold: row.bold })) });
  });
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    rows: [headerRow, ...body],
  });
}

/** Widths in proportion to `weights` over `total` twips. */
export function proportional(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * total));
}

/** A table without borders for side-by-side blocks (the document header, the signature). */
export function layoutTable(widths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({
      children: cells.map((children, i) => new TableCell({
        width: { size: widths[i], type: WidthType.DXA },
        borders: { top: { style: BorderStyle.NONE }, bottom: { style: BorderStyle.NONE }, left: { style: BorderStyle.NONE }, right: { style: BorderStyle.NONE } },
        children,
      })),
    })),
  });
}
