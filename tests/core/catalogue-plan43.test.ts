import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plan43 } from '../../src/catalogues';
import { parseCatalogue, serializeCatalogue } from '../../src/core/catalogue';
import { readDeadline } from '../../src/core/deadline';
import type { Task } from '../../src/core/model';

const SOURCE = '/work/shared/plans/binh-duong-43-KH-TU-2018.txt';
const JSON_PATH = join(__dirname, '../../src/catalogues/plan-43.json');

function task(id: string): Task {
  const found = plan43.tasks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

function countBySection(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { section } of plan43.tasks) counts[section] = (counts[section] ?? 0) + 1;
  return counts;
}

describe('Plan 43 header', () => {
  it('records the plan as printed', () => {
    expect(plan43.format).toBe('plan-tracker/catalogue');
    expect(plan43.version).toBe(1);
    expect(plan43.plan).toMatchObject({
      number: '43-KH/TU',
      issuer: 'Tỉnh ủy Bình Dương',
      place: 'Thủ Dầu Một',
      issued: '2018-02-12',
      source: 'binh-duong-43-KH-TU-2018.txt',
    });
    expect(plan43.plan.title).toMatch(/^Thực hiện Nghị quyết số 18-NQ\/TW \(khóa XII\)/);
    expect(plan43.plan.implements).toMatch(/^Nghị quyết số 18-NQ\/TW ngày 25\/10\/2017/);
  });

  it('lists the sections that survive, with the lost headings left empty', () => {
    expect(plan43.sections.map((section) => section.id)).toEqual([
      'A', 'A.I', 'A.II', 'B', 'B.I', 'B.II', 'B.II.1', 'B.II.2', 'B.II.4', 'B.II.5',
      'C', 'C.1', 'C.2', 'C.3-C.5', 'C.6', 'C.7', 'C.8', 'C.9', 'C.10',
    ]);
    const title = (id: string) => plan43.sections.find((section) => section.id === id)?.title;
    expect(title('C.6')).toBe('Sở Tài chính');
    expect(title('B.II.2')).toBe('Đối với các cơ quan khối chính quyền Tỉnh');
    expect(title('B.II.4')).toBe('');
    expect(title('C.3-C.5')).toBe('');
  });
});

