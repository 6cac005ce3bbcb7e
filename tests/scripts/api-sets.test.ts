/**
 * The API-set check of `npm test`: every Excel member the add-in uses, with its requirement set
 * from @types/office-js; none above the manifest's ExcelApi MinVersion outside a capability check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareVersions, excelApiUses, manifestMinVersion, sourceFiles, unguardedAbove, type ApiUse } from '../../scripts/api-sets';

// Two print setups, one asked for and one not: the checker must tell them apart.
const PROBE = `
export function printSetup(sheet: Excel.Worksheet, capabilities: { pageLayout: boolean }): void {
  if (capabilities.pageLayout) sheet.pageLayout.orientation = 'Landscape';
  sheet.pageLayout.setPrintArea('A1:B2');
  sheet.getRange('A1').values = [[1]];
}
`;

describe('API sets used against the manifest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-sets-'));
  const probe = path.join(dir, 'probe.ts');
  fs.writeFileSync(probe, PROBE);
  let ours: ApiUse[] = [];
  let probed: ApiUse[] = [];

  beforeAll(() => {
    const uses = excelApiUses([...sourceFiles(), probe], dir);
    probed = uses.filter((u) => u.at.startsWith('probe.ts'));
    ours = uses.filter((u) => !u.at.startsWith('probe.ts'));
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the minimum version the manifest asks for, comparing versions as numbers', () => {
    expect(manifestMinVersion()).toBe('1.8');
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.8', '1.8')).toBe(0);
  });

  it('finds the add-in\'s Excel members with their sets', () => {
    const set = (member: string) => ours.find((u) => u.member === member)?.set;
    expect(set('Excel.Range.values')).toBe('1.1');
    expect(set('Excel.Range.dataValidation')).toBe('1.8');
    expect(set('Excel.Worksheet.freezePanes')).toBe('1.7');
    expect(set('Excel.Worksheet.pageLayout')).toBe('1.9');
    expect(ours.filter((u) => u.member === 'Excel.Worksheet.pageLayout').every((u) => u.guarded)).toBe(true);
  });

  it('uses nothing above the manifest\'s ExcelApi MinVersion outside a capability check', () => {
    expect(unguardedAbove(ours, manifestMinVersion()).map((u) => `${u.at} ${u.member} ${u.set}`)).toEqual([]);
  });

  it('flags an unguarded use and passes a guarded one', () => {
    const flagged = unguardedAbove(probed, '1.8').map((u) => `${u.at} ${u.member}`);
    expect(flagged.sort()).toEqual(['probe.ts:4 Excel.PageLayout.setPrintArea', 'probe.ts:4 Excel.Worksheet.pageLayout']);
    expect(probed.filter((u) => u.guarded).map((u) => u.member).sort()).toEqual(['Excel.PageLayout.orientation', 'Excel.Worksheet.pageLayout']);
  });
});
