/**
 * Tables whose cells come one per line between lone "|" lines, as converters write Word tables
 * ("|\nSTT\n|\nNhiệm vụ\n|\n…"). A lone pipe ends a cell, a row ends with one and the next row
 * starts with one, so "|\n|" is either a row boundary or an empty cell, and a merged cell is simply
 * missing from the rows it spans. Rows are therefore found by fitting cells to the header's
 * columns (a number looks like a number, a time like a time, a body like a body): the cheapest
 * split into rows wins, and a short row's missing cells are carried from the row above, which is
 * what a merged cell means.
 */
import { asciiKey, clean, stripEmphasis } from '../text/normalize';
import { startsLikeBody } from './owners-in-text';
import type { SourceLine } from './source-lines';
import { readTableHeader, ROW_NUMBER, type TableColumns } from './table';

export interface CellTableRow {
  kind: 'header' | 'group' | 'task';
  /** Task rows: one cell per column (carried cells filled in); group rows: the title; header: the names. */
  cells: string[];
  lines: SourceLine[];
}

export interface CellTable {
  /** Line index range in the given lines: [first, end). */
  first: number;
  end: number;
  rows: CellTableRow[];
}

type Role = 'number' | 'task' | 'lead' | 'support' | 'time' | 'other';

interface Cell {
  text: string;
  raw: string;
  lines: SourceLine[];
}

type Token = { kind: 'pipe'; line: SourceLine } | { kind: 'cell'; cell: Cell } | { kind: 'break' };

const TIME_WORDS = /\b(?:19|20)\d{2}\b|quý|tháng|năm|hằng|hàng (?:năm|quý|tháng)|thường xuyên|định kỳ|giai đoạn|liên tục|trước ngày|khi có|sau khi|đột xuất/iu;
const FOOTNOTE_START = /^(?:\[\^?\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)/u;
const SHORT_ROW = 1.5;
const GROUP_ROW = 0.2;
const INNER_GAP = 0.2;
const MAX_TABLE_CELLS = 200_000;

function isLonePipe(line: SourceLine): boolean {
  return line.raw.trim() === '|';
}

/** Lines → pipes, cells (runs of text lines) and breaks (a blank line: cells never hold one). */
function tokenize(lines: SourceLine[], from: number): { tokens: Token[]; lineOf: number[] } {
  const tokens: Token[] = [];
  const lineOf: number[] = [];
  let index = from;
  while (index < lines.length) {
    const line = lines[index];
    if (isLonePipe(line)) {
      tokens.push({ kind: 'pipe', line });
      lineOf.push(index);
      index += 1;
      continue;
    }
    const run: SourceLine[] = [];
    const start = index;
    while (index < lines.length && !isLonePipe(lines[index])) run.push(lines[index++]);
    const text = run.filter((piece) => piece.kind !== 'blank');
    const blankInside = run.some((piece, at) => piece.kind === 'blank' && at > 0 && at < run.length - 1 && run.slice(at).some((rest) => rest.kind !== 'blank'));
    if (blankInside || text.length === 0) {
      tokens.push({ kind: 'break' });
    } else {
      const raw = text.map((piece) => piece.raw.trim()).join(' ');
      tokens.push({ kind: 'cell', cell: { text: clean(stripEmphasis(raw)).replace(/^[-–•]\s+/u, ''), raw, lines: text } });
    }
    lineOf.push(start);
    if (tokens.length > MAX_TABLE_CELLS) break;
  }
  return { tokens, lineOf };
}

function roles(columns: TableColumns, count: number): Role[] {
  const out: Role[] = Array.from({ length: count }, () => 'other' as Role);
  out[columns.task] = 'task';
  if (columns.number !== null) out[columns.number] = 'number';
  if (columns.lead !== null) out[columns.lead] = 'lead';
  if (columns.support !== null) out[columns.support] = 'support';
  if (columns.time !== null) out[columns.time] = 'time';
  return out;
}

/** How badly a cell fits a column: 0 for a perfect fit. */
function fit(text: string, role: Role): number {
  const empty = text === '';
  switch (role) {
    case 'number':
      return empty ? 0.1 : ROW_NUMBER.test(text) ? 0 : 3;
    case 'time':
      return empty ? 0.5 : TIME_WORDS.test(text) && text.length < 300 ? 0 : 1.5;
    case 'lead':
      return empty ? 0.6 : startsLikeBody(text) ? 0 : 0.8;
    case 'support':
      return empty ? 0.2 : startsLikeBody(text) ? 0 : 0.8;
    case 'task':
      return empty ? 1.5 : ROW_NUMBER.test(text) ? 3 : text.length >= 15 ? 0 : 0.5;
    default:
      return empty ? 0.1 : ROW_NUMBER.test(text) ? 0.6 : 0.3;
  }
}

function isBoldOrCapitals(raw: string, text: string): boolean {
  return /^\*\*[\s\S]*\*\*$/u.test(raw.trim()) || (!/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text));
}

