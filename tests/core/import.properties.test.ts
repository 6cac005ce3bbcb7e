/**
 * Robustness: any input gives a result (never an exception), the same input gives the same
 * result, and task ids stay unique — on random strings and on real plan text mangled the way
 * extraction and lost pages mangle it (lines deleted, duplicated, swapped, noise injected).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { importPlanText, type ImportResult } from '../../src/core/import';

const PLANS = [
  ...['binh-duong-43-KH-TU-2018.txt', 'bac-ninh-141-KH-UBND-2025.txt'].map((name) => path.resolve(__dirname, '../fixtures/plans', name)),
  // Real passages of other shapes: a decision around the plan, tables one cell per line, labels.
  ...['son-la-decision-attached.md', 'thu-tuong-article-1.md', 'lai-chau-labels.md', 'ha-noi-appendix-table.md'].map((name) =>
    path.resolve(__dirname, '../fixtures/passages', name)),
].map((file) => readFileSync(file, 'utf8').split('\n'));

const NOISE = ['|', '**', '* * *', '- 7 -', 'Trang 3', 'HCS&KHTU 2018/KH-THUC HIEN-NQ-18', '³ Chú thích', '', '| 1 | a | b |', 'a)', '**1. **', 'Nơi nhận:', 'IV.', '(((', ')',
  'PHỤ LỤC', 'QUYẾT ĐỊNH', 'Điều 1. Phê duyệt Kế hoạch với các nội dung sau:', 'Điều 2.', '[1] Chú thích', '- Nội dung: Rà soát', 'KẾ HOẠCH', '|\n|', 'STT'];

type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'noise' | 'cut'; at: number; to: number; noise: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Mutation['op']>('delete', 'duplicate', 'swap', 'noise', 'cut'),
  at: fc.nat(),
  to: fc.nat(),
  noise: fc.constantFrom(...NOISE),
});

function mutate(lines: string[], mutations: Mutation[]): string {
  const out = [...lines];
  for (const m of mutations) {
    if (out.length === 0) break;
    const at = m.at % out.length;
    const to = m.to % out.length;
    if (m.op === 'delete') out.splice(at, Math.min(1 + (m.to % 5), out.length - at));
    else if (m.op === 'duplicate') out.splice(to, 0, ...out.slice(at, at + 1 + (m.to % 4)));
    else if (m.op === 'swap') [out[at], out[to]] = [out[to], out[at]];
    else if (m.op === 'noise') out.splice(at, 0, m.noise);
    else out[at] = out[at].slice(0, m.to % (out[at].length + 1));
  }
  return out.join('\n');
}

function checkInvariants(result: ImportResult): void {
  // The last-resort guard in importPlanText must not have been needed.
  expect(result.findings.filter((f) => f.message.en.includes('internal error'))).toEqual([]);
  const ids = result.catalogue.tasks.map((task) => task.id);
  expect(new Set(ids).size).toBe(ids.length);
  const sectionIds = new Set(result.catalogue.sections.map((section) => section.id));
  expect(new Set(result.stats.sections.map((s) => s.id))).toEqual(sectionIds);
  for (const task of result.catalogue.tasks) {
    expect(task.text.length).toBeGreaterThan(0);
    expect(sectionIds.has(task.section)).toBe(true);
    expect(task.id.startsWith(`${task.section}-`)).toBe(true);
    if (task.deadline.start && task.deadline.end) expect(task.deadline.start <= task.deadline.end).toBe(true);
    if (task.lines) expect(task.lines.first).toBeLessThanOrEqual(task.lines.last);
  }
  for (const finding of result.findings) {
    expect(finding.message.vi).not.toBe('');
    expect(finding.message.en).not.toBe('');
  }
  expect(result.stats.sections.reduce((sum, s) => sum + s.tasks, 0)).toBe(result.catalogue.tasks.length);
}

describe('importPlanText robustness', () => {
  it('handles random strings: a result every time, the same twice, unique ids', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const first = importPlanText(text);
        expect(importPlanText(text)).toEqual(first);
        checkInvariants(first);
      }),
      { numRuns: 300 },
    );
  });

  it('handles random lines built from plan-like pieces', () => {
    const piece = fc.constantFrom(...NOISE, 'A. NỘI DUNG', 'I. NHIỆM VỤ', '1. Sở Tài chính', '- Xây dựng kế hoạch (Quý I/2018).', 'chức, đơn vị', 'Đơn vị chủ trì: Sở Tư pháp.', 'Thời gian thực hiện: Thường', 'xuyên.', 'C. TỔ CHỨC THỰC HIỆN', '5. Đối với cấp xã', '+ báo cáo quý;');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (lines) => {
        const text = lines.join('\n');
        const first = importPlanText(text);
        expect(importPlanText(text)).toEqual(first);
        checkInvariants(first);
      }),
      { numRuns: 300 },
    );
  });

  it('handles real plans with lines deleted, duplicated, swapped, cut and noise injected', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(mutation, { maxLength: 25 }), (plan, mutations) => {
        const text = mutate(PLANS[plan], mutations);
        const first = importPlanText(text);
        expect(importPlanText(text)).toEqual(first);
        checkInvariants(first);
        // Provenance: every task's original is a piece of the (normalised) source.
        const normalised = text.normalize('NFC').replace(/\r\n?/g, '\n');
        for (const task of first.catalogue.tasks) expect(normalised.includes(task.original)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('never throws on values that are not text', () => {
    const odd = [undefined, null, 42, {}, []] as unknown as string[];
    for (const value of odd) expect(importPlanText(value).catalogue.tasks).toEqual([]);
  });
});
