/**
 * A plan laid out as a Vietnamese administrative document is printed (Nghị định 30/2020): the
 * letterhead as a two-column table (issuer and number | national motto, place and date), justified
 * paragraphs with an indented first line and spacing after, a running page header and a page
 * number in the footer, the "Nơi nhận" and signature block as a closing table. Written as a flat
 * OpenDocument file (.fodt) that LibreOffice Writer prints to PDF. Test support only.
 */

export interface OfficialDocument {
  letterhead: { left: string[]; right: string[] };
  /** Body paragraphs; `heading` ones are bold, `centered` ones centred (the title). */
  paragraphs: Array<{ text: string; heading?: boolean; centered?: boolean }>;
  closing: { left: string[]; right: string[] };
  runningHeader: string;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cell(lines: string[], style: string): string {
  return `<table:table-cell office:value-type="string">${lines.map((line) => `<text:p text:style-name="${style}">${xml(line)}</text:p>`).join('')}</table:table-cell>`;
}

function twoColumns(name: string, left: string[], right: string[], leftStyle: string, rightStyle: string): string {
  return `<table:table table:name="${name}" table:style-name="Frame"><table:table-column table:style-name="Left"/><table:table-column table:style-name="Right"/>` +
    `<table:table-row>${cell(left, leftStyle)}${cell(right, rightStyle)}</table:table-row></table:table>`;
}

export function officialDocumentFodt(document: OfficialDocument): string {
  const body = document.paragraphs
    .map((p) => `<text:p text:style-name="${p.centered ? 'Title' : p.heading ? 'Heading' : 'Body'}">${xml(p.text)}</text:p>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="DejaVu Serif" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm" fo:margin-top="0cm" fo:margin-bottom="6pt" fo:line-height="115%"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm" fo:margin-top="0cm" fo:margin-bottom="6pt" fo:line-height="115%"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="6pt" fo:margin-bottom="6pt"/><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
 <style:style style:name="CellCenter" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="CellLeft" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Frame" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-bottom="12pt"/></style:style>
 <style:style style:name="Left" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
 <style:style style:name="Right" style:family="table-column"><style:table-column-properties style:column-width="9.5cm"/></style:style>
 <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
 <style:header><text:p text:style-name="Small">${xml(document.runningHeader)}</text:p></style:header>
 <style:footer><text:p text:style-name="Small"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${twoColumns('Letterhead', document.letterhead.left, document.letterhead.right, 'CellCenter', 'CellCenter')}
${body}
${twoColumns('Closing', document.closing.left, document.closing.right, 'CellLeft', 'CellCenter')}
</office:text></office:body></office:document>
`;
}

/**
 * The body of a plan text as extracted to Markdown (tests/fixtures/plans): paragraphs between
 * blank lines, their wrapped lines joined, emphasis markers dropped; a paragraph wholly in bold
 * is a heading. From `from` (the "KẾ HOẠCH" line) to `until` (the closing separator).
 */
export function paragraphsOfPlanText(text: string, from: string, until: string): OfficialDocument['paragraphs'] {
  const start = text.indexOf(from);
  const end = text.indexOf(until, start);
  return text
    .slice(start, end)
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block !== '' && block.replace(/[*\s]/g, '') !== '')
    .map((block) => ({ text: block.replace(/\*+/g, '').replace(/\s+/g, ' ').trim(), heading: /^\*\*.*\*\*$/.test(block) }));
}
