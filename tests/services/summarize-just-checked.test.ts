/**
 * `build` checks the workbook, then summarises it: the summary need not check again (it would
 * refresh "Kiểm tra" with the same findings). With `justChecked` it does not, and the file written
 * is the same, part for part.
 */
import { strFromU8, unzipSync } from 'fflate';
import { plan43 } from '../../src/catalogues';
import type { Settings } from '../../src/core/model';
import { SHEETS } from '../../src/layout/names';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../../src/services';
import * as checkModule from '../../src/services/check-tasks';
import { newXlsx } from '../../src/workbook/xlsx';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };

/** The package parts of the .xlsx as build writes it, and how often the rules ran. */
async function built(once: boolean): Promise<{ parts: Record<string, string>; checks: number; findings: unknown }> {
  const spy = jest.spyOn(checkModule, 'checkTasks');
  try {
    const workbook = newXlsx();
    await loadCatalogue(workbook, { catalogue: plan43, settings });
    // As build calls them; before, the summary checked again and rewrote "Kiểm tra" (cursor and all).
    await validateWorkbook(workbook, { settings, keepSelection: once });
    const result = await summarizeWorkbook(workbook, { settings, justChecked: once });
    const unzipped = unzipSync(await workbook.toXlsxBytes());
    // docProps/core.xml holds the time of writing, which differs between any two runs.
    // The ids ExcelJS gives data bars ({GUID}) are random on every write too.
    const parts = Object.fromEntries(Object.entries(unzipped)
      .filter(([name]) => name !== 'docProps/core.xml')
      .map(([name, bytes]) => [name, strFromU8(bytes).replace(/\{[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}\}/g, '{id}')]));
    return { parts, checks: spy.mock.calls.length, findings: result.findings };
  } finally {
    spy.mockRestore();
  }
}

describe('summarising a workbook that was just checked', () => {
  it('runs the rules once instead of twice and writes the same file', async () => {
    const twice = await built(false);
    const once = await built(true);
    expect([twice.checks, once.checks]).toEqual([2, 1]);
    expect(Object.keys(once.parts).sort()).toEqual(Object.keys(twice.parts).sort());
    const differing = Object.keys(twice.parts).filter((name) => once.parts[name] !== twice.parts[name]);
    expect(differing).toEqual([]);
    // "Kiểm tra" is in the file with its findings, as validate wrote them.
    const workbookXml = once.parts['xl/workbook.xml'];
    expect(workbookXml).toContain(`name="${SHEETS.findings}"`);
    expect(Array.isArray(twice.findings) && twice.findings.length).toBeGreaterThan(0);
    expect(once.findings).toBeNull();
  });
});
