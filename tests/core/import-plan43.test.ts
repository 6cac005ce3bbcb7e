/**
 * Accuracy: importing the text of Plan 43 must give the tasks, windows and lead bodies of the
 * embedded catalogue (src/catalogues/plan-43.json, written by hand from the same text).
 *
 * Two kinds of difference are editorial, not importer errors, and are applied before comparing:
 * - OCR corrections the catalogue makes on purpose: those it declares in task remarks ("Sửa lỗi
 *   nhận dạng "A" → "B"") and the heading typos listed in shared/plans/README.md ("Đổi với",
 *   "khôi"). The importer never corrects text; it keeps what the source says.
 * - A section the importer can only name as a range of lost sections ("B.II.3-B.II.4": the text
 *   does not say which) while the catalogue names one from knowledge outside the text.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import plan43Json from '../../src/catalogues/plan-43.json';
import { importPlanText } from '../../src/core/import';
import type { Catalogue, Task } from '../../src/core/model';

const FIXTURE = path.resolve(__dirname, '../fixtures/plans/binh-duong-43-KH-TU-2018.txt');
const SHARED = path.resolve(__dirname, '../../../shared/plans/binh-duong-43-KH-TU-2018.txt');
const catalogue = plan43Json as unknown as Catalogue;
const text = readFileSync(FIXTURE, 'utf8');
const result = importPlanText(text, { source: 'binh-duong-43-KH-TU-2018.txt' });

// Heading typos named in shared/plans/README.md, corrected by the catalogue in section titles.
const README_HEADING_TYPOS: Array<[string, string]> = [['Đổi với', 'Đối với'], ['khôi ', 'khối ']];

function declaredCorrections(tasks: Task[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const task of tasks) {
    for (const remark of task.remarks ?? []) {
      for (const match of remark.matchAll(/Sửa lỗi nhận dạng "([^"]+)" → "([^"]+)"/gu)) pairs.push([match[1], match[2]]);
    }
  }
  return pairs;
}

const corrections = [...declaredCorrections(catalogue.tasks), ...README_HEADING_TYPOS];
const corrected = (value: string) => corrections.reduce((out, [from, to]) => out.split(from).join(to), value);

/** "B.II.3-B.II.4" contains "B.II.4"; a plain id contains only itself. */
function sectionCovers(imported: string, expected: string): boolean {
  if (imported === expected) return true;
  const range = /^(.*\.)(\d+)-\1(\d+)$/.exec(imported);
  const single = /^(.*\.)(\d+)$/.exec(expected);
  if (range && single && range[1] === single[1]) return +single[2] >= +range[2] && +single[2] <= +range[3];
  return false;
}

