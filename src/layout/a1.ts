/** A1 addresses from 1-based row and column numbers. */

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0);
}

export function cellA1(row: number, column: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(column)}${d}${row}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number, absolute = false): string {
  return `${cellA1(top, left, absolute)}:${cellA1(bottom, right, absolute)}`;
}

/** "C7" → { row: 7, column: 3 }; also accepts "$C$7". */
export function parseCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** "A1:C3" (or one cell) → its corners. */
export function parseRange(address: string): { top: number; left: number; bottom: number; right: number } {
  const [first, second = first] = address.split(':');
  const a = parseCell(first);
  const b = parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Removes from `cells` (keyed by A1 address) every cell inside `range` ("A1:C3"). */
export function deleteCellsInRange<T>(cells: Map<string, T>, range: string): void {
  const area = parseRange(range);
  for (const address of [...cells.keys()]) {
    const { row, column } = parseCell(address);
    if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right) cells.delete(address);
  }
}

/** A sheet name as a formula needs it: 'Nhiệm vụ' (quotes doubled inside). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
