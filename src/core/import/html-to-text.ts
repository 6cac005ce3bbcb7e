/**
 * The HTML mammoth makes of a .docx → the plain text the importer reads. Mammoth's raw-text output
 * loses tables (each cell becomes a paragraph), so the shells ask it for HTML and this turns it
 * back into text: paragraphs and headings separated by blank lines, bold kept as **…**, list items
 * as "- …", and each table row as one Markdown pipe row, with a cell merged over several rows
 * (rowspan) repeated in each of them and a cell spanning columns (colspan) followed by empty ones.
 * Pure: a small tag scanner for the few tags mammoth writes, no DOM.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Cell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

const TAG = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/giu;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

function spanOf(attributes: string, name: string): number {
  const match = new RegExp(`${name}\\s*=\\s*"?(\\d{1,3})`, 'iu').exec(attributes);
  return match ? Math.max(1, Math.min(100, Number(match[1]))) : 1;
}

/** One row per line: carried rowspans fill the columns they cover, colspans leave empty cells after them. */
function tableRows(rows: Cell[][]): string[] {
  const carried: Array<{ text: string; left: number } | undefined> = [];
  const lines: string[] = [];
  for (const row of rows) {
    const out: string[] = [];
    let column = 0;
    const next = [...row];
    while (next.length > 0 || (carried[column]?.left ?? 0) > 0) {
      const carry = carried[column];
      if (carry && carry.left > 0) {
        out.push(carry.text);
        carry.left -= 1;
        column += 1;
        continue;
      }
      const cell = next.shift();
      if (!cell) break;
      out.push(cell.text);
      if (cell.rowSpan > 1) carried[column] = { text: cell.text, left: cell.rowSpan - 1 };
      column += 1;
      for (let extra = 1; extra < cell.colSpan; extra += 1) {
        out.push('');
        column += 1;
      }
    }
    lines.push(`| ${out.map((text) => text.replace(/\|/g, '/')).join(' | ')} |`);
  }
  return lines;
}

export function htmlToPlanText(html: string): string {
  const blocks: string[] = [];
  let text = '';
  const tables: Array<{ rows: Cell[][]; cell: Cell | null }> = [];
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').replace(/\*\*\s*\*\*/g, '').trim();
    text = '';
    if (clean === '') return;
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.text = table.cell.text === '' ? clean : `${table.cell.text} ${clean}`;
    else blocks.push(clean);
  };
  for (const match of html.matchAll(TAG)) {
    const [, closing, rawName, attributes, content] = match;
    if (content !== undefined) {
      text += decodeEntities(content);
      continue;
    }
    const name = rawName.toLowerCase();
    const table = tables[tables.length - 1];
    if (name === 'strong' || name === 'b') {
      text += '**';
    } else if (name === 'br') {
      text += ' ';
    } else if (BLOCKS.has(name)) {
      if (!closing && name === 'li') {
        flush();
        text = '- ';
      } else if (closing) {
        // A heading reads as bold text, as the importer expects of a heading.
        if (/^h\d$/.test(name)) text = `**${text.replace(/\*\*/g, '').trim()}**`;
        flush();
      } else {
        flush();
      }
    } else if (name === 'table') {
      flush();
      if (!closing) {
        tables.push({ rows: [], cell: null });
      } else if (table) {
        tables.pop();
        blocks.push(tableRows(table.rows).join('\n'));
      }
    } else if (name === 'tr' && table && !closing) {
      table.rows.push([]);
    } else if ((name === 'td' || name === 'th') && table) {
      if (!closing) {
        flush();
        const cell: Cell = { text: '', rowSpan: spanOf(attributes, 'rowspan'), colSpan: spanOf(attributes, 'colspan') };
        if (table.rows.length === 0) table.rows.push([]);
        table.rows[table.rows.length - 1].push(cell);
        table.cell = cell;
      } else {
        flush();
        table.cell = null;
      }
    }
  }
  flush();
  return blocks.join('\n\n');
}