/** "| A. | BỘ NÔNG NGHIỆP … |", "| I | Hoàn thiện thể chế |": a number and a title in bold or capitals. */
function isGroupRow(cells: Cell[]): boolean {
  const filled = cells.filter((cell) => cell.text !== '');
  if (filled.length === 0 || filled.length > 2) return false;
  const [first, second] = filled;
  if (filled.length === 1) return isBoldOrCapitals(first.raw, first.text) && !ROW_NUMBER.test(first.text);
  return ROW_NUMBER.test(first.text) && !ROW_NUMBER.test(second.text) && isBoldOrCapitals(second.raw, second.text);
}

/** A header row again inside the table: short cells (names of columns) that read as a task header. */
const HEADER_WORDS = /^(?:stt|tt|so tt|nhiem vu|noi dung|ten |co quan|don vi|chu tri|phoi hop|thoi gian|thoi han|tien do|san pham|ket qua|ghi chu|kinh phi|nguon)/;

function isRepeatedHeader(cells: Cell[]): boolean {
  const filled = cells.filter((cell) => cell.text !== '').map((cell) => cell.text);
  if (filled.length < 3 || filled.some((text) => text.length > 60 || ROW_NUMBER.test(text))) return false;
  // Column names, nearly all of them: a row of short task cells is no header.
  const named = filled.filter((text) => HEADER_WORDS.test(asciiKey(text))).length;
  return named >= filled.length - 1 && readTableHeader(filled) !== null;
}

/**
 * The cheapest placement of a short row's cells, in order, into the columns: [cost, column of each
 * cell]. Merged cells span a side of the row, so the placed cells prefer to sit side by side: a
 * column skipped between two placed cells costs a little.
 */
function alignShort(cells: Cell[], columnRoles: Role[]): { cost: number; at: number[] } {
  const n = columnRoles.length;
  const k = cells.length;
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const take: boolean[][] = Array.from({ length: k + 1 }, () => new Array<boolean>(n + 1).fill(false));
  for (let column = 0; column <= n; column += 1) best[0][column] = 0;
  for (let cell = 1; cell <= k; cell += 1) {
    for (let column = cell; column <= n; column += 1) {
      const gap = cell < k ? INNER_GAP : 0;
      const skip = best[cell][column - 1] + gap;
      const use = best[cell - 1][column - 1] + fit(cells[cell - 1].text, columnRoles[column - 1]);
      best[cell][column] = Math.min(skip, use);
      take[cell][column] = use <= skip;
    }
  }
  const at = new Array<number>(k);
  for (let cell = k, column = n; cell > 0; column -= 1) {
    if (take[cell][column]) {
      at[cell - 1] = column - 1;
      cell -= 1;
    }
  }
  return { cost: best[k][n], at };
}

interface Segment {
  cells: Cell[];
  cost: number;
  kind: 'task' | 'group' | 'header';
  /** Column of each cell (task rows). */
  at: number[];
}

function emptyCell(): Cell {
  return { text: '', raw: '', lines: [] };
}

function rowSegment(cells: Cell[], columnRoles: Role[]): Segment | null {
  const n = columnRoles.length;
  if (isGroupRow(cells)) return { cells, cost: GROUP_ROW, kind: 'group', at: [] };
  // The header repeated inside the table (a new part, a new page).
  if (isRepeatedHeader(cells)) return { cells, cost: GROUP_ROW, kind: 'header', at: [] };
  // Trailing empty cells ("** **" in merged columns) do not make a row longer.
  while (cells.length > n && cells[cells.length - 1].text === '') cells = cells.slice(0, -1);
  if (cells.length > n) return null;
  if (cells.length === n) {
    return { cells, cost: cells.reduce((sum, cell, index) => sum + fit(cell.text, columnRoles[index]), 0), kind: 'task', at: cells.map((_, index) => index) };
  }
  const filled = cells.filter((cell) => cell.text !== '');
  if (filled.length === 0) return null;
  const aligned = alignShort(filled, columnRoles);
  return { cells: filled, cost: aligned.cost + SHORT_ROW, kind: 'task', at: aligned.at };
}

