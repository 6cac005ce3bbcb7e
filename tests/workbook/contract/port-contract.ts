/**
 * One set of behaviours every WorkbookPort adapter must show, run against the memory adapter and
 * the xlsx adapter (tests/workbook/*-contract.test.ts). Written against the port plus a few
 * test-only hooks (a planner typing, looking at a cell), so the same expectations hold for both.
 */
import type { CellValue, SheetSpec, TableSpec } from '../../../src/layout/spec';
import type { ReadCell } from '../../../src/layout/readback/table-read';
import { isWorkbookError, type WorkbookPort } from '../../../src/workbook/port';

export interface ContractSubject {
  port: WorkbookPort;
  /** A sheet the planner made, with some cells. */
  addPlannerSheet(name: string, cells: Record<string, string | number>): Promise<void>;
  /** The planner typing into a cell (a value or an error such as "#N/A"). */
  type(sheet: string, address: string, value: string | number | { error: string }): Promise<void>;
  /** A cell as the port would read it. */
  cell(sheet: string, address: string): Promise<ReadCell>;
  /** The fill of a cell, "#RRGGBB", or null. */
  fill(sheet: string, address: string): Promise<string | null>;
  /** Saves and reopens (the xlsx adapter through bytes); the memory adapter returns itself. */
  reopen(): Promise<ContractSubject>;
}

const DATA: TableSpec = {
  name: 'PT_Contract',
  headerRow: 3,
  firstColumn: 1,
  columns: [
    { key: 'id', header: 'Mã NV', width: 10, numberFormat: '@' },
    { key: 'text', header: 'Nội dung', width: 40, numberFormat: '@', wrap: true },
    { key: 'end', header: 'Hạn hoàn thành', width: 12, numberFormat: 'dd/mm/yyyy' },
    { key: 'days', header: 'Số ngày', width: 8, numberFormat: '0' },
    { key: 'done', header: 'Xong', width: 8, numberFormat: 'General' },
    { key: 'link', header: 'Đến ô', width: 12, numberFormat: 'General' },
  ],
  rows: [
    ['A-01', '=1+1', { date: '2018-12-31' }, 3, true, { link: { text: 'Khác!B2', sheet: 'Khác', cell: 'B2' } }],
    ['A-02', '- Sáp nhập Ban Tuyên giáo và Ban Dân vận', { date: '2020-02-29' }, 0, false, null],
    ['A-03', '+ thêm; @ghi chú', null, null, null, null],
  ],
  spareRows: 5,
};

export function contractSheet(name: string, rows: CellValue[][] = DATA.rows, extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    owned: true,
    blocks: [{ row: 1, column: 1, cells: [`Tiêu đề ${name}`], style: 'title' }],
    tables: [{ ...DATA, name: `PT_${name.replace(/\W/g, '')}`, rows }],
    conditionalFormats: [{ range: 'A4:A20', formula: '=$E4=TRUE', fill: '#C6EFCE', stopIfTrue: true }],
    fills: [{ range: 'A1:B1', fill: '#1F4E78', fontColour: '#FFFFFF', bold: true }],
    freeze: { rows: 3, columns: 1 },
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 3, last: 3 }, header: { left: 'Kế hoạch 43-KH/TU' }, footer: { center: 'Trang &P/&N' } },
    charts: [],
    ...extra,
  };
}

