/**
 * The test Excel is strict where Excel is (issue 10, point 11): what passes here is not merely
 * what a lenient mock lets through.
 */
import { plan43 } from '../../src/catalogues';
import type { Settings } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { summarizeWorkbook, loadCatalogue } from '../../src/services';
import { createOfficePort } from '../../src/workbook/office';
import type { ProgressReport } from '../../src/workbook/port';
import { FakeExcel } from './fake-excel';

/** Runs one batch against the fake and says how its sync ended: "ok" or the error's code. */
async function outcome(fake: FakeExcel, queue: (context: Excel.RequestContext) => void): Promise<string> {
  return fake.run(async (context) => {
    queue(context);
    await context.sync();
    return 'ok';
  }).catch((error: { code?: string }) => error.code ?? 'no code');
}

describe('the test Excel is as strict as Excel', () => {
  it('refuses values or formats whose shape differs from the range, writing nothing', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S');
    expect(await outcome(fake, (c) => { c.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2]]; })).toBe('InvalidArgument');
    expect(await outcome(fake, (c) => { c.workbook.worksheets.getItem('S').getRange('A1:B2').numberFormat = [['@'], ['@']]; })).toBe('InvalidArgument');
    expect(fake.value('S', 'A1')).toBeUndefined();
    expect(await outcome(fake, (c) => { c.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2], [3, 4]]; })).toBe('ok');
    expect(fake.value('S', 'B2')).toBe(4);
  });

  it('puts each new conditional format on top', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S');
    await outcome(fake, (c) => {
      const range = c.workbook.worksheets.getItem('S').getRange('A1:A3');
      range.conditionalFormats.add('Custom').custom.rule.formula = '=1';
      range.conditionalFormats.add('Custom').custom.rule.formula = '=2';
    });
    expect(fake.sheet('S')?.rules.map((r) => r.custom.rule.formula)).toEqual(['=2', '=1']);
  });

  it('refuses a second table of the same name, and a table over another', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S');
    fake.addSheet('T');
    expect(await outcome(fake, (c) => { c.workbook.worksheets.getItem('S').tables.add('A1:B3', true).name = 'PT_Tasks'; })).toBe('ok');
    expect(await outcome(fake, (c) => { c.workbook.worksheets.getItem('T').tables.add('A1:B3', true).name = 'pt_tasks'; })).toBe('InvalidArgument');
    expect(await outcome(fake, (c) => { c.workbook.worksheets.getItem('S').tables.add('B2:C4', true); })).toBe('InvalidOperation');
    expect(fake.sheet('S')?.tables.map((t) => [t.name, t.address])).toEqual([['PT_Tasks', 'A1:B3']]);
  });

  it('fails getItem of a missing sheet at the next sync, not when called', async () => {
    const fake = new FakeExcel();
    let called = false;
    const error = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Không có');
      sheet.getRange('A1').values = [['x']];
      called = true;
      await context.sync();
    }).catch((e: { code?: string; debugInfo?: { errorLocation?: string } }) => e);
    expect(called).toBe(true);
    expect(error).toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: 'WorksheetCollection.getItem' } });
  });

  it('shows only the properties loaded', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S');
    const read = await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return { name: sheets.items[0].name, visibility: (() => { try { return sheets.items[0].visibility; } catch { return 'not loaded'; } })() };
    });
    expect(read).toEqual({ name: 'S', visibility: 'not loaded' });
  });

  it('refuses changes to a protected sheet', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S').protected = true;
    expect(await outcome(fake, (c) => { c.workbook.worksheets.getItem('S').getRange('A1').values = [['x']]; })).toBe('AccessDenied');
    expect(await outcome(fake, (c) => { c.workbook.worksheets.getItem('S').getRange().clear(); })).toBe('AccessDenied');
  });
});

describe('office adapter on an Excel without ExcelApi 1.9', () => {
  const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };

  it('writes every sheet, skips print setup and says so once', async () => {
    const fake = new FakeExcel({ excelApi: '1.8' });
    expect([fake.isSetSupported('ExcelApi', '1.8'), fake.isSetSupported('ExcelApi', '1.9')]).toEqual([true, false]);
    const port = createOfficePort({ run: fake.run, isSetSupported: fake.isSetSupported });
    await loadCatalogue(port, { catalogue: plan43, settings });
    const steps: ProgressReport[] = [];
    const result = await summarizeWorkbook(port, { settings, onProgress: (report) => steps.push(report) });
    expect(result.sheets.length).toBeGreaterThan(3);
    expect(fake.value(SHEETS.overview, 'A1')).toBe('Kế hoạch 43-KH/TU — Báo cáo tình hình thực hiện');
    expect(fake.sheets.map((s) => s.pageLayout.printArea ?? null).every((area) => area === null)).toBe(true);
    const said = steps.filter((s) => s.step.vi.includes('thiết lập trang in'));
    expect(said).toHaveLength(1);
    expect(said[0].step.en).toContain('ExcelApi 1.9');
  });

  it('fails as Excel would if print setup were used there anyway', async () => {
    const fake = new FakeExcel({ excelApi: '1.8' });
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
    const error = await loadCatalogue(port, { catalogue: plan43, settings }).catch((e: { kind?: string }) => e);
    expect(error).toMatchObject({ kind: 'api-unsupported' });
  });
});