/**
 * Splits the cells after a header into rows. gaps[i] = pipes between cell i-1 and cell i (gaps[0]
 * after the header's last cell, gaps[m] after the last cell). A gap of g ≥ 2 may be a row boundary
 * with g - 2 empty cells around it; any gap g inside a row holds g - 1 empty cells.
 */
function splitRows(cells: Cell[], gaps: number[], columnRoles: Role[]): { segments: Segment[]; consumed: number } {
  const m = cells.length;
  const n = columnRoles.length;
  // best[i] maps "a row starts at cell i after `lead` empty cells" to its cost and how it was reached.
  type State = { cost: number; from: [number, number] | null; segment: Segment | null };
  const best: Array<Map<number, State>> = Array.from({ length: m + 1 }, () => new Map());
  best[0].set(Math.max(0, gaps[0] - 2), { cost: 0, from: null, segment: null });
  for (let i = 0; i < m; i += 1) {
    for (const [lead, state] of best[i]) {
      const row: Cell[] = Array.from({ length: lead }, emptyCell);
      for (let j = i; j < m && row.length <= n + 2; j += 1) {
        if (j > i) for (let empty = 1; empty < gaps[j]; empty += 1) row.push(emptyCell());
        row.push(cells[j]);
        const after = gaps[j + 1] ?? 0;
        if (j + 1 < m && after < 2) continue;
        const extra = Math.max(0, after - 2);
        // The empties of a boundary may end this row or start the next one.
        for (let tail = 0; tail <= extra; tail += 1) {
          const segment = rowSegment([...row, ...Array.from({ length: tail }, emptyCell)], columnRoles);
          if (!segment) continue;
          const total = state.cost + segment.cost;
          const nextLead = j + 1 >= m ? 0 : extra - tail;
          const known = best[j + 1].get(nextLead);
          if (!known || total < known.cost) best[j + 1].set(nextLead, { cost: total, from: [i, lead], segment });
        }
      }
    }
  }
  // A table that cannot be read to its end (text after it, a broken row) ends where reading stopped.
  let end = m;
  while (end > 0 && best[end].size === 0) end -= 1;
  const segments: Segment[] = [];
  let state: State | null = [...best[end].values()].sort((a, b) => a.cost - b.cost)[0] ?? null;
  while (state && state.segment && state.from) {
    segments.push(state.segment);
    state = best[state.from[0]].get(state.from[1]) ?? null;
  }
  return { segments: segments.reverse(), consumed: end };
}

/**
 * The rows of the table whose header ended just before token `start`, and the token where the
 * table ends (its last pipe, a break, a footnote, or where its cells stop fitting the columns).
 */