export function describePortContract(adapter: string, make: () => Promise<ContractSubject>): void {
  describe(`WorkbookPort contract — ${adapter}`, () => {
    test('writes a sheet and reads its table back with types', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Dữ liệu')] });
      const [read] = await (await subject.reopen()).port.readTables([{ sheet: 'Dữ liệu', table: 'PT_Dliu' }]);
      expect(read).toEqual({
        sheet: 'Dữ liệu',
        table: 'PT_Dliu',
        headers: ['Mã NV', 'Nội dung', 'Hạn hoàn thành', 'Số ngày', 'Xong', 'Đến ô'],
        rows: [
          ['A-01', '=1+1', { date: '2018-12-31' }, 3, true, 'Khác!B2'],
          ['A-02', '- Sáp nhập Ban Tuyên giáo và Ban Dân vận', { date: '2020-02-29' }, 0, false, null],
          ['A-03', '+ thêm; @ghi chú', null, null, null, null],
        ],
        headerRow: 3,
        firstColumn: 1,
      });
    });

    test('lists sheets in tab order with their tables; a table asked without a name is the first one', async () => {
      const subject = await make();
      await subject.addPlannerSheet('Ghi chú', { A1: 'của tôi' });
      await subject.port.write({ sheets: [contractSheet('Một'), contractSheet('Hai')] });
      const reopened = await subject.reopen();
      expect(await reopened.port.listSheets()).toEqual([
        { name: 'Ghi chú', tables: [], hidden: false },
        { name: 'Một', tables: ['PT_Mt'], hidden: false },
        { name: 'Hai', tables: ['PT_Hai'], hidden: false },
      ]);
      const [first] = await reopened.port.readTables([{ sheet: 'Hai' }]);
      expect(first?.table).toBe('PT_Hai');
      expect(first?.rows).toHaveLength(3);
    });

    test('selecting a cell on a missing sheet says the sheet is missing, not a table', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Dữ liệu')] });
      const error = await subject.port.select('Không có', 'A1').then(() => null, (e: unknown) => e);
      expect(isWorkbookError(error) && [error.kind, error.words.vi]).toEqual(['sheet-missing', expect.stringContaining('Không tìm thấy trang tính "Không có"')]);
    });

    test('a missing sheet or table reads as null, not an error', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Dữ liệu')] });
      const reads = await subject.port.readTables([
        { sheet: 'Không có', table: 'PT_Dliu' },
        { sheet: 'Dữ liệu', table: 'PT_Khac' },
        { sheet: 'Dữ liệu', table: 'PT_Dliu' },
      ]);
      expect(reads.map((r) => r?.table ?? null)).toEqual([null, null, 'PT_Dliu']);
    });

    test('an owned sheet is rewritten whole: old rows and cells are gone, the tab keeps its place', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Một'), contractSheet('Hai')] });
      await subject.type('Một', 'H2', 'cũ');
      await subject.port.write({ sheets: [contractSheet('Một', [['B-01', 'mới', null, 1, false, null]])] });
      const reopened = await subject.reopen();
      const [read] = await reopened.port.readTables([{ sheet: 'Một' }]);
      expect(read?.rows).toEqual([['B-01', 'mới', null, 1, false, null]]);
      expect(await reopened.cell('Một', 'H2')).toBeNull();
      expect((await reopened.port.listSheets()).map((s) => s.name)).toEqual(['Một', 'Hai']);
    });

    test("a planner's sheet is untouched by a write", async () => {
      const subject = await make();
      await subject.addPlannerSheet('Ghi chú', { A1: 'Họp giao ban', B2: 42, C3: '=SUM(1,2) (chữ)' });
      await subject.port.write({ sheets: [contractSheet('Dữ liệu')], activate: { sheet: 'Dữ liệu', cell: 'A4' } });
      const reopened = await subject.reopen();
      expect(await reopened.cell('Ghi chú', 'A1')).toBe('Họp giao ban');
      expect(await reopened.cell('Ghi chú', 'B2')).toBe(42);
      expect(await reopened.cell('Ghi chú', 'C3')).toBe('=SUM(1,2) (chữ)');
      expect((await reopened.port.listSheets())[0]).toEqual({ name: 'Ghi chú', tables: [], hidden: false });
    });

    test('patches write values into an existing sheet without rewriting it; text stays text', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Dữ liệu')] });
      await subject.addPlannerSheet('Ghi chú', { A1: 'giữ' });
      await subject.port.write({
        sheets: [],
        patches: [
          { sheet: 'Dữ liệu', topLeft: 'C5', values: [[{ date: '2021-03-15' }, 7]] },
          { sheet: 'Ghi chú', topLeft: 'B1', values: [['=2+2'], ['- gạch đầu dòng']] },
        ],
      });
      const reopened = await subject.reopen();
      const [read] = await reopened.port.readTables([{ sheet: 'Dữ liệu' }]);
      expect(read?.rows[1]).toEqual(['A-02', '- Sáp nhập Ban Tuyên giáo và Ban Dân vận', { date: '2021-03-15' }, 7, false, null]);
      expect(await reopened.cell('Ghi chú', 'A1')).toBe('giữ');
      expect(await reopened.cell('Ghi chú', 'B1')).toBe('=2+2');
      expect(await reopened.cell('Ghi chú', 'B2')).toBe('- gạch đầu dòng');
    });

    test('a patch may target a sheet written by the same request; it lands after the sheet is drawn', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Mới')], patches: [{ sheet: 'Mới', topLeft: 'B4', values: [['sửa sau khi ghi']] }], activate: { sheet: 'Mới', cell: 'B4' } });
      expect(await (await subject.reopen()).cell('Mới', 'B4')).toBe('sửa sau khi ghi');
    });

    test('marks fill cells; the next marks clear their range first', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Dữ liệu')] });
      await subject.port.write({ sheets: [], marks: [{ sheet: 'Dữ liệu', clear: null, cells: ['B4', 'C5'], fill: '#FFFF00' }] });
      expect(await subject.fill('Dữ liệu', 'B4')).toBe('#FFFF00');
      await subject.port.write({ sheets: [], marks: [{ sheet: 'Dữ liệu', clear: 'A4:F6', cells: ['D6'], fill: '#FFFF00' }] });
      const reopened = await subject.reopen();
      expect(await reopened.fill('Dữ liệu', 'B4')).toBeNull();
      expect(await reopened.fill('Dữ liệu', 'C5')).toBeNull();
      expect(await reopened.fill('Dữ liệu', 'D6')).toBe('#FFFF00');
    });

    test('rows the planner types under a table, blank rows and error values are read as they are', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Dữ liệu')] });
      await subject.type('Dữ liệu', 'A7', 'A-04');
      await subject.type('Dữ liệu', 'B7', 'thêm dòng');
      await subject.type('Dữ liệu', 'D5', { error: '#N/A' });
      const [read] = await (await subject.reopen()).port.readTables([{ sheet: 'Dữ liệu' }]);
      expect(read?.rows).toHaveLength(4);
      expect(read?.rows[1][3]).toEqual({ error: '#N/A' });
      expect(read?.rows[3]).toEqual(['A-04', 'thêm dòng', null, null, null, null]);
    });

    test('an empty table reads as no rows', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Trống', [])] });
      const [read] = await (await subject.reopen()).port.readTables([{ sheet: 'Trống' }]);
      expect(read?.headers).toHaveLength(6);
      expect(read?.rows).toEqual([]);
    });

    test('a patch or mark on a sheet that does not exist is refused and nothing is written', async () => {
      const subject = await make();
      await expect(subject.port.write({ sheets: [], patches: [{ sheet: 'Không có', topLeft: 'A1', values: [['x']] }] })).rejects.toThrow(/Không có/);
      await expect(subject.port.write({ sheets: [], marks: [{ sheet: 'Không có', clear: null, cells: ['A1'], fill: '#FFFF00' }] })).rejects.toThrow(/Không có/);
      expect(await subject.port.listSheets()).toEqual([]);
    });

    test("a planner's sheet named like the add-in's in another case or Unicode form blocks the write; nothing is written", async () => {
      for (const planners of ['dữ liệu', 'DỮ LIỆU', 'Dữ liệu'.normalize('NFD')]) {
        const subject = await make();
        await subject.addPlannerSheet(planners, { A1: 'của tôi' });
        const error = await subject.port.write({ sheets: [contractSheet('Khác'), contractSheet('Dữ liệu')] }).then(() => null, (e: unknown) => e);
        expect(isWorkbookError(error) && [error.kind, error.words.vi]).toEqual(['sheet-name-taken', expect.stringContaining(`"${planners}"`)]);
        const reopened = await subject.reopen();
        expect((await reopened.port.listSheets()).map((s) => s.name)).toEqual([planners]);
        expect(await reopened.cell(planners, 'A1')).toBe('của tôi');
      }
    });

    test('a sheet is found by its name in any case, as Excel finds it', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Dữ liệu')] });
      const [read] = await subject.port.readTables([{ sheet: 'DỮ LIỆU'.normalize('NFD') }]);
      expect(read?.sheet).toBe('Dữ liệu');
      expect(read?.rows.map((row) => row[0])).toEqual(['A-01', 'A-02', 'A-03']);
      await subject.port.write({ sheets: [], patches: [{ sheet: 'dữ liệu', topLeft: 'F4', values: [['vá']] }] });
      expect(await subject.cell('Dữ liệu', 'F4')).toBe('vá');
    });

    test('a sheet written hidden is listed hidden and still read; rewritten without saying, it stays hidden', async () => {
      const subject = await make();
      await subject.port.write({ sheets: [contractSheet('Hiện'), contractSheet('Ẩn', DATA.rows, { hidden: true })], activate: { sheet: 'Hiện', cell: 'A4' } });
      const reopened = await subject.reopen();
      expect(await reopened.port.listSheets()).toEqual([
        { name: 'Hiện', tables: ['PT_Hin'], hidden: false },
        { name: 'Ẩn', tables: ['PT_n'], hidden: true },
      ]);
      const [read] = await reopened.port.readTables([{ sheet: 'Ẩn' }]);
      expect(read?.rows.map((row) => row[0])).toEqual(['A-01', 'A-02', 'A-03']);
      await reopened.port.write({ sheets: [contractSheet('Ẩn', [['B-01', 'mới', null, 1, false, null]])] });
      const again = await reopened.reopen();
      expect((await again.port.listSheets()).map((s) => [s.name, s.hidden])).toEqual([['Hiện', false], ['Ẩn', true]]);
      const [rewritten] = await again.port.readTables([{ sheet: 'Ẩn' }]);
      expect(rewritten?.rows).toEqual([['B-01', 'mới', null, 1, false, null]]);
    });

    test('write reports progress per sheet, ending at 1', async () => {
      const subject = await make();
      const fractions: number[] = [];
      await subject.port.write({ sheets: [contractSheet('Một'), contractSheet('Hai')] }, (report) => fractions.push(report.fraction));
      expect(fractions).toEqual([0.5, 1]);
    });
  });
}
