import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plan43 } from '../../src/catalogues';
import { parseCatalogue, serializeCatalogue } from '../../src/core/catalogue';
import type { CliIO } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';

function fakeIO(): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => { out += text; },
    err: (text) => { err += text; },
    readStdin: async () => '',
    stdout: () => out,
    stderr: () => err,
  };
}

async function run(...argv: string[]) {
  const io = fakeIO();
  const code = await runCli(['catalogue', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('plan-tracker catalogue', () => {
  it('prints the plan header, every task with lead, support and its window, and the gaps', async () => {
    const { code, out, err } = await run();
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Kế hoạch số 43-KH/TU — Tỉnh ủy Bình Dương (Thủ Dầu Một, ngày 12/02/2018, 2018-02-12)');
    expect(out).toContain('51 nhiệm vụ / tasks · 2 không đầy đủ / incomplete · 6 chỗ thiếu trong nguồn / source gaps');
    for (const task of plan43.tasks) expect(out).toContain(`  ${task.id}  `);
    expect(out).toContain('C.6  Sở Tài chính — 2 nhiệm vụ / tasks');
    expect(out).toContain('thời gian / time: "thực hiện trong tháng 01/2018" → 2018-01-01 … 2018-01-31  [month]');
    expect(out).toContain('thời gian / time: "thực hiện từ năm 2020" → 2020-01-01 … (mở / open)  [from]');
    expect(out).toContain('quy ước / convention: until: start = plan issue date');
    expect(out).toContain('phối hợp / support: Ban Tổ chức Tỉnh ủy; Sở Tài chính; Các cơ quan liên quan');
    expect(out).toContain('B.II.4  (tiêu đề bị mất / heading lost) — 2 nhiệm vụ / tasks');
    expect(out).toContain('Chỗ thiếu trong nguồn / Source gaps:\n  B.II.2: ');
    expect(out).toContain('  B.II.3: Toàn bộ mục B.II.3 bị mất');
  });

  it('prints the catalogue JSON with --json', async () => {
    const { code, out } = await run('--json');
    expect(code).toBe(0);
    expect(out).toBe(serializeCatalogue(plan43));
    const parsed = parseCatalogue(JSON.parse(out));
    expect(parsed.errors).toEqual([]);
    expect(parsed.catalogue?.tasks.find((task) => task.id === 'C.10-01')?.deadline).toMatchObject({ start: '2018-01-01', end: '2018-01-31', kind: 'month' });
  });

  it('prints an imported catalogue file with --plan', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'plan-tracker-catalogue-'));
    const file = join(folder, 'plan.json');
    const small = { ...plan43, plan: { ...plan43.plan, number: '99-KH/TU' }, tasks: plan43.tasks.slice(0, 1), gaps: [] };
    writeFileSync(file, serializeCatalogue(small));
    const { code, out } = await run('--plan', file);
    expect(code).toBe(0);
    expect(out).toContain('Kế hoạch số 99-KH/TU');
    expect(out).toContain('1 nhiệm vụ / tasks · 0 không đầy đủ / incomplete · 0 chỗ thiếu');
    expect(out).toContain('  B.I-01  ');
    expect(out).not.toContain('B.I-02');
  });

  it('fails with one line when the plan file cannot be read', async () => {
    const { code, out, err } = await run('--plan', join(tmpdir(), 'no-such-plan-file.json'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^plan-tracker catalogue: .*no-such-plan-file\.json/);
  });

  it('refuses a catalogue file with errors, naming the first one in one line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'plan-tracker-catalogue-'));
    const file = join(folder, 'broken.json');
    writeFileSync(file, JSON.stringify({ ...plan43, plan: { ...plan43.plan, issued: '12/02/2018' } }));
    const { code, out, err } = await run('--plan', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain('plan.issued: not a date YYYY-MM-DD (got "12/02/2018")');
  });

  it('rejects an unknown option as a usage error', async () => {
    const { code, err } = await run('--yaml');
    expect(code).toBe(2);
    expect(err).toContain('Usage: catalogue [--json] [--plan FILE]');
  });
});
