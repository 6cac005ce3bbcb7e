import { plan43 } from '../../src/catalogues';
import { serializeCatalogue } from '../../src/core/catalogue';
import type { Catalogue } from '../../src/core/model';
import { archiveSheet, archiveSheetName } from '../../src/layout/archive-sheet';
import { SHEETS, TABLES } from '../../src/layout/names';
import { planSheet, storedCatalogueText } from '../../src/layout/plan-sheet';
import { readPlanRecord } from '../../src/layout/readback';
import type { TableSpec } from '../../src/layout/spec';
import { CELL_TEXT_CHUNK, splitText } from '../../src/layout/text-chunks';
import type { ReadCell, TableRead } from '../../src/layout/readback/table-read';
import { bacNinh } from '../fixtures/plans/bac-ninh';

/** A table as an adapter reads it back (what the layout writes, cell for cell). */
function asRead(table: TableSpec, sheet: string): TableRead {
  return {
    sheet, table: table.name, headers: table.columns.map((c) => c.header),
    rows: table.rows.map((row) => row.map((cell) => (cell === '' ? null : (cell as ReadCell)))),
    headerRow: table.headerRow, firstColumn: table.firstColumn,
  };
}

const record = (catalogue: Catalogue) => asRead(planSheet(catalogue).tables[0], SHEETS.plan);

describe('the plan record (hidden sheet PT_Plan)', () => {
  it('is a hidden sheet with the identity rows, then the catalogue JSON in parts', () => {
    const spec = planSheet(plan43);
    expect([spec.name, spec.hidden, spec.print, spec.tables[0].name]).toEqual([SHEETS.plan, true, null, TABLES.plan]);
    const rows = spec.tables[0].rows;
    expect(rows.slice(0, 5)).toEqual([
      ['number', 'Số kế hoạch', 1, '43-KH/TU'],
      ['issued', 'Ngày ban hành', 1, '12/02/2018'],
      ['issuer', 'Cơ quan ban hành', 1, 'Tỉnh ủy Bình Dương'],
      ['title', 'Trích yếu', 1, plan43.plan.title],
      ['source', 'Tệp nguồn', 1, 'binh-duong-43-KH-TU-2018.txt'],
    ]);
    // 46,994 characters of JSON: two parts, each under Excel's 32,767 per cell.
    const parts = rows.slice(5);
    expect(parts.map((row) => [row[0], row[2]])).toEqual([['catalogue', 1], ['catalogue', 2]]);
    for (const row of parts) expect(String(row[3]).length).toBeLessThanOrEqual(CELL_TEXT_CHUNK);
    expect(parts.map((row) => row[3]).join('')).toBe(serializeCatalogue(plan43, { compact: true }));
  });

  it.each([['Kế hoạch 43', plan43], ['Kế hoạch 141/KH-UBND, imported', bacNinh()]])('reads %s back identical', (_name, catalogue) => {
    const read = readPlanRecord(record(catalogue));
    expect(read.catalogue).toEqual(catalogue);
    expect(serializeCatalogue(read.catalogue as Catalogue)).toBe(serializeCatalogue(catalogue));
    expect(read.number).toBe(catalogue.plan.number);
  });

  it('keeps text that .xlsx would unescape ("_x0041_") and a character where the parts meet', () => {
    const withText = (text: string): Catalogue => ({ ...plan43, tasks: [{ ...plan43.tasks[0], text }] });
    // An emoji (two UTF-16 units) placed to straddle the end of the first part.
    const before = storedCatalogueText(withText('MARK')).indexOf('MARK');
    const text = `${'a'.repeat(CELL_TEXT_CHUNK - 1 - before)}😀 _x0041_ \\_x`;
    const table = record(withText(text));
    const parts = table.rows.filter((row) => row[0] === 'catalogue').map((row) => String(row[3]));
    expect(parts[0]).toHaveLength(CELL_TEXT_CHUNK - 1);
    expect(parts[1].startsWith('😀')).toBe(true);
    expect(parts.some((part) => part.includes('_x'))).toBe(false);
    expect(readPlanRecord(table).catalogue?.tasks[0].text).toBe(text);
  });

  it('writes every "_x" as "\\u005fx", side by side and at either end too, and only those', () => {
    const text = '_x__x_x_xx x_ _X _';
    const stored = storedCatalogueText({ ...plan43, tasks: [{ ...plan43.tasks[0], text }] });
    const plain = serializeCatalogue({ ...plan43, tasks: [{ ...plan43.tasks[0], text }] }, { compact: true });
    expect(stored).toBe(plain.split('_x').join('\\u005fx'));
    expect(stored).toContain('"text":"\\u005fx_\\u005fx\\u005fx\\u005fxx x_ _X _"');
    expect(JSON.parse(stored).tasks[0].text).toBe(text);
    expect(storedCatalogueText(plan43)).toBe(serializeCatalogue(plan43, { compact: true }));
  });

  it('joins the parts by their number, whatever the row order', () => {
    const table = record(plan43);
    table.rows = [table.rows[6], ...table.rows.slice(0, 6)];
    expect(readPlanRecord(table).catalogue).toEqual(plan43);
  });

  it('a damaged record gives no catalogue, but still the number it names', () => {
    const table = record(plan43);
    table.rows[6] = [...table.rows[6].slice(0, 3), 'không phải JSON'];
    expect(readPlanRecord(table)).toEqual({ catalogue: null, number: '43-KH/TU' });
    const broken = record({ ...plan43, tasks: [{ ...plan43.tasks[0], deadline: { ...plan43.tasks[0].deadline, start: '2018-02-30' } }] });
    expect(readPlanRecord(broken).catalogue).toBeNull();
  });
});

