/**
 * A real `build --force` over a planner's workbook, stopped part-way: SIGKILL while it builds,
 * SIGKILL while it saves, Ctrl-C (SIGINT). The old workbook is left whole every time. The process
 * is `node --import tsx` itself (not the tsx launcher, which would leave its child running).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openXlsx } from '../../src/workbook/xlsx';
import { builtWorkbook } from '../fixtures/xlsx/planner-workbooks';
import { tempFolder } from '../fixtures/xlsx/run-cli';

const ROOT = join(__dirname, '../..');
// Starting Node with the TypeScript loader takes seconds on a busy machine: the limits are for that.
const SLOW = 120_000;

let old: Uint8Array;
let folder: ReturnType<typeof tempFolder>;
beforeAll(async () => {
  old = await builtWorkbook();
});
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Run {
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function buildOver(path: string): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', '--out', path, '--force', '--as-of', '30/09/2019'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exit };
}

async function until(condition: () => boolean, run: Run): Promise<void> {
  let exited = false;
  void run.exit.then(() => (exited = true));
  while (!condition()) {
    if (exited) throw new Error(`the command ended before the moment to stop it:\n${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const temporaryFiles = (name: string) => readdirSync(folder.path('')).filter((file) => file.startsWith(`.${name}.`) && file.endsWith('.tmp'));

describe('a build stopped part-way leaves the old workbook whole', () => {
  it('SIGKILL while building, once the output is reserved: the old file is byte for byte the same', async () => {
    const path = folder.path('ke-hoach.xlsx');
    writeFileSync(path, old);
    const run = buildOver(path);
    await until(() => temporaryFiles('ke-hoach.xlsx').length > 0, run);
    run.child.kill('SIGKILL');
    expect((await run.exit).signal).toBe('SIGKILL');
    expect(digest(readFileSync(path))).toBe(digest(old));
    // SIGKILL cannot be caught: the hidden temporary file stays, the next run does not use it.
    expect(temporaryFiles('ke-hoach.xlsx')).toHaveLength(1);
  }, SLOW);

  it('SIGKILL while saving: the file is the old workbook or the whole new one, never a torn one', async () => {
    const path = folder.path('ke-hoach.xlsx');
    writeFileSync(path, old);
    const run = buildOver(path);
    await until(() => run.stderr().includes('Đang ghi tệp'), run);
    run.child.kill('SIGKILL');
    await run.exit;
    const bytes = new Uint8Array(readFileSync(path));
    if (digest(bytes) !== digest(old)) {
      const [tasks] = await (await openXlsx(bytes)).readTables([{ sheet: 'Nhiệm vụ' }]);
      expect(tasks?.rows).toHaveLength(51);
    } else {
      await expect(openXlsx(bytes)).resolves.toBeDefined();
    }
  }, SLOW);

  it('Ctrl-C: exit 130, the temporary file removed, the old file the same, and a line saying so', async () => {
    const path = folder.path('ke-hoach.xlsx');
    writeFileSync(path, old);
    const run = buildOver(path);
    await until(() => temporaryFiles('ke-hoach.xlsx').length > 0, run);
    run.child.kill('SIGINT');
    expect((await run.exit).code).toBe(130);
    expect(run.stderr()).toContain('Đã dừng; tệp cũ không bị thay đổi. / Stopped; the old file was not changed.');
    expect(digest(readFileSync(path))).toBe(digest(old));
    expect(readdirSync(folder.path(''))).toEqual(['ke-hoach.xlsx']);
  }, SLOW);
});