describe('Plan 43 tasks', () => {
  it('has every surviving task, counted per section', () => {
    expect(countBySection()).toEqual({
      'B.I': 8, 'B.II': 1, 'B.II.1': 9, 'B.II.2': 7, 'B.II.4': 2, 'B.II.5': 6,
      'C.1': 2, 'C.2': 2, 'C.3-C.5': 4, 'C.6': 2, 'C.7': 1, 'C.8': 2, 'C.9': 3, 'C.10': 2,
    });
    expect(plan43.tasks).toHaveLength(51);
  });

  it('gives every task a unique id made of its section and a two-digit ordinal', () => {
    const ids = plan43.tasks.map((candidate) => candidate.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ordinals: Record<string, number> = {};
    for (const candidate of plan43.tasks) {
      ordinals[candidate.section] = (ordinals[candidate.section] ?? 0) + 1;
      expect(candidate.id).toBe(`${candidate.section}-${String(ordinals[candidate.section]).padStart(2, '0')}`);
    }
  });

  it('keeps no task in A (purpose) or in the list of recipients', () => {
    expect(plan43.tasks.some((candidate) => candidate.section.startsWith('A'))).toBe(false);
    expect(plan43.tasks.some((candidate) => /Nơi nhận|Lưu VPTU/.test(candidate.text))).toBe(false);
  });

  it('cleans extraction artefacts out of every text', () => {
    for (const candidate of plan43.tasks) {
      expect(candidate.text).not.toMatch(/\*|HCS&KHTU|²|³|\n/);
      expect(candidate.text.startsWith('- ')).toBe(false);
      expect(candidate.text).toBe(candidate.text.normalize('NFC'));
    }
  });

  it('keeps each original exactly as it stands in the source', () => {
    const source = readFileSync(SOURCE, 'utf8');
    for (const candidate of plan43.tasks) expect(source).toContain(candidate.original);
    expect(task('B.II.1-04').original).toContain('**thực hiện trong năm 2018**');
    expect(task('C.8-02').original).toContain('giám sát²');
  });

  it('joins the bullet split by a page break', () => {
    expect(task('B.II.1-04').text).toContain('Đài Phát thanh - Truyền hình Bình Dương, sắp xếp lại');
    expect(task('B.II.1-04').original).toContain('Truyền hình Bình\n\nDương,');
  });

  it('corrects OCR typos only with a remark, leaving the original untouched', () => {
    const corrections: [id: string, corrected: string, typo: string][] = [
      ['B.II.1-05', 'chính sách đối với', 'đổi với'],
      ['B.II.2-04', 'Nghị quyết 19-NQ/TW', '19-Q/TW'],
      ['C.3-C.5-01', 'công lập cấp tỉnh;', 'cấp tinh'],
    ];
    for (const [id, corrected, typo] of corrections) {
      expect(task(id).text).toContain(corrected);
      expect(task(id).text).not.toContain(typo);
      expect(task(id).original).toContain(typo);
      expect(task(id).remarks).toContainEqual(expect.stringContaining(`"${typo}"`));
    }
  });

  it('moves footnote ² into a remark of the task that carries the mark', () => {
    expect(task('C.8-02').text).toContain('kế hoạch giám sát và thông tin');
    expect(task('C.8-02').remarks?.join(' ')).toContain('Đối với Ủy ban MTTQ Việt Nam Tỉnh');
    expect(task('C.10-02').remarks?.join(' ')).toContain('³');
  });

  it('keeps the two fragments as incomplete tasks, never completed by invention', () => {
    const fragments = plan43.tasks.filter((candidate) => candidate.incomplete);
    expect(fragments.map((candidate) => candidate.id)).toEqual(['B.II.2-07', 'C.3-C.5-01']);
    expect(task('B.II.2-07').text).toBe('Thực hiện lộ trình phù hợp, nghiên cứu tham mưu cấp có thẩm quyền điều');
    expect(task('C.3-C.5-01').text.startsWith('chức, đơn vị sự nghiệp công lập')).toBe(true);
    for (const fragment of fragments) expect(fragment.remarks?.length).toBeGreaterThan(0);
  });

  it('leaves the lead empty where the heading that named it is lost', () => {
    for (const candidate of plan43.tasks.filter((c) => c.section === 'C.3-C.5' || c.section === 'B.II.4')) {
      expect(candidate.lead).toEqual([]);
      expect(candidate.remarks?.join(' ')).toMatch(/bị mất/);
    }
  });

  it('takes leads from the headings under C and support from "phối hợp với"', () => {
    expect(task('C.6-01')).toMatchObject({ lead: ['Sở Tài chính'], support: ['Các cơ quan có liên quan'] });
    expect(task('C.7-01').lead).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    expect(task('C.2-01').support).toEqual(['Ban Cán sự Đảng UBND Tỉnh']);
    expect(task('C.3-C.5-02').support).toEqual(['Ban Tổ chức Tỉnh ủy', 'Sở Tài chính', 'Các cơ quan liên quan']);
    expect(task('B.I-01').lead).toEqual(['Các cấp ủy, chính quyền, tổ chức đảng, lãnh đạo cơ quan, đơn vị trong tỉnh']);
    expect(task('B.II.1-01').lead).toEqual(['Các cơ quan khối Đảng Tỉnh']);
  });

  it('reads C.7 as one paragraph task', () => {
    expect(task('C.7-01').original.startsWith('Chủ trì, chỉ đạo Báo Bình Dương')).toBe(true);
  });
});

describe('Plan 43 deadlines', () => {
  it('reads "trong tháng 01/2018" of C.10 as ending 2018-01-31', () => {
    expect(task('C.10-01').deadline).toMatchObject({ text: 'thực hiện trong tháng 01/2018', start: '2018-01-01', end: '2018-01-31', kind: 'month' });
  });

  it('keeps the time phrase verbatim without brackets or bold markers', () => {
    expect(task('B.II.1-04').deadline.text).toBe('thực hiện trong năm 2018');
    expect(task('B.II-01').deadline).toMatchObject({ text: 'hoàn thành trong Quý I/2018', end: '2018-03-31', kind: 'quarter' });
    for (const candidate of plan43.tasks) {
      expect(candidate.deadline.text).not.toMatch(/[*()]/);
      if (candidate.deadline.text !== '') expect(candidate.text).toContain(candidate.deadline.text);
    }
  });

  it('records the event-dependent phrase inside B.II.2-01', () => {
    expect(task('B.II.2-01').deadline).toEqual({
      text: 'theo lộ trình quy định, hướng dẫn của Chính phủ', start: null, end: null, kind: 'event', convention: null,
    });
  });

  it('marks tasks without a time phrase as missing', () => {
    expect(task('C.1-01').deadline).toEqual({ text: '', start: null, end: null, kind: 'missing', convention: null });
  });

  // An audit between two independent readings: the windows written by reading the plan and the
  // windows the deadline reader computes from the same phrases.
  it.each(plan43.tasks.map((candidate) => [candidate.id, candidate] as const))('%s: the stored window equals readDeadline', (_id, candidate) => {
    expect(candidate.deadline).toEqual(readDeadline(candidate.deadline.text, { issued: plan43.plan.issued }));
  });
});

describe('Plan 43 gaps', () => {
  it('records every lost part of the source', () => {
    expect(plan43.gaps.map((gap) => gap.section)).toEqual(['B.II.2', 'B.II.3', 'B.II.4', 'C.3–C.5', 'C.3-C.5-01', 'C.10']);
    for (const gap of plan43.gaps) expect(gap.description).toMatch(/ \/ /);
  });
});

describe('Plan 43 as catalogue JSON', () => {
  it('passes parseCatalogue with no errors and round-trips unchanged', () => {
    const json = readFileSync(JSON_PATH, 'utf8');
    const parsed = parseCatalogue(JSON.parse(json));
    expect(parsed.errors).toEqual([]);
    expect(parsed.catalogue).toEqual(plan43);
    expect(serializeCatalogue(plan43)).toBe(json);
  });
});
