/**
 * The stored plan survives a real .xlsx round trip (ExcelJS writes the file, reads it back): the
 * catalogue comes back identical, its sheet is still hidden ("hidden", not "veryHidden", in
 * workbook.xml), and the workbook opens on a visible sheet.
 */
import JSZip from 'jszip';
import { plan43 } from '../../src/catalogues';
import { serializeCatalogue } from '../../src/core/catalogue';
import type { Catalogue, Settings } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { loadCatalogue, readWorkbookPlan, summarizeWorkbook, validateWorkbook } from '../../src/services';
import { newXlsx, openXlsx } from '../../src/workbook/xlsx';
import { bacNinh } from '../fixtures/plans/bac-ninh';

const settings: Settings = { asOf: '2026-03-31', dueSoonDays: 7, beforeDateExclusive: false };

async function built(catalogue: Catalogue): Promise<Uint8Array> {
  const workbook = newXlsx();
  await loadCatalogue(workbook, { catalogue, settings });
  await validateWorkbook(workbook, { settings });
  await summarizeWorkbook(workbook, { settings });
  return workbook.toXlsxBytes();
}

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string') ?? '';
}

describe('the stored plan in an .xlsx file', () => {
  it.each([['141/KH-UBND (imported, one part)', bacNinh()], ['43-KH/TU (two parts)', plan43]])('%s is read back identical after saving and reopening', async (_name, catalogue) => {
    const reopened = await openXlsx(await built(catalogue));
    const held = await readWorkbookPlan(reopened);
    expect(held?.stored).toBe(true);
    expect(held?.catalogue).toEqual(catalogue);
    expect(serializeCatalogue(held?.catalogue as Catalogue)).toBe(serializeCatalogue(catalogue));
  });

  it('its sheet is hidden, in the file itself, and the workbook opens on the tasks sheet', async () => {
    const bytes = await built(bacNinh());
    const xml = await workbookXml(bytes);
    expect(/<sheet [^>]*name="PT_Plan"[^>]*>/.exec(xml)?.[0]).toContain('state="hidden"');
    expect(xml).not.toContain('veryHidden');
    const sheets = await (await openXlsx(bytes)).listSheets();
    expect(sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([SHEETS.plan]);
    const active = Number(/activeTab="(\d+)"/.exec(xml)?.[1] ?? 0);
    expect(sheets[active].hidden).toBe(false);
  });

  it('stays hidden and identical through a second command on the reopened file', async () => {
    const reopened = await openXlsx(await built(bacNinh()));
    await loadCatalogue(reopened, { settings });
    const again = await openXlsx(await reopened.toXlsxBytes());
    expect((await again.listSheets()).find((s) => s.name === SHEETS.plan)?.hidden).toBe(true);
    expect((await readWorkbookPlan(again))?.catalogue).toEqual(bacNinh());
  });

  it('a workbook whose active tab is hidden opens on its first visible sheet (Excel would show the hidden one)', async () => {
    const workbook = newXlsx();
    await loadCatalogue(workbook, { catalogue: bacNinh(), settings });
    workbook.book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 2, visibility: 'visible' }];
    const xml = await workbookXml(await workbook.toXlsxBytes());
    expect(/activeTab="(\d+)"/.exec(xml)?.[1]).toBe('0');
  });
});