function readTable(tokens: Token[], start: number, headerColumns: TableColumns, headerCells: Cell[]): { rows: CellTableRow[]; endToken: number } {
  const cells: Cell[] = [];
  const cellToken: number[] = [];
  const gaps: number[] = [];
  let pipes = 0;
  let index = start;
  for (; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.kind === 'break') break;
    if (token.kind === 'pipe') {
      pipes += 1;
      continue;
    }
    // Footnotes after the table ("[1] Tại phần 2 …") end it.
    if (pipes >= 2 && FOOTNOTE_START.test(token.cell.text)) break;
    gaps.push(pipes);
    cells.push(token.cell);
    cellToken.push(index);
    pipes = 0;
  }
  // The table ends with its last pipe; what follows a break is not part of it.
  let endToken = index;
  while (endToken > start && tokens[endToken - 1].kind !== 'pipe') endToken -= 1;
  if (cells.length > 0 && endToken <= start) endToken = index;
  gaps.push(pipes);
  // A cell that no pipe closes is text after the table, not a cell of it; the gap before it
  // becomes the table's trailing gap.
  if (cells.length > 0 && pipes === 0) {
    gaps.pop();
    cells.pop();
    cellToken.pop();
  }
  // A header whose number cell is empty ("| | Nội dung | …") shows one column fewer than its rows.
  let columnsCount = headerCells.length;
  let columns = headerColumns;
  let { segments, consumed } = splitRows(cells, gaps, roles(columns, columnsCount));
  if (columns.number === null) {
    const shifted = shiftColumns(columns);
    const withNumber = splitRows(cells, gaps, roles(shifted, columnsCount + 1));
    if (withNumber.consumed > consumed || (withNumber.consumed === consumed && totalCost(withNumber.segments) < totalCost(segments))) {
      columns = shifted;
      columnsCount += 1;
      segments = withNumber.segments;
      consumed = withNumber.consumed;
      headerCells = [emptyCell(), ...headerCells];
    }
  }
  const header: CellTableRow = { kind: 'header', cells: headerCells.map((cell) => cell.text), lines: headerCells.flatMap((cell) => cell.lines) };
  const rows: CellTableRow[] = [header];
  let previous: string[] | null = null;
  for (const segment of segments) {
    const lines = segment.cells.flatMap((cell) => cell.lines);
    if (segment.kind === 'header') continue;
    if (segment.kind === 'group') {
      rows.push({ kind: 'group', cells: segment.cells.map((cell) => cell.text).filter((text) => text !== ''), lines });
      previous = null;
      continue;
    }
    const full: string[] = previous && segment.cells.length < columnsCount ? [...previous] : new Array<string>(columnsCount).fill('');
    // A merged cell is missing from the rows it spans: carry it, except the task and its number.
    if (segment.cells.length < columnsCount) {
      full[columns.task] = '';
      if (columns.number !== null) full[columns.number] = '';
    }
    segment.cells.forEach((cell, at) => {
      full[segment.at[at]] = cell.text;
    });
    if (full[columns.task] === '') continue;
    rows.push({ kind: 'task', cells: full, lines });
    previous = full;
  }
  return { rows, endToken: consumed < cells.length ? cellToken[consumed] : endToken };
}

function totalCost(segments: Segment[]): number {
  return segments.length === 0 ? Infinity : segments.reduce((sum, segment) => sum + segment.cost, 0);
}

function shiftColumns(columns: TableColumns): TableColumns {
  const shift = (index: number | null) => (index === null ? null : index + 1);
  return {
    task: columns.task + 1, number: 0, lead: shift(columns.lead), support: shift(columns.support), time: shift(columns.time),
    others: columns.others.map((other) => ({ ...other, index: other.index + 1 })),
  };
}

/** A run of cells separated by single pipes that reads as a task table's header (maybe after one stray cell). */
function headerAt(tokens: Token[], index: number): { columns: TableColumns; cells: Cell[]; next: number } | null {
  const run: Cell[] = [];
  let at = index;
  // Cells separated by single pipes; `at` ends on the pipe that closes the last one (not consumed:
  // it and the pipe after it are the boundary to the first row).
  while (at < tokens.length) {
    const token = tokens[at];
    if (token.kind !== 'cell') break;
    run.push(token.cell);
    at += 1;
    if (tokens[at]?.kind !== 'pipe' || tokens[at + 1]?.kind !== 'cell') break;
    at += 1;
  }
  // Header cells are short: text before them in the same run (a caption, a signature) is not the header.
  let from = run.length;
  while (from > 0 && run[from - 1].text.length <= 60) from -= 1;
  for (let skip = from; skip <= from + 1 && run.length - skip >= 2; skip += 1) {
    const cells = run.slice(skip);
    const columns = readTableHeader(cells.map((cell) => cell.text));
    if (columns) return { columns, cells, next: at };
  }
  return null;
}

/** Every one-cell-per-line task table in `lines`, with its rows. Tables without a task header are left alone. */
export function findCellTables(lines: SourceLine[]): CellTable[] {
  if (!lines.some(isLonePipe)) return [];
  const { tokens, lineOf } = tokenize(lines, 0);
  const tables: CellTable[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    if (tokens[index].kind !== 'cell' || tokens[index - 1].kind !== 'pipe') continue;
    const header = headerAt(tokens, index);
    if (!header) continue;
    const { rows, endToken } = readTable(tokens, header.next, header.columns, header.cells);
    const firstLine = header.cells[0].lines[0];
    const first = lines.indexOf(firstLine);
    const end = endToken < tokens.length ? lineOf[endToken] : lines.length;
    tables.push({ first: Math.max(0, first - 1), end, rows });
    index = Math.max(index, endToken);
  }
  return tables;
}