function differences(): string[] {
  const out: string[] = [];
  const imported = result.catalogue.tasks;
  if (imported.length !== catalogue.tasks.length) out.push(`task count: imported ${imported.length}, catalogue ${catalogue.tasks.length}`);
  catalogue.tasks.forEach((expected, index) => {
    const actual = imported[index];
    if (!actual) return;
    const where = `${expected.id} (imported as ${actual.id})`;
    const check = (field: string, got: unknown, want: unknown) => {
      if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${where} ${field}:\n    imported  ${JSON.stringify(got)}\n    catalogue ${JSON.stringify(want)}`);
    };
    check('text', corrected(actual.text), expected.text);
    if (!sectionCovers(actual.section, expected.section)) check('section', actual.section, expected.section);
    check('lead', actual.lead.map(corrected), expected.lead);
    check('deadline.text', actual.deadline.text, expected.deadline.text);
    check('deadline.start', actual.deadline.start, expected.deadline.start);
    check('deadline.end', actual.deadline.end, expected.deadline.end);
    check('deadline.kind', actual.deadline.kind, expected.deadline.kind);
    check('incomplete', actual.incomplete ?? false, expected.incomplete ?? false);
  });
  return out;
}

describe('importPlanText on Plan 43 (43-KH/TU, Bình Dương)', () => {
  it('reads the fixture copy, identical to the shared plan text when that is present', () => {
    if (existsSync(SHARED)) expect(text).toBe(readFileSync(SHARED, 'utf8'));
    expect(text).toContain('Số 43 -KH/TU');
  });

  it('produces the catalogue\'s tasks: text, section, lead, window and fragments, field by field', () => {
    expect(differences()).toEqual([]);
  });

  it('reads the header: number, issuer, place, date, title, implemented resolution', () => {
    const plan = result.catalogue.plan;
    expect(plan.number).toBe('43-KH/TU');
    expect(plan.issuer).toBe(catalogue.plan.issuer);
    expect(plan.place).toBe('Thủ Dầu Một');
    expect(plan.issued).toBe('2018-02-12');
    expect(plan.title).toBe(catalogue.plan.title);
    expect(plan.implements).toBe(catalogue.plan.implements);
    expect(plan.source).toBe('binh-duong-43-KH-TU-2018.txt');
  });

  it('keeps ids unique and in catalogue form (section + two-digit ordinal)', () => {
    const ids = result.catalogue.tasks.map((task) => task.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const task of result.catalogue.tasks) expect(task.id).toBe(`${task.section}-${task.id.split('-').pop()}`);
    expect(ids.slice(0, 3)).toEqual(['B.I-01', 'B.I-02', 'B.I-03']);
  });

  it('counts tasks per section in its stats, with no task in A (Mục đích, yêu cầu)', () => {
    const counts = Object.fromEntries(result.stats.sections.map((s) => [s.id, s.tasks]));
    expect(counts).toMatchObject({ A: 0, 'A.I': 0, 'A.II': 0, 'B.I': 8, 'B.II': 1, 'B.II.1': 9, 'B.II.2': 7, 'B.II.3-B.II.4': 2, 'B.II.5': 6 });
    expect(counts).toMatchObject({ 'C.1': 2, 'C.2': 2, 'C.3-C.5': 4, 'C.6': 2, 'C.7': 1, 'C.8': 2, 'C.9': 3, 'C.10': 2 });
  });

  it('reports the lost pages as numbering gaps and the cut paragraphs as fragments', () => {
    const codes = result.findings.map((f) => `${f.code}:${f.taskId ?? ''}`);
    expect(codes.filter((c) => c.startsWith('IMPORT_NUMBERING_GAP'))).toHaveLength(2);
    expect(codes).toContain('IMPORT_FRAGMENT:B.II.2-07');
    expect(codes).toContain('IMPORT_FRAGMENT:C.3-C.5-01');
    const gapSections = result.catalogue.gaps.map((g) => g.section);
    expect(gapSections).toEqual(expect.arrayContaining(['B.II.2', 'B.II.3–B.II.4', 'C.3–C.5', 'C.3-C.5-01']));
    for (const finding of result.findings) {
      expect(finding.message.vi.length).toBeGreaterThan(0);
      expect(finding.message.en.length).toBeGreaterThan(0);
    }
  });

  it('removes extraction noise: bold markers, the page footer, footnote marks; keeps the footnote as a remark', () => {
    for (const task of result.catalogue.tasks) {
      expect(task.text).not.toMatch(/\*\*|HCS&KHTU|[²³]/);
    }
    const c82 = result.catalogue.tasks.find((t) => t.id === 'C.8-02');
    expect(c82?.remarks?.join(' ')).toContain('Đối với Ủy ban MTTQ Việt Nam Tỉnh');
    const c102 = result.catalogue.tasks.find((t) => t.id === 'C.10-02');
    expect(result.findings.some((f) => f.code === 'IMPORT_FOOTNOTE_MISSING' && f.taskId === 'C.10-02')).toBe(true);
    expect(c102?.original).toContain('UBND Tỉnh³');
  });

  it('joins the bullet split by a page break and keeps the source with its break as original', () => {
    const joined = result.catalogue.tasks.find((t) => t.text.includes('Truyền hình Bình Dương, sắp xếp'));
    expect(joined?.original).toBe(catalogue.tasks.find((t) => t.id === 'B.II.1-04')?.original);
  });
});
