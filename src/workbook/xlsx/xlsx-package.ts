/**
 * A workbook's zip package made readable by ExcelJS, within the read limits (./read-limits.ts).
 *
 * ExcelJS finds parts by the names Excel gives them (xl/workbook.xml, xl/worksheets/sheetN.xml,
 * xl/tables/tableN.xml…) and follows a relationship only when its target is written the way
 * Excel writes it, relative ("../tables/table1.xml"). Other programs are within the standard and
 * still fail: openpyxl writes absolute targets ("/xl/tables/table1.xml", read as "not an .xlsx"),
 * others name their parts differently. So the package is read through its relationships, every
 * part ExcelJS looks up by name is renamed to the name it expects and every relationship is
 * written relative, before ExcelJS sees the file. A file Excel or LibreOffice wrote needs none of
 * it and is passed on as it came.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { packageTooLarge, sheetTooLong, READ_LIMITS, type ReadLimits } from './read-limits';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

interface Relationship {
  /** The whole `<Relationship …/>` element as written. */
  element: string;
  type: string;
  /** The part it points at, as an absolute name without the leading slash; null when external. */
  part: string | null;
}

function attribute(element: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  return match ? decodeXml(match[1] ?? match[2]) : null;
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[name.toLowerCase()]) return named[name.toLowerCase()];
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

const encodeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

/** `dir/_rels/name.rels` holds the relationships of `dir/name` (the package's own: `_rels/.rels`). */
function relsOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

/** A target resolved against the folder of the part that names it. */
function resolve(folder: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: taken as written.
  }
  const segments = (path.startsWith('/') ? path.slice(1) : folder + path).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** The relative target from a folder to a part, as Excel writes it. */
function relative(folder: string, part: string): string {
  const from = folder.split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function relationships(parts: Unzipped, source: string): Relationship[] {
  const bytes = parts[relsOf(source)];
  if (!bytes) return [];
  return (strFromU8(bytes).match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []).map((element) => {
    const target = attribute(element, 'Target') ?? '';
    const external = (attribute(element, 'TargetMode') ?? '').toLowerCase() === 'external';
    return { element, type: attribute(element, 'Type') ?? '', part: external ? null : resolve(folderOf(source), target) };
  });
}

const isType = (rel: Relationship, kind: string) => rel.type === REL + kind || rel.type.endsWith(`/${kind}`);

/** Counts `<row` elements without turning the sheet into a string (it may be hundreds of MB). */
function countRows(xml: Uint8Array): number {
  let rows = 0;
  for (let i = 0; i + 4 < xml.length; i += 1) {
    // "<row" then a space, ">" or "/": not "<rowBreaks".
    if (xml[i] === 0x3c && xml[i + 1] === 0x72 && xml[i + 2] === 0x6f && xml[i + 3] === 0x77) {
      const next = xml[i + 4];
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x0d || next === 0x09) rows += 1;
    }
  }
  return rows;
}

/** Sheet names by relationship id, from the workbook part (for the words of a refusal). */
function sheetNames(workbookXml: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const element of workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const id = /\s\w+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(element);
    const name = attribute(element, 'name');
    if (id && name !== null) names.set(id[1] ?? id[2], name);
  }
  return names;
}

/** Unzips within the limits: sizes are checked before a part is inflated, never after. */
function unzipWithin(bytes: Uint8Array, limits: ReadLimits): Unzipped {
  let total = 0;
  return unzipSync(bytes, {
    filter(file) {
      if (file.originalSize > limits.partBytes) throw packageTooLarge(file.name, file.originalSize, limits.partBytes);
      total += file.originalSize;
      if (total > limits.totalBytes) throw packageTooLarge(null, total, limits.totalBytes);
      return true;
    },
  });
}

/** Part names without a leading slash (a few writers add one), so relationships find them. */
function withoutLeadingSlash(parts: Unzipped): Unzipped {
  const out: Unzipped = {};
  for (const [name, bytes] of Object.entries(parts)) out[name.replace(/^\/+/, '')] = bytes;
  return out;
}

/** The names ExcelJS expects, for the parts it looks up by name; old name → new name. */
function canonicalNames(parts: Unzipped, workbook: string, limits: ReadLimits): Map<string, string> {
  const names = new Map<string, string>([[workbook, 'xl/workbook.xml']]);
  const workbookRels = relationships(parts, workbook);
  const idOf = (rel: Relationship) => attribute(rel.element, 'Id') ?? '';
  const sheetName = sheetNames(parts[workbook] ? strFromU8(parts[workbook]) : '');
  let sheets = 0;
  const counts = { table: 0, comments: 0, vmlDrawing: 0, drawing: 0 };
  const sheetPartName: Record<keyof typeof counts, (n: number) => string> = {
    table: (n) => `xl/tables/table${n}.xml`,
    comments: (n) => `xl/comments${n}.xml`,
    vmlDrawing: (n) => `xl/drawings/vmlDrawing${n}.vml`,
    drawing: (n) => `xl/drawings/drawing${n}.xml`,
  };
  for (const rel of workbookRels) {
    if (!rel.part || !parts[rel.part]) continue;
    if (isType(rel, 'worksheet')) {
      sheets += 1;
      const rows = countRows(parts[rel.part]);
      if (rows > limits.sheetRows) throw sheetTooLong(sheetName.get(idOf(rel)) ?? rel.part, rows, limits.sheetRows);
      names.set(rel.part, `xl/worksheets/sheet${sheets}.xml`);
      // The parts of a sheet ExcelJS finds by name: its tables, comments and drawings.
      for (const sheetRel of relationships(parts, rel.part)) {
        const kind = (Object.keys(counts) as (keyof typeof counts)[]).find((k) => isType(sheetRel, k));
        if (!kind || !sheetRel.part || !parts[sheetRel.part] || names.has(sheetRel.part)) continue;
        counts[kind] += 1;
        names.set(sheetRel.part, sheetPartName[kind](counts[kind]));
      }
    } else if (isType(rel, 'sharedStrings')) names.set(rel.part, 'xl/sharedStrings.xml');
    else if (isType(rel, 'styles')) names.set(rel.part, 'xl/styles.xml');
  }
  return names;
}

