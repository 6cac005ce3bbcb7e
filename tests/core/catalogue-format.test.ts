import { plan43 } from '../../src/catalogues';
import { parseCatalogue, serializeCatalogue } from '../../src/core/catalogue';
import type { Catalogue } from '../../src/core/model';

/** A small valid catalogue as a user might write it, as plain JSON data. */
function minimal(): Record<string, unknown> {
  return {
    format: 'plan-tracker/catalogue',
    version: 1,
    plan: { number: '1/KH', issuer: 'UBND xã A', place: 'A', issued: '2025-03-01', title: 'Kế hoạch thử', implements: 'Nghị quyết X' },
    sections: [{ id: '1', title: 'Nhiệm vụ' }],
    tasks: [
      { id: '1-01', section: '1', text: 'Việc một', lead: ['Văn phòng'], deadline: { text: 'Quý II/2025', start: '2025-04-01', end: '2025-06-30', kind: 'quarter' } },
      { id: '1-02', section: '1', text: 'Việc hai', lead: [], deadline: { text: '', start: null, end: null, kind: 'missing', convention: null } },
    ],
  };
}

function tasksOf(value: Record<string, unknown>): Record<string, unknown>[] {
  return value.tasks as Record<string, unknown>[];
}

describe('parseCatalogue', () => {
  it('round-trips the embedded Plan 43 catalogue through its JSON text', () => {
    const text = serializeCatalogue(plan43);
    const parsed = parseCatalogue(JSON.parse(text));
    expect(parsed.errors).toEqual([]);
    expect(parsed.catalogue).toEqual(plan43);
    expect(serializeCatalogue(parsed.catalogue as Catalogue)).toBe(text);
  });

  it('fills the optional task fields of a hand-written catalogue', () => {
    const { catalogue, errors } = parseCatalogue(minimal());
    expect(errors).toEqual([]);
    expect(catalogue?.tasks[0]).toEqual({
      id: '1-01', section: '1', heading: '', text: 'Việc một', original: 'Việc một', lead: ['Văn phòng'], support: [],
      deadline: { text: 'Quý II/2025', start: '2025-04-01', end: '2025-06-30', kind: 'quarter', convention: null },
    });
    expect(catalogue?.gaps).toEqual([]);
  });

  it('reports a broken task by its path and keeps the others', () => {
    const input = minimal();
    tasksOf(input).push({ id: '1-03', section: '1', text: 'Việc ba', lead: [], deadline: { text: 'x', start: '2025-02-30', end: null, kind: 'by-date' } });
    const { catalogue, errors } = parseCatalogue(input);
    expect(errors).toEqual([{
      vi: 'tasks[2].deadline.start: không phải ngày hợp lệ YYYY-MM-DD (là "2025-02-30")',
      en: 'tasks[2].deadline.start: not a date YYYY-MM-DD (got "2025-02-30")',
    }]);
    expect(catalogue?.tasks.map((task) => task.id)).toEqual(['1-01', '1-02']);
  });

  it('names every problem of a task, Vietnamese first', () => {
    const input = minimal();
    tasksOf(input)[1] = { id: '', section: 3, text: 'Việc', lead: 'Sở Tài chính', deadline: { text: '', start: null, end: null, kind: 'soon' } };
    const { catalogue, errors } = parseCatalogue(input);
    expect(errors.map((error) => error.en)).toEqual([
      'tasks[1].id: must not be empty',
      'tasks[1].section: missing or not a string (got number)',
      'tasks[1].lead: must be a list of strings',
      expect.stringMatching(/^tasks\[1\]\.deadline\.kind: unknown deadline kind "soon" \(allowed: missing, year, /),
    ]);
    expect(errors[0].vi).toBe('tasks[1].id: không được để trống');
    expect(catalogue?.tasks).toHaveLength(1);
  });

  it('rejects a window that ends before it starts', () => {
    const input = minimal();
    tasksOf(input)[0].deadline = { text: 'x', start: '2025-06-30', end: '2025-04-01', kind: 'range', convention: null };
    const { errors } = parseCatalogue(input);
    expect(errors.map((error) => error.en)).toEqual(['tasks[0].deadline: start 2025-06-30 is after end 2025-04-01']);
  });

  it('reports a duplicate id and leaves the later task out', () => {
    const input = minimal();
    tasksOf(input)[1].id = '1-01';
    const { catalogue, errors } = parseCatalogue(input);
    expect(errors).toEqual([{ vi: 'tasks[1].id: mã "1-01" bị trùng; mục này bị bỏ qua', en: 'tasks[1].id: duplicate id "1-01"; this one is left out' }]);
    expect(catalogue?.tasks.map((task) => task.text)).toEqual(['Việc một']);
  });

  it('checks recurrence and remarks', () => {
    const input = minimal();
    tasksOf(input)[0].deadline = { text: 'hằng tuần', start: null, end: null, kind: 'recurring', convention: null, recurrence: { every: 'week' } };
    tasksOf(input)[1].remarks = ['ok', 3];
    const { errors } = parseCatalogue(input);
    expect(errors.map((error) => error.en)).toEqual([
      'tasks[0].deadline.recurrence.every: unknown period (allowed: year, half-year, quarter, month)',
      'tasks[1].remarks: must be a list of strings',
    ]);
  });

  it('refuses a value that is not a catalogue at all', () => {
    expect(parseCatalogue([1, 2])).toEqual({
      catalogue: null,
      errors: [{ vi: '(gốc): danh mục phải là một đối tượng JSON (là array)', en: '(root): a catalogue must be a JSON object (got array)' }],
    });
    expect(parseCatalogue({ ...minimal(), format: 'other' }).errors[0].en).toBe('format: must be "plan-tracker/catalogue" (got "other")');
    expect(parseCatalogue({ ...minimal(), version: 2 }).errors[0].en).toBe('version: version 2 is not supported (supported: 1)');
  });

  it('refuses a catalogue whose plan header is broken, naming each field', () => {
    const input = minimal();
    input.plan = { number: '1/KH', issuer: 'UBND xã A', place: 'A', issued: '01/03/2025', title: 'T' };
    const { catalogue, errors } = parseCatalogue(input);
    expect(catalogue).toBeNull();
    expect(errors.map((error) => error.en)).toEqual([
      'plan.issued: not a date YYYY-MM-DD (got "01/03/2025")',
      'plan.implements: missing or not a string (got undefined)',
    ]);
  });

  it('refuses a catalogue without a task list', () => {
    const input = minimal();
    delete input.tasks;
    expect(parseCatalogue(input)).toEqual({ catalogue: null, errors: [{ vi: 'tasks: thiếu danh sách nhiệm vụ', en: 'tasks: the task list is missing' }] });
  });
});

describe('serializeCatalogue', () => {
  it('writes keys in a stable order whatever order the object had', () => {
    const { catalogue } = parseCatalogue(minimal());
    const shuffled = JSON.parse(JSON.stringify(catalogue), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value) as Catalogue;
    expect(Object.keys(shuffled)[0]).toBe('gaps');
    expect(serializeCatalogue(shuffled)).toBe(serializeCatalogue(catalogue as Catalogue));
  });

  it('indents by two spaces and ends with a newline', () => {
    const text = serializeCatalogue(plan43);
    expect(text.startsWith('{\n  "format": "plan-tracker/catalogue",\n  "version": 1,\n  "plan": {\n    "number": "43-KH/TU"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('compact: the same keys in the same order on one line (what a workbook stores)', () => {
    const compact = serializeCatalogue(plan43, { compact: true });
    expect(compact.startsWith('{"format":"plan-tracker/catalogue","version":1,"plan":{"number":"43-KH/TU"')).toBe(true);
    expect(compact).not.toContain('\n');
    expect(compact).toBe(JSON.stringify(JSON.parse(serializeCatalogue(plan43))));
  });
});
