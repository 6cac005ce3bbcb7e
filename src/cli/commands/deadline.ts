/**
 * `deadline [PHRASE …] [--issued dd/mm/yyyy] [--json]`: shows how time phrases are read, one
 * window per phrase (arguments, or standard input one phrase per line).
 */
import { clean } from '../../core/text/normalize';
import { readDeadline } from '../../core/deadline';
import type { DeadlineWindow } from '../../core/model';
import { isoDateOption, parseCommandArgs } from '../args';
import type { CliCommand } from '../io';

/** Lines of standard input; a final newline ends the last line rather than opening an empty one. */
function inputLines(stdin: string): string[] {
  if (stdin === '') return [];
  const lines = stdin.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function toJson(window: DeadlineWindow): string {
  const { text, start, end, kind, convention } = window;
  return JSON.stringify({ text, start, end, kind, convention });
}

/** Display width in characters (NFC, so a Vietnamese letter with its marks counts once). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function padded(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

/** One aligned line per phrase: phrase → start … end  kind  convention. */
function plainLines(windows: DeadlineWindow[]): string[] {
  const phrases = windows.map((window) => (clean(window.text) === '' ? '(trống / empty)' : clean(window.text)));
  const phraseWidth = Math.max(0, ...phrases.map(width));
  const kindWidth = Math.max(0, ...windows.map((window) => window.kind.length));
  return windows.map((window, index) => {
    const dates = `${window.start ?? '—'.padEnd(10)} … ${window.end ?? '—'.padEnd(10)}`;
    const line = `${padded(phrases[index], phraseWidth)}  →  ${dates}  ${padded(window.kind, kindWidth)}  ${window.convention ?? ''}`;
    return line.trimEnd();
  });
}

export const deadlineCommand: CliCommand = {
  name: 'deadline',
  usage: 'deadline [PHRASE …] [--issued dd/mm/yyyy] [--json]  (no PHRASE: one per line from stdin)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { issued: { type: 'string' }, json: { type: 'boolean' } }, true);
    const issued = isoDateOption(values.issued, 'issued') ?? null;
    const phrases = positionals.length > 0 ? positionals : inputLines(await io.readStdin());
    const windows = phrases.map((phrase) => readDeadline(phrase, { issued }));
    const lines = values.json ? windows.map(toJson) : plainLines(windows);
    if (lines.length > 0) io.out(lines.join('\n') + '\n');
    return 0;
  },
};
