import { runCli } from '../../src/cli/run';
import type { CliIO } from '../../src/cli/io';
import type { Finding } from '../../src/core/model';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (text) => (out += text),
    err: (text) => (err += text),
    readStdin: async () => '',
  };
  const code = await runCli(['validate', ...argv], io);
  return { code, out, err };
}

describe('plan-tracker validate', () => {
  test('plain text grouped by severity, with a count line; exit 0 despite findings', async () => {
    const { code, out, err } = await run('--as-of', '2026-11-27');
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Kiểm tra Kế hoạch số 43-KH/TU, tính đến ngày 27/11/2026 / Checking plan 43-KH/TU as of 27/11/2026');
    expect(out).toMatch(/\nCảnh báo \/ Warnings \(\d+\)\n/);
    expect(out).toMatch(/\nLưu ý \/ Notes \(\d+\)\n/); // the pane's word for an info finding
    expect(out).not.toMatch(/Thông tin|\bInfo\b/);
    expect(out).not.toContain('Lỗi / Errors'); // no error findings in the shipped catalogue: the group is left out
    expect(lines).toContain(
      '  C.10-01     DEADLINE_BEFORE_ISSUE  Nhiệm vụ C.10-01: thời hạn “thực hiện trong tháng 01/2018” kết thúc ngày 31/01/2018, trước ngày ban hành kế hoạch 12/02/2018.',
    );
    expect(lines.some((l) => /^ {2}— {11}SOURCE_GAP {13}Phần “B\.II\.3”/.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(
      /^Tổng cộng (\d+) phát hiện: 0 lỗi, (\d+) cảnh báo, (\d+) lưu ý \/ Total \1 findings: 0 errors, \2 warnings, \3 notes$/,
    );
  });

  test('--json prints {asOf, findings}, the same findings as the text', async () => {
    const { code, out } = await run('--as-of', '2026-11-27', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { asOf: string; findings: Finding[] };
    expect(parsed.asOf).toBe('2026-11-27');
    expect(parsed.findings).toContainEqual(
      expect.objectContaining({ code: 'DEADLINE_BEFORE_ISSUE', taskId: 'C.10-01', field: 'end', severity: 'warning' }),
    );
    const text = await run('--as-of', '2026-11-27');
    expect(text.out).toContain(`Tổng cộng ${parsed.findings.length} phát hiện`);
  });

  test('the as-of date moves the overdue findings', async () => {
    const before = JSON.parse((await run('--as-of', '2018-02-20', '--json')).out) as { findings: Finding[] };
    const overdue = before.findings.filter((f) => f.code === 'TASK_OVERDUE').map((f) => f.taskId);
    expect(overdue).toEqual(['C.10-01']);
  });

  test('default as-of is today on the local calendar', async () => {
    jest.useFakeTimers({ now: new Date(2026, 10, 27, 23, 30), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const parsed = JSON.parse((await run('--json')).out) as { asOf: string };
      expect(parsed.asOf).toBe('2026-11-27');
    } finally {
      jest.useRealTimers();
    }
  });

  test.each([
    [['--as-of', '2026-13-01'], '--as-of must be a date dd/mm/yyyy (or YYYY-MM-DD), got "2026-13-01"'],
    [['--as-of', '31/11/2026'], '--as-of phải là một ngày dd/mm/yyyy (hoặc YYYY-MM-DD) / --as-of must be a date dd/mm/yyyy (or YYYY-MM-DD), got "31/11/2026"'],
    [['--as-of', '11/27/2026'], '--as-of must be a date dd/mm/yyyy (or YYYY-MM-DD), got "11/27/2026"'],
    [['--as-of', '2026-02-30'], '--as-of must be a date dd/mm/yyyy (or YYYY-MM-DD), got "2026-02-30"'],
    [['--verbose'], "Unknown option '--verbose'"],
    [['a.xlsx', 'b.xlsx'], 'chỉ kiểm tra một tệp mỗi lần / one file at a time (got 2)'],
    [['--plan', 'plan.txt'], '--plan chỉ dùng khi kiểm tra một tệp .xlsx'],
  ])('usage error %j → exit 2', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('Usage: validate [--as-of dd/mm/yyyy] [--json]');
  });
});
