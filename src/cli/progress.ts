/**
 * Progress of a long command on standard error, one line per step ("  40% Đang ghi… / Writing…"),
 * whether or not stderr is a terminal, so a log shows where a slow or failed run stopped.
 * Standard output stays for the result.
 */
import type { Localized } from '../core/model';
import type { ProgressListener } from '../workbook/port';
import type { CliIO } from './io';

export interface ProgressPrinter {
  /** A listener for the part of the command between `from` and `to` (fractions of the whole). */
  stage(from: number, to: number): ProgressListener;
  /** A step of the command's own (reading or saving the file). */
  step(fraction: number, words: Localized): void;
}

export function progressPrinter(io: Pick<CliIO, 'err'>): ProgressPrinter {
  let last = '';
  const print = (fraction: number, words: Localized) => {
    const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    const line = `${String(percent).padStart(3)}% ${words.vi} / ${words.en}`;
    if (line === last) return;
    last = line;
    io.err(line + '\n');
  };
  return {
    stage: (from, to) => (report) => print(from + (to - from) * report.fraction, report.step),
    step: print,
  };
}
