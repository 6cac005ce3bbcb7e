/**
 * What was computed from a read that can never change, kept for as long as the read lives. An
 * adapter may hand out a read frozen all through (the read, its headers, its rows and each row),
 * as SpecWorkbook does for `build` (kept-reads.ts), and give the same read again while its table
 * is unchanged: then the stored plan is parsed, and the tasks read, once for all three commands
 * instead of once each. A read that is not frozen may change under us, so it is computed every
 * time. Looked up by the read itself (and a key for the other input), never by comparing content.
 */
import type { TableRead } from './table-read';

export function isFrozenRead(table: TableRead): boolean {
  return Object.isFrozen(table) && Object.isFrozen(table.headers) && Object.isFrozen(table.rows) && table.rows.every((row) => Object.isFrozen(row));
}

export class FrozenReadMemo<T> {
  private readonly memo = new WeakMap<TableRead, WeakMap<object, T>>();

  /** `compute()` for this read and `key`, once per frozen read; `key` stands for what else it depends on. */
  get(table: TableRead, key: object, compute: () => T): T {
    if (!isFrozenRead(table)) return compute();
    let byKey = this.memo.get(table);
    if (!byKey) {
      byKey = new WeakMap();
      this.memo.set(table, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = compute();
      byKey.set(key, value);
    }
    return value;
  }
}
