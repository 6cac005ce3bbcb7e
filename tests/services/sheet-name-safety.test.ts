/**
 * Excel sheet names ignore case, so a planner's "tổng quan" (or "TỔNG QUAN", or the same name in
 * decomposed Unicode) is the sheet "Tổng quan" as far as Excel is concerned: the add-in must treat
 * it as taken, stop with 'sheet-name-taken' and write nothing.
 */
import { plan43 } from '../../src/catalogues';
import type { Settings } from '../../src/core/model';
import { SHEETS, TABLES } from '../../src/layout/names';
import { sameSheetName, sheetNameKey } from '../../src/layout/sheet-name';
import { loadCatalogue, summarizeWorkbook } from '../../src/services';
import { assertWritable } from '../../src/services/common';
import { tasksSheet } from '../../src/layout/tasks-sheet';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { isWorkbookError } from '../../src/workbook/port';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };
const options = { catalogue: plan43, settings };
const spellings = (name: string) => [name.toLocaleLowerCase('vi'), name.toLocaleUpperCase('vi'), name.normalize('NFD')];

describe('sheet names compare as Excel compares them', () => {
  it('ignores case and Unicode normalisation, nothing else', () => {
    expect(spellings('Tổng quan').map((n) => sheetNameKey(n))).toEqual(['tổng quan', 'tổng quan', 'tổng quan']);
    expect(sameSheetName('Nhiệm vụ', 'NHIỆM VỤ'.normalize('NFD'))).toBe(true);
    expect(sameSheetName('Nhiệm vụ', 'Nhiem vu')).toBe(false);
    expect(sameSheetName('Tổng quan', 'Tổng quan ')).toBe(false);
  });

  it('assertWritable stops at a planner sheet spelled in another case or form, naming it as spelled', () => {
    const spec = tasksSheet({ plan: plan43.plan, tasks: [], settings });
    for (const name of spellings(SHEETS.tasks)) {
      const error = (() => { try { assertWritable([{ name, tables: [], hidden: false }], [spec]); return null; } catch (e) { return e; } })();
      expect(isWorkbookError(error) && [error.kind, error.words.vi]).toEqual(['sheet-name-taken', expect.stringContaining(`"${name}"`)]);
    }
    // The add-in's own sheet, spelled exactly, is still its to rewrite.
    expect(() => assertWritable([{ name: SHEETS.tasks, tables: [TABLES.tasks], hidden: false }], [spec])).not.toThrow();
  });

  it.each(spellings(SHEETS.overview))('summarise stops at a planner sheet %j and writes nothing', async (name) => {
    const wb = new MemoryWorkbook();
    await loadCatalogue(wb, options);
    wb.addPlannerSheet(name, { A1: 'bản của tôi' });
    const before = wb.dump();
    const writes = wb.writes;
    await expect(summarizeWorkbook(wb, { settings })).rejects.toMatchObject({ kind: 'sheet-name-taken' });
    expect(wb.writes).toBe(writes);
    expect(wb.dump()).toEqual(before);
    expect(wb.sheetNames()).toEqual([SHEETS.tasks, SHEETS.owners, SHEETS.plan, name]);
  });

  it.each(spellings(SHEETS.tasks))('load stops at a planner sheet %j and writes nothing', async (name) => {
    const wb = new MemoryWorkbook();
    wb.addPlannerSheet(name, { A1: 'của tôi' });
    await expect(loadCatalogue(wb, options)).rejects.toMatchObject({ kind: 'sheet-name-taken' });
    expect(wb.writes).toBe(0);
    expect(wb.dump()).toEqual({ [name]: { A1: 'của tôi' } });
  });
});
