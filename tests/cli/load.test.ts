/**
 * `load`: "Tải kế hoạch" from the command line, on a workbook a planner edited (the openpyxl
 * fixture: B.I-01 done on 15/05/2019 with a note, B.I-02 in progress). Same service as the pane,
 * same words, every edit kept, nothing written over without asking.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plan43 } from '../../src/catalogues';
import { loadCatalogue } from '../../src/services';
import { say } from '../../src/taskpane/panel/strings';
import { openXlsx } from '../../src/workbook/xlsx';
import { runPlanTracker, tempFolder } from '../fixtures/xlsx/run-cli';

const EDITED = join(__dirname, '../fixtures/xlsx/producers/openpyxl.xlsx');
// Each test reads and writes a workbook, seconds on a busy machine.
jest.setTimeout(30_000);

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

function plannerCopy(name = 'ke-hoach.xlsx'): string {
  const path = folder.path(name);
  copyFileSync(EDITED, path);
  return path;
}

async function tasksTable(bytes: Uint8Array) {
  const [table] = await (await openXlsx(bytes)).readTables([{ sheet: 'Nhiệm vụ' }]);
  if (!table) throw new Error('no tasks table');
  return table;
}

describe('plan-tracker load', () => {
  it('refreshes the workbook in place, keeping the planner’s edits, with the pane’s words', async () => {
    const path = plannerCopy();
    const { code, out } = await runPlanTracker('load', path, '--as-of', '30/06/2019');
    expect(code).toBe(0);
    const table = await tasksTable(readFileSync(path));
    const row = (id: string) => table.rows.find((cells) => cells[0] === id) ?? [];
    const column = (header: string) => table.headers.indexOf(header);
    expect(row('B.I-01')[column('Tiến độ')]).toBe('Đã hoàn thành');
    expect(row('B.I-01')[column('Ngày hoàn thành')]).toEqual({ date: '2019-05-15' });
    expect(row('B.I-01')[column('Ghi chú')]).toBe('Sửa bằng openpyxl');
    expect(row('B.I-02')[column('Tiến độ')]).toBe('Đang thực hiện');
    const words = { n: 51, added: 0, retired: 0, planner: 0, kept: 0 };
    expect(out).toContain(`Kế hoạch 43-KH/TU, tính đến ngày 30/06/2019. ${say('vi', 'loadedRefresh', words)}\n`);
    expect(out).toContain(say('en', 'loadedRefresh', words));
    expect(readdirSync(folder.path(''))).toEqual(['ke-hoach.xlsx']);
  });

  it('writes what the pane’s service writes (loadCatalogue on the same file)', async () => {
    const path = plannerCopy();
    await runPlanTracker('load', path, '--as-of', '2019-06-30');
    const workbook = await openXlsx(readFileSync(EDITED));
    await loadCatalogue(workbook, { settings: { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false } });
    expect(await tasksTable(readFileSync(path))).toEqual(await tasksTable(await workbook.toXlsxBytes()));
  });

  it('--out writes a copy and leaves the input as it was; an existing copy only with --force', async () => {
    const input = plannerCopy();
    const before = digest(input);
    const out = folder.path('ban-sao.xlsx');
    writeFileSync(out, 'a file of the planner’s');
    const refused = await runPlanTracker('load', input, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `plan-tracker load: đã có tệp ${out}; tệp không bị thay đổi. Chọn tên khác, hoặc thêm --force để ghi đè / ${out} already exists and was left untouched. Choose another name, or add --force to replace it\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('a file of the planner’s');
    const forced = await runPlanTracker('load', input, '--out', out, '--force', '--as-of', '30/06/2019');
    expect(forced.code).toBe(0);
    expect((await tasksTable(readFileSync(out))).rows).toHaveLength(51);
    expect(digest(input)).toBe(before);
  });

  it('another plan is refused, the file untouched, unless --replace', async () => {
    const path = plannerCopy();
    const before = digest(path);
    const other = folder.path('ke-hoach-khac.json');
    writeFileSync(other, JSON.stringify({ ...plan43, plan: { ...plan43.plan, number: '99-KH/TU' }, tasks: plan43.tasks.slice(0, 3) }));
    const refused = await runPlanTracker('load', path, '--plan', other);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Sổ tính này đang theo dõi Kế hoạch 43-KH/TU; kế hoạch vừa nhập là Kế hoạch 99-KH/TU.');
    expect(refused.err).toContain('Thêm --replace để thay thế kế hoạch; tệp chưa bị thay đổi. / ');
    expect(digest(path)).toBe(before);
    const replaced = await runPlanTracker('load', path, '--plan', other, '--replace', '--as-of', '30/06/2019');
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain('Đã thay Kế hoạch 43-KH/TU bằng Kế hoạch 99-KH/TU (3 nhiệm vụ).');
    expect((await tasksTable(readFileSync(path))).rows).toHaveLength(3);
  });

  it('a wrong call is exit 2; a file that is not a workbook exit 1, nothing left behind', async () => {
    expect((await runPlanTracker('load')).code).toBe(2);
    expect((await runPlanTracker('load', plannerCopy(), '--as-of', '31/06/2019')).err).toContain('--as-of must be a date dd/mm/yyyy');
    const text = folder.path('van-ban.xlsx');
    writeFileSync(text, 'không phải sổ tính');
    const notWorkbook = await runPlanTracker('load', text);
    expect(notWorkbook.code).toBe(1);
    expect(notWorkbook.err).toContain('Tệp không phải sổ tính Excel .xlsx');
    expect(readFileSync(text, 'utf8')).toBe('không phải sổ tính');
    expect(readdirSync(folder.path('')).sort()).toEqual(['ke-hoach.xlsx', 'van-ban.xlsx']);
  });
});