describe('splitText', () => {
  it('cuts into parts that join back, never inside a surrogate pair', () => {
    expect(splitText('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(splitText('', 3)).toEqual(['']);
    expect(splitText('ab😀cd', 3)).toEqual(['ab', '😀c', 'd']);
  });
});

describe('the archive of a replaced plan', () => {
  it('is named after the plan, fit for Excel, and never takes a name in use', () => {
    expect(archiveSheetName('43-KH/TU', [])).toBe('Nhiệm vụ (43-KH-TU)');
    expect(archiveSheetName('43-KH/TU', ['nhiệm vụ (43-kh-tu)'])).toBe('Nhiệm vụ (43-KH-TU) 2');
    expect(archiveSheetName('43-KH/TU', ['Nhiệm vụ (43-KH-TU)', 'Nhiệm vụ (43-KH-TU) 2'])).toBe('Nhiệm vụ (43-KH-TU) 3');
    const long = archiveSheetName('1234/KH-BCĐ-UBND-SNV:TTr[2025]', []);
    expect(long).toBe('Nhiệm vụ (1234-KH-BCĐ-UBND-SNV)');
    expect(long.length).toBeLessThanOrEqual(31);
  });

  it('copies each table as values: dates stay dates, text stays text, an error value as its text', () => {
    const table: TableRead = {
      sheet: SHEETS.tasks, table: TABLES.tasks, headers: ['Mã NV', 'Hạn hoàn thành', 'Số ngày quá hạn'],
      rows: [['1.2', { date: '2018-03-31' }, 4], ['B-01', { error: '#REF!' }, null]], headerRow: 5, firstColumn: 1,
    };
    const spec = archiveSheet({ name: 'Nhiệm vụ (43-KH-TU)', plan: plan43.plan, replacedBy: bacNinh().plan, asOf: '2026-01-15', tables: [table, table] });
    expect(spec.blocks[1].cells[0]).toBe('Bản sao giá trị các dòng của Kế hoạch 43-KH/TU khi sổ tính chuyển sang theo dõi Kế hoạch 141/KH-UBND (tính đến ngày 15/01/2026). Tiện ích không đọc và không ghi lại trang này.');
    expect(spec.tables.map((t) => [t.name, t.headerRow])).toEqual([['PT_Old_nhiem_vu_43_kh_tu_1', 4], ['PT_Old_nhiem_vu_43_kh_tu_2', 8]]);
    expect(spec.tables[0].rows).toEqual([['1.2', { date: '2018-03-31' }, 4], ['B-01', '#REF!', null]]);
    expect(spec.tables[0].columns.map((c) => c.numberFormat)).toEqual(['@', 'dd/mm/yyyy', 'General']);
  });
});
