/** `plan-tracker deadline`, run through runCli with a fake CliIO. */
import type { CliIO } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';

function fakeIO(stdin = ''): CliIO & { stdout: () => string; stderr: () => string; stdinReads: () => number } {
  let out = '';
  let err = '';
  let reads = 0;
  return {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readStdin: async () => {
      reads += 1;
      return stdin;
    },
    stdout: () => out,
    stderr: () => err,
    stdinReads: () => reads,
  };
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('plan-tracker deadline', () => {
  it('prints one JSON object per phrase argument, in order', async () => {
    const io = fakeIO();
    const code = await runCli(['deadline', '--json', 'Quý I/2018', 'thực hiện đến năm 2020', '--issued', '2018-02-12'], io);
    expect(code).toBe(0);
    expect(jsonLines(io.stdout())).toEqual([
      { text: 'Quý I/2018', start: '2018-01-01', end: '2018-03-31', kind: 'quarter', convention: null },
      { text: 'thực hiện đến năm 2020', start: '2018-02-12', end: '2020-12-31', kind: 'until', convention: 'until: start = plan issue date' },
    ]);
    expect(io.stdinReads()).toBe(0);
    expect(io.stderr()).toBe('');
  });

  it('reads standard input one phrase per line when no phrase is given; an empty line is missing', async () => {
    const io = fakeIO('Thường xuyên\n\nTừ 01/7/2025\n');
    expect(await runCli(['deadline', '--json'], io)).toBe(0);
    expect(jsonLines(io.stdout())).toEqual([
      { text: 'Thường xuyên', start: null, end: null, kind: 'continuous', convention: null },
      { text: '', start: null, end: null, kind: 'missing', convention: null },
      { text: 'Từ 01/7/2025', start: '2025-07-01', end: null, kind: 'from', convention: null },
    ]);
  });

  it('keeps a last line without a newline, and Windows line ends', async () => {
    const io = fakeIO('năm 2018\r\n2025-2026');
    await runCli(['deadline', '--json'], io);
    expect(jsonLines(io.stdout()).map((window) => [window.text, window.kind])).toEqual([
      ['năm 2018', 'year'],
      ['2025-2026', 'range'],
    ]);
  });

  it('prints nothing for empty standard input', async () => {
    const io = fakeIO('');
    expect(await runCli(['deadline'], io)).toBe(0);
    expect(io.stdout()).toBe('');
  });

  it('leaves relative phrases open without --issued', async () => {
    const io = fakeIO();
    await runCli(['deadline', '--json', 'đến năm 2020'], io);
    expect(jsonLines(io.stdout())).toEqual([{ text: 'đến năm 2020', start: null, end: '2020-12-31', kind: 'until', convention: null }]);
  });

  it('prints aligned readable lines', async () => {
    const io = fakeIO();
    await runCli(['deadline', '--issued', '2025-11-20', 'Quý II/2025', 'Thường\nxuyên', 'cuối năm 2025'], io);
    expect(io.stdout().split('\n')).toEqual([
      'Quý II/2025    →  2025-04-01 … 2025-06-30  quarter',
      'Thường xuyên   →  —          … —           continuous',
      'cuối năm 2025  →  2025-09-01 … 2025-12-31  part        part: cuối = last third of the period',
      '',
    ]);
  });

  it.each([
    [['deadline', '--issued', '30/02/2018', 'năm 2018'], '--issued must be a date dd/mm/yyyy (or YYYY-MM-DD)'],
    [['deadline', '--issued', '2025-13-01', 'năm 2018'], '--issued must be a date dd/mm/yyyy (or YYYY-MM-DD)'],
    [['deadline', '--issued'], 'issued'],
    [['deadline', '--verbose', 'năm 2018'], 'verbose'],
  ])('rejects %j with exit code 2', async (argv, message) => {
    const io = fakeIO();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.stderr().split('\n')[0]).toContain(message);
    expect(io.stdout()).toBe('');
  });
});
