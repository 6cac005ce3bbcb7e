/**
 * Small PDF files written by hand for the PDF reader's tests: pages of text lines set in the
 * standard Helvetica faces (no font embedded), and pages that are only an image — a scan has no
 * text operators at all. Vietnamese letters get one-byte codes of their own, which a ToUnicode
 * map turns back into text, as in the PDFs Word writes; what is drawn does not matter here.
 * Test support only.
 */

export interface MinimalLine {
  text: string;
  x: number;
  /** Baseline, in points from the bottom of an A4 page (842 high). */
  y: number;
  size?: number;
  bold?: boolean;
}

export interface MinimalPage {
  lines?: MinimalLine[];
  /** Draw a grey picture over the page, as a scanner does. */
  image?: boolean;
}

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

/** One-byte codes: printable ASCII as itself, every other character from 0x80 on. */
function codesFor(pages: MinimalPage[]): Map<string, number> {
  const codes = new Map<string, number>();
  for (let c = 0x20; c < 0x7f; c += 1) codes.set(String.fromCharCode(c), c);
  let next = 0x80;
  for (const page of pages) {
    for (const line of page.lines ?? []) {
      for (const char of line.text) {
        if (codes.has(char)) continue;
        if (next > 0xff) throw new Error('minimalPdf: more than 128 characters outside ASCII');
        codes.set(char, next++);
      }
    }
  }
  return codes;
}

function toUnicodeCMap(codes: Map<string, number>): string {
  const entries = [...codes].map(([char, code]) => `<${hex(code, 2)}> <${[...char].map((c) => hex(c.codePointAt(0) ?? 0, 4)).join('')}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return ['/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange', ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end'].join('\n');
}

function contentOf(page: MinimalPage, codes: Map<string, number>): string {
  const parts: string[] = [];
  if (page.image) parts.push('q 515 0 0 762 40 40 cm /Scan Do Q');
  for (const line of page.lines ?? []) {
    const bytes = [...line.text].map((char) => hex(codes.get(char) ?? 0x3f, 2)).join('');
    parts.push(`BT /${line.bold ? 'FB' : 'F'} ${line.size ?? 12} Tf ${line.x} ${line.y} Td <${bytes}> Tj ET`);
  }
  return parts.join('\n');
}

/** A PDF 1.4 file with a correct cross-reference table, so no reader has to repair it. */
export function minimalPdf(pages: MinimalPage[]): Buffer {
  const objects: string[] = [];
  // Object number n is objects[n - 1].
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, written once the pages are numbered
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>');
  const pixels = 'ABCD'; // 2 × 2 grey levels
  add(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`);
  const codes = codesFor(pages);
  const cmap = toUnicodeCMap(codes);
  add(`<< /Length ${Buffer.byteLength(cmap, 'latin1')} >>\nstream\n${cmap}\nendstream`);
  const kids: number[] = [];
  for (const page of pages) {
    const content = contentOf(page, codes);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const contentNumber = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contentNumber} 0 R ` +
      '/Resources << /Font << /F 3 0 R /FB 4 0 R >> /XObject << /Scan 5 0 R >> >> >>');
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((n) => `${n} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let file = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(file, 'latin1'));
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(file, 'latin1');
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, '0')} 00000 n \n`;
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(file, 'latin1');
}
