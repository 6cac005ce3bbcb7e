/**
 * loadPlanFile (src/cli/load-plan.ts): a catalogue .json through parseCatalogue; a plan text
 * (.txt/.md) or a Word file (.docx, through mammoth) through the importer; anything else, or a
 * file that cannot be read, a CliFailure with one line. The .docx is made here with JSZip.
 * PDFs and files that are not what they seem: tests/cli/plan-file-input.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { plan43 } from '../../src/catalogues';
import { serializeCatalogue } from '../../src/core/catalogue';
import { CliFailure } from '../../src/cli/io';
import { loadPlanFile } from '../../src/cli/load-plan';

const PLANS = path.resolve(__dirname, '../fixtures/plans');
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'load-plan-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The smallest Word file mammoth reads: one w:p per paragraph. */
async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CliFailure);
    return (error as Error).message;
  }
  throw new Error('expected a CliFailure');
}

describe('loadPlanFile', () => {
  it('imports the Plan 43 text (.txt) with its findings', async () => {
    const loaded = await loadPlanFile(path.join(PLANS, 'binh-duong-43-KH-TU-2018.txt'));
    expect(loaded.catalogue.plan.number).toBe('43-KH/TU');
    expect(loaded.catalogue.plan.source).toBe('binh-duong-43-KH-TU-2018.txt');
    expect(loaded.catalogue.tasks).toHaveLength(plan43.tasks.length);
    expect(loaded.findings.map((f) => f.code)).toContain('IMPORT_NUMBERING_GAP');
  });

  it('imports the Bắc Ninh text saved as .md', async () => {
    const file = path.join(folder, 'bac-ninh.md');
    writeFileSync(file, readFileSync(path.join(PLANS, 'bac-ninh-141-KH-UBND-2025.txt')));
    const loaded = await loadPlanFile(file);
    expect(loaded.catalogue.plan.number).toBe('141/KH-UBND');
    expect(loaded.catalogue.tasks).toHaveLength(24);
  });

  it('imports a Word file through mammoth', async () => {
    const file = path.join(folder, 'ke-hoach.docx');
    writeFileSync(file, await makeDocx([
      'UBND HUYỆN AN PHÚ', 'Số: 7/KH-UBND', 'An Phú, ngày 02 tháng 01 năm 2025', 'KẾ HOẠCH', 'Cải cách hành chính năm 2025',
      'I. NHIỆM VỤ', '1. Phòng Nội vụ', '- Rà soát thủ tục hành chính (Quý I/2025).', '- Kiểm tra công vụ (Quý III/2025).',
    ]));
    const loaded = await loadPlanFile(file);
    expect(loaded.catalogue.plan).toMatchObject({ number: '7/KH-UBND', issued: '2025-01-02', source: 'ke-hoach.docx' });
    expect(loaded.catalogue.tasks.map((t) => [t.id, t.lead, t.deadline.end])).toEqual([
      ['I.1-01', ['Phòng Nội vụ'], '2025-03-31'],
      ['I.1-02', ['Phòng Nội vụ'], '2025-09-30'],
    ]);
  });

  it('reads a catalogue .json through parseCatalogue', async () => {
    const file = path.join(folder, 'plan.json');
    writeFileSync(file, serializeCatalogue(plan43));
    const loaded = await loadPlanFile(file);
    expect(loaded.catalogue).toEqual(plan43);
    expect(loaded.findings).toEqual([]);
  });

  it('fails with one line for other types, missing files, broken JSON and broken Word files', async () => {
    writeFileSync(path.join(folder, 'plan.odt'), 'x');
    writeFileSync(path.join(folder, 'broken.json'), '{ nope');
    writeFileSync(path.join(folder, 'wrong.json'), '{"format":"other"}');
    writeFileSync(path.join(folder, 'broken.docx'), 'not a zip');
    const messages = [
      await failureOf(loadPlanFile(path.join(folder, 'plan.odt'))),
      await failureOf(loadPlanFile(path.join(folder, 'missing.txt'))),
      await failureOf(loadPlanFile(path.join(folder, 'broken.json'))),
      await failureOf(loadPlanFile(path.join(folder, 'wrong.json'))),
      await failureOf(loadPlanFile(path.join(folder, 'broken.docx'))),
      await failureOf(loadPlanFile(folder + '/')),
    ];
    expect(messages[0]).toContain('unsupported file type ".odt"');
    expect(messages[0]).toContain('use .json, .txt, .md, .docx or .pdf');
    expect(messages[1]).toContain('file not found');
    expect(messages[2]).toContain('not valid JSON');
    expect(messages[3]).toContain('invalid catalogue');
    expect(messages[4]).toContain('not a readable Word .docx file');
    expect(messages[5]).toContain('unsupported file type');
    for (const message of messages) expect(message).not.toContain('\n');
  });
});
