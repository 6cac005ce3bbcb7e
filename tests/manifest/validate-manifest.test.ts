import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function validateText(xml: string): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, xml);
  const result = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('offline manifest validation', () => {
  test('the real manifest is valid', () => {
    const result = validateText(MANIFEST);
    expect(result.output).toContain('is valid');
    expect(result.status).toBe(0);
  });

  test('misordered elements are rejected', () => {
    const swapped = MANIFEST.replace('<Id>', '<Version>0.1.0.0</Version>\n  <Id>').replace(/(<\/Id>\n\s*)<Version>0\.1\.0\.0<\/Version>/, '$1');
    expect(swapped.indexOf('<Version>')).toBeLessThan(swapped.indexOf('<Id>'));
    const result = validateText(swapped);
    expect(result.status).toBe(1);
    expect(result.output).toContain('is not valid');
  });

  test('a missing required element is rejected', () => {
    const result = validateText(MANIFEST.replace(/<Permissions>[^<]*<\/Permissions>/, ''));
    expect(result.status).toBe(1);
  });

  test('an icon file that does not exist is rejected', () => {
    const result = validateText(MANIFEST.replace('assets/icon-16.png', 'assets/icon-17.png'));
    expect(result.status).toBe(1);
    expect(result.output).toContain('icon-17.png');
  });

  test('the manifest asks for ExcelApi 1.8 and read-write access on Excel workbooks', () => {
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
    expect(MANIFEST).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(MANIFEST).toContain('<Host Name="Workbook"/>');
    expect(MANIFEST).toMatch(/<Override Locale="vi-VN" Value="Theo dõi Kế hoạch"\/>/);
  });
});
