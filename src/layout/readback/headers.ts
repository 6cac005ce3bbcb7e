/** Matching a table's headers to known columns, whatever their order or small renamings. */
import { foldKey, stripEmphasis } from '../../core/text/normalize';

export interface KnownColumn<K extends string> {
  key: K;
  header: string;
  aliases: readonly string[];
}

function headerKey(text: string): string {
  return foldKey(stripEmphasis(text)).replace(/[():*]/g, '').replace(/\s+/g, ' ').trim();
}

/** Column key → 0-based index in `headers`; a header matches its column's header or an alias. */
export function matchHeaders<K extends string>(headers: readonly string[], known: readonly KnownColumn<K>[]): Map<K, number> {
  const byName = new Map<string, K>();
  for (const column of known) {
    for (const name of [column.header, ...column.aliases]) byName.set(headerKey(name), column.key);
  }
  const found = new Map<K, number>();
  headers.forEach((header, index) => {
    const key = byName.get(headerKey(header ?? ''));
    if (key !== undefined && !found.has(key)) found.set(key, index);
  });
  return found;
}