/** The relationships of `source` (now named `renamed`), each target written relative to its new place. */
function rewrittenRels(xml: string, source: string, renamed: string, names: Map<string, string>): string {
  return xml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (element) => {
    const target = attribute(element, 'Target');
    if (target === null || (attribute(element, 'TargetMode') ?? '').toLowerCase() === 'external') return element;
    const part = resolve(folderOf(source), target);
    const newTarget = relative(folderOf(renamed), names.get(part) ?? part);
    return element.replace(/(\sTarget\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${encodeXml(newTarget)}"`);
  });
}

function rewrittenContentTypes(xml: string, names: Map<string, string>): string {
  return xml.replace(/(\sPartName\s*=\s*)(?:"([^"]*)"|'([^']*)')/g, (whole, lead: string, double?: string, single?: string) => {
    const part = resolve('', decodeXml(double ?? single ?? ''));
    const renamed = names.get(part);
    return renamed ? `${lead}"/${encodeXml(renamed)}"` : whole;
  });
}

const COMMENTS_PART = /^xl\/comments\d+\.xml$/;
const PLAIN_COMMENT_TEXT = /<text>(\s*)<t(\s[^>]*)?>([^<]*)<\/t>(\s*)<\/text>/g;

/**
 * A comment's text written plainly (`<text><t>…</t></text>`, as openpyxl writes it) in the one
 * form ExcelJS reads (`<text><r><t>…</t></r></text>`); without it the planner's comment would be
 * read, and saved again, empty.
 */
function withCommentRuns(xml: string): string {
  return xml.replace(PLAIN_COMMENT_TEXT, (_whole, before: string, _attributes, text: string, after: string) => `<text>${before}<r><t xml:space="preserve">${text}</t></r>${after}</text>`);
}

/** True when every part ExcelJS looks up is where it looks, and every relationship is relative. */
function alreadyReadable(parts: Unzipped, names: Map<string, string>): boolean {
  for (const [from, to] of names) {
    if (from !== to) return false;
    if (COMMENTS_PART.test(to) && parts[from] && new RegExp(PLAIN_COMMENT_TEXT.source).test(strFromU8(parts[from]))) return false;
  }
  for (const name of Object.keys(parts)) {
    if (!name.endsWith('.rels')) continue;
    const xml = strFromU8(parts[name]);
    for (const element of xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
      const external = (attribute(element, 'TargetMode') ?? '').toLowerCase() === 'external';
      if (!external && (attribute(element, 'Target') ?? '').startsWith('/')) return false;
    }
  }
  return true;
}

/**
 * The package as ExcelJS can read it, or a WorkbookError past the limits. Throws what the unzip
 * throws for bytes that are not a zip (the caller words it).
 */
export function readablePackage(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): Uint8Array {
  const unzipped = unzipWithin(bytes, limits);
  const parts = withoutLeadingSlash(unzipped);
  const office = relationships(parts, '').find((rel) => isType(rel, 'officeDocument'));
  const workbook = office?.part && parts[office.part] ? office.part : 'xl/workbook.xml';
  const names = canonicalNames(parts, workbook, limits);
  if (Object.keys(parts).length === Object.keys(unzipped).length && !Object.keys(unzipped).some((n) => n.startsWith('/')) && alreadyReadable(parts, names)) {
    return bytes;
  }
  const out: Unzipped = {};
  for (const [name, content] of Object.entries(parts)) {
    if (name.endsWith('.rels')) continue;
    const renamed = names.get(name) ?? name;
    if (name === '[Content_Types].xml') out[renamed] = strToU8(rewrittenContentTypes(strFromU8(content), names));
    else if (COMMENTS_PART.test(renamed)) out[renamed] = strToU8(withCommentRuns(strFromU8(content)));
    else out[renamed] = content;
  }
  // Each relationships part follows the part it describes.
  for (const [name, content] of Object.entries(parts)) {
    if (!name.endsWith('.rels')) continue;
    const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    const source = match ? match[1] + match[2] : name;
    const renamed = names.get(source) ?? source;
    out[match ? relsOf(renamed) : name] = strToU8(rewrittenRels(strFromU8(content), source, renamed, names));
  }
  // Stored, not compressed: ExcelJS reads it straight back, and compressing would only cost time.
  return zipSync(out, { level: 0 });
}
