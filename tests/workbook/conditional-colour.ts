/**
 * The colour Excel shows in a cell under formula conditional formats, for tests: rules are taken
 * in priority order (highest first) and the first whose formula is true gives the fill. That is
 * what Excel shows when every rule sets a fill, with or without "stop if true": a lower rule
 * never overrides a property a higher matching rule set.
 *
 * Formulas are evaluated with the little of Excel's grammar the layout writes: cell references
 * (relative to the range's top-left cell unless "$"), numbers, "text", = <> < > <= >=, + -,
 * AND, OR, ISNUMBER. Blank cells compare as "" with text and as 0 with numbers, as in Excel.
 */
import { cellA1, columnNumber, parseCell, parseRange } from '../../src/layout/a1';

type Value = string | number | boolean | null;

export interface ColourRule {
  range: string;
  formula: string;
  fill: string;
}

/** The value of a cell (A1) as Excel holds it: numbers for dates, null when blank. */
export type CellLookup = (address: string) => Value;

/** The fill shown in `address`, or null; `rules` are in priority order, highest first. */
export function shownFill(rules: readonly ColourRule[], address: string, valueOf: CellLookup): string | null {
  const { row, column } = parseCell(address);
  for (const rule of rules) {
    const area = parseRange(rule.range);
    if (row < area.top || row > area.bottom || column < area.left || column > area.right) continue;
    const offset = { rows: row - area.top, columns: column - area.left };
    if (truthy(evaluate(rule.formula.replace(/^=/, ''), offset, valueOf))) return rule.fill;
  }
  return null;
}

function truthy(value: Value): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}

const TOKEN = /\s*(\$?[A-Z]{1,3}\$?\d+|\d+(?:\.\d+)?|"(?:[^"]|"")*"|<>|<=|>=|[=<>+\-(),]|[A-Z]+)/y;

function tokens(formula: string): string[] {
  const list: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const match = TOKEN.exec(formula);
    if (!match) throw new Error(`cannot read formula at ${TOKEN.lastIndex}: ${formula}`);
    list.push(match[1]);
  }
  return list;
}

function compare(op: string, left: Value, right: Value): boolean {
  // A blank takes the type of the other side.
  const a = left ?? (typeof right === 'number' ? 0 : '');
  const b = right ?? (typeof left === 'number' ? 0 : '');
  let order: number;
  if (typeof a === 'number' && typeof b === 'number') order = a - b;
  else if (typeof a === 'string' && typeof b === 'string') order = a.localeCompare(b, 'vi', { sensitivity: 'accent' });
  else order = typeof a === 'number' ? -1 : 1; // numbers sort before text
  switch (op) {
    case '=': return order === 0;
    case '<>': return order !== 0;
    case '<': return order < 0;
    case '>': return order > 0;
    case '<=': return order <= 0;
    default: return order >= 0;
  }
}

function evaluate(formula: string, offset: { rows: number; columns: number }, valueOf: CellLookup): Value {
  const list = tokens(formula);
  let at = 0;
  const next = () => list[at++];
  const expect = (token: string) => {
    if (next() !== token) throw new Error(`expected ${token} in ${formula}`);
  };

  const reference = (token: string): Value => {
    const [, colAbs, letters, rowAbs, digits] = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(token) as RegExpExecArray;
    const row = Number(digits) + (rowAbs ? 0 : offset.rows);
    const column = columnNumber(letters) + (colAbs ? 0 : offset.columns);
    return valueOf(cellA1(row, column));
  };

  const primary = (): Value => {
    const token = next();
    if (token === '(') {
      const value = comparison();
      expect(')');
      return value;
    }
    if (token === '-') return -Number(primary() ?? 0);
    if (/^\d/.test(token)) return Number(token);
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^\$?[A-Z]{1,3}\$?\d+$/.test(token)) return reference(token);
    expect('(');
    const args: Value[] = [];
    if (list[at] !== ')') {
      args.push(comparison());
      while (list[at] === ',') {
        next();
        args.push(comparison());
      }
    }
    expect(')');
    switch (token) {
      case 'AND': return args.every(truthy);
      case 'OR': return args.some(truthy);
      case 'ISNUMBER': return typeof args[0] === 'number';
      default: throw new Error(`function ${token} is not modelled`);
    }
  };

  const additive = (): Value => {
    let value = primary();
    while (list[at] === '+' || list[at] === '-') {
      const op = next();
      const right = Number(primary() ?? 0);
      value = op === '+' ? Number(value ?? 0) + right : Number(value ?? 0) - right;
    }
    return value;
  };

  const comparison = (): Value => {
    const left = additive();
    if (['=', '<>', '<', '>', '<=', '>='].includes(list[at])) {
      const op = next();
      return compare(op, left, additive());
    }
    return left;
  };

  const result = comparison();
  if (at !== list.length) throw new Error(`unread tokens in ${formula}`);
  return result;
}
