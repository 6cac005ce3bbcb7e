/**
 * Where a command writes its workbook: `--out FILE.xlsx` (or the input itself, updated in place),
 * checked and reserved before the work starts (./atomic-write.ts). An existing file other than the
 * input is a planner's work: it is only replaced with `--force`.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { openOutput, type PendingOutput } from './atomic-write';
import { UsageError } from './io';

/** The path given to --out, which must name an .xlsx file. */
export function xlsxOutOption(value: string | undefined): string {
  if (!value) throw new UsageError('thiếu --out FILE.xlsx / --out FILE.xlsx is required');
  if (!/\.xlsx$/i.test(value)) throw new UsageError(`--out phải là tệp .xlsx / --out must name a .xlsx file, got "${value}"`);
  return value;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** True when both paths name the same file (through links and relative paths). */
export function sameFile(a: string, b: string): boolean {
  return realPath(a) === realPath(b);
}

export interface XlsxOutOptions {
  /** `--force`: replace an existing file. */
  force: boolean;
  /** The workbook the command reads: writing over it is the command's purpose, not a mistake. */
  input?: string;
}

/** Reserves the output file; fails at once (exit 1) for an existing file, a missing or read-only folder. */
export function reserveXlsxOut(path: string, options: XlsxOutOptions): Promise<PendingOutput> {
  const inPlace = options.input !== undefined && sameFile(options.input, path);
  return openOutput(path, { overwrite: options.force || inPlace, overwriteOption: '--force' });
}
