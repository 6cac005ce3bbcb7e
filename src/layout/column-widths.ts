/** Sheet column widths a spec's tables ask for: each column as wide as the widest table column on it. */
import type { SheetSpec } from './spec';

/** Width (characters) of each sheet column a table of the spec sizes, by 1-based column. */
export function columnWidths(spec: SheetSpec): Map<number, number> {
  const widths = new Map<number, number>();
  for (const table of spec.tables) {
    table.columns.forEach((column, c) => {
      const col = table.firstColumn + c;
      widths.set(col, Math.max(widths.get(col) ?? 0, column.width));
    });
  }
  return widths;
}
