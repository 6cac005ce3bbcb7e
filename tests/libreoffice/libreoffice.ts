/**
 * Driving LibreOffice Calc headless for the real-file checks: is it installed, convert a workbook
 * to one CSV per sheet and to PDF, count PDF pages, render pages to PNG. Test support only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** LibreOffice 7.4+: UTF-8, comma, quote, first line 1, formatted off, every sheet to its own file (-1). */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function works(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  return result.error === undefined && result.status === 0;
}

export const SOFFICE = process.env.SOFFICE ?? 'soffice';
export const hasSoffice = works(SOFFICE, ['--version']);
export const hasPdftoppm = works('pdftoppm', ['-v']);
export const hasPdfinfo = works('pdfinfo', ['-v']);

/** Runs one soffice conversion with its own profile folder (parallel runs must not share one). */
export function convert(file: string, target: string, outdir: string, profile: string): string {
  const result = spawnSync(
    SOFFICE,
    ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', target, '--outdir', outdir, file],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (result.error || result.status !== 0) {
    throw new Error(`soffice failed (${result.status}): ${result.error?.message ?? ''} ${result.stderr}`);
  }
  return result.stdout + result.stderr;
}

/** The CSV files LibreOffice wrote for `stem`, by sheet name ("built-Nhiệm vụ.csv" → "Nhiệm vụ"). */
export function csvBySheet(outdir: string, stem: string): Map<string, string> {
  const sheets = new Map<string, string>();
  for (const name of readdirSync(outdir)) {
    if (name.startsWith(`${stem}-`) && name.endsWith('.csv')) {
      sheets.set(name.slice(stem.length + 1, -4).normalize('NFC'), readFileSync(join(outdir, name), 'utf8'));
    }
  }
  return sheets;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Page count: pdfinfo when installed, else the page objects in the file. */
export function pdfPages(file: string): number {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return 0;
  if (hasPdfinfo) {
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    const match = /^Pages:\s+(\d+)/m.exec(info.stdout);
    if (match) return Number(match[1]);
  }
  return (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** Renders every page at 60 dpi to `prefix`-N.png; returns the files written. */
export function renderPages(pdf: string, prefix: string): string[] {
  const dir = join(prefix, '..');
  const base = prefix.slice(dir.length + 1);
  const ours = () => readdirSync(dir).filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png')).sort().map((name) => join(dir, name));
  // Pages of an earlier, longer run would otherwise be counted too.
  for (const old of ours()) rmSync(old);
  const result = spawnSync('pdftoppm', ['-r', '60', '-png', pdf, prefix], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
  return ours();
}

export function exists(path: string): boolean {
  return existsSync(path);
}
