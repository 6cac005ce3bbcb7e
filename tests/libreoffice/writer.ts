/**
 * LibreOffice Writer headless for the PDF import checks: is Writer installed (soffice may come
 * with Calc alone), and print a document to PDF. Test support only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SOFFICE, hasSoffice } from './libreoffice';

function programFolder(): string | null {
  const which = spawnSync('sh', ['-c', `command -v ${SOFFICE}`], { encoding: 'utf8' });
  const path = which.stdout.trim();
  return path ? dirname(realpathSync(path)) : null;
}

/** Writer's library next to soffice (libswlo.so on Linux, where the tests run). */
export const hasWriter = hasSoffice && ['libswlo.so', 'libswlo.dylib', 'swlo.dll'].some((name) => {
  const folder = programFolder();
  return folder !== null && existsSync(join(folder, name));
});

/** A .txt read as UTF-8 and set in DejaVu Serif: Writer's default monospace font lacks Vietnamese letters. */
export const TEXT_IN_SERIF = 'Text (encoded):UTF8,LF,DejaVu Serif,vi-VN';

/** PDF export options (LibreOffice 7.4+ takes them as JSON), e.g. a password to open the file. */
export function pdfExport(options: Record<string, string | boolean> = {}): string {
  const entries = Object.entries(options).map(([name, value]) => [name, { type: typeof value === 'boolean' ? 'boolean' : 'string', value: String(value) }]);
  return entries.length > 0 ? `pdf:writer_pdf_Export:${JSON.stringify(Object.fromEntries(entries))}` : 'pdf:writer_pdf_Export';
}

/**
 * Prints `files` to PDF in `outdir` with Writer, in one start of soffice; `inFilter` chooses the
 * import filter (TEXT_IN_SERIF for .txt). Each run gets its own profile folder: parallel runs must
 * not share one.
 */
export function writerPdf(files: string[], outdir: string, profile: string, options: { inFilter?: string; target?: string } = {}): void {
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`];
  if (options.inFilter) args.push(`--infilter=${options.inFilter}`);
  args.push('--convert-to', options.target ?? pdfExport(), '--outdir', outdir, ...files);
  const result = spawnSync(SOFFICE, args, { encoding: 'utf8', timeout: 180_000 });
  if (result.error || result.status !== 0) {
    throw new Error(`soffice failed (${result.status}): ${result.error?.message ?? ''} ${result.stderr}`);
  }
}
