/**
 * SpecWorkbook's table reads, each made once and kept until its table changes: `build` reads the
 * tasks table in every service, and turning 100,000 rows into read cells again each time was most
 * of a read. A kept read is frozen (the read, its headers, its rows and each row), so no caller
 * can change what the next one reads. A patch makes a new read from the old one, copying only the
 * rows whose read cells it changes; a patch that changes no read cell keeps the same read, and
 * whatever was parsed from it (read-plan.ts) stays good.
 */
import type { ReadCell, TableRead } from '../../layout/readback/table-read';
import type { CellValue, TableSpec } from '../../layout/spec';
import { PackedText, type HeldValue } from './packed-text';
import { readBack, sameReadCell } from './read-back';

/**
 * A row read back. A packed text (packed-text.ts) is read through a getter that unpacks it at each
 * reading, so a kept read holds it packed: whatever is parsed from it is kept (read-plan.ts), the
 * text is not.
 */
function readRow(row: readonly HeldValue[]): readonly ReadCell[] {
  if (!row.some((value) => value instanceof PackedText)) return Object.freeze(row.map((value) => readBack(value as CellValue)));
  const cells: ReadCell[] = [];
  row.forEach((value, column) => {
    if (value instanceof PackedText) Object.defineProperty(cells, column, { get: () => readBack(value.text()), enumerable: true });
    else cells[column] = readBack(value);
  });
  return Object.freeze(cells);
}

/** The rows a table will hold: an empty table gets one blank row, read back as none (as in Excel). */
function frozenRead(sheet: string, table: TableSpec): TableRead {
  return Object.freeze({
    sheet,
    table: table.name,
    headers: Object.freeze(table.columns.map((column) => column.header)) as string[],
    rows: Object.freeze(table.rows.map(readRow)) as ReadCell[][],
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
  });
}

/** The cells one patch changes in one table's kept read; `finish` keeps the new read. */
export interface ReadEdit {
  set(rowIndex: number, columnIndex: number, cell: ReadCell): void;
  finish(): void;
}

export class KeptReads {
  /** By table spec: a rewritten sheet has new table specs, so its old reads are simply not found. */
  private kept = new WeakMap<TableSpec, TableRead>();

  read(sheet: string, table: TableSpec): TableRead {
    let read = this.kept.get(table);
    if (!read) {
      read = frozenRead(sheet, table);
      this.kept.set(table, read);
    }
    return read;
  }

  /** An edit of `table`'s kept read; null when there is none (the next read is made from the patched rows). */
  edit(table: TableSpec): ReadEdit | null {
    const read = this.kept.get(table);
    if (!read) return null;
    let rows: ReadCell[][] | null = null;
    const copied = new Set<number>();
    return {
      set: (rowIndex, columnIndex, cell) => {
        const current = (rows ?? read.rows)[rowIndex];
        if (columnIndex < current.length && sameReadCell(current[columnIndex], cell)) return;
        rows ??= [...read.rows];
        if (!copied.has(rowIndex)) {
          rows[rowIndex] = [...rows[rowIndex]];
          copied.add(rowIndex);
        }
        rows[rowIndex][columnIndex] = cell;
      },
      finish: () => {
        if (!rows) return;
        for (const rowIndex of copied) Object.freeze(rows[rowIndex]);
        this.kept.set(table, Object.freeze({ ...read, rows: Object.freeze(rows) as ReadCell[][] }));
      },
    };
  }

  /** Lets every read go (and what was parsed from them), e.g. before a large workbook is written. */
  forget(): void {
    this.kept = new WeakMap();
  }
}
