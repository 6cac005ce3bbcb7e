/**
 * The xlsx path at 1,000, 10,000 and 100,000 tasks (a deterministic catalogue: Kế hoạch 43's tasks
 * repeated under new ids). "ours" is the real path of `build`: the layout's specs (tasks, owners,
 * findings, summaries, with the core's checks and summary), the xlsx adapter, the bytes.
 * "baseline" is plain ExcelJS writing the same cell values, one sheet per table, nothing else.
 * One JSON line per size:
 *   {"tasks":N,"oursMs":…,"baselineMs":…,"ratio":…,"peakRssMB":…,"baselinePeakRssMB":…,"layoutMs":…,"bytes":…,"baselineBytes":…}
 * Each path runs in its own Node process after a small warm-up run; peakRssMB is that process's
 * peak resident memory. Run: npm run bench:xlsx
 */
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { plan43, plan43Owners } from '../src/catalogues';
import type { Catalogue, Settings, TrackedTask } from '../src/core/model';
import { createRegistry } from '../src/core/owners';
import { asTracked, validateTasks } from '../src/core/rules';
import { reportParagraph, snapshotOf, summarize } from '../src/core/summary';
import { findingsSheet, ownersSheet, summarySheets, tasksSheet, tasksSheetCell, type CellValue, type SheetSpec } from '../src/layout';
import { newXlsx } from '../src/workbook/xlsx';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };

function catalogueOf(size: number): Catalogue {
  const tasks = Array.from({ length: size }, (_, i) => {
    const base = plan43.tasks[i % plan43.tasks.length];
    return { ...base, id: `${base.id}/${String(i).padStart(6, '0')}` };
  });
  return { ...plan43, tasks };
}

/** The specs `build` writes, from the layout and the core. */
function layoutSpecs(catalogue: Catalogue): SheetSpec[] {
  const tasks: TrackedTask[] = catalogue.tasks.map(asTracked);
  const rowOf = new Map(tasks.map((task, i) => [task.id, i]));
  const findings = validateTasks(tasks, { plan: catalogue.plan, settings, registry: createRegistry(plan43Owners), gaps: catalogue.gaps });
  const summary = summarize(tasks, settings, null);
  return [
    tasksSheet({ plan: catalogue.plan, tasks, settings }),
    ownersSheet(catalogue.plan, plan43Owners),
    findingsSheet(catalogue.plan, settings.asOf, findings, (f) => (f.taskId && rowOf.has(f.taskId) ? tasksSheetCell(rowOf.get(f.taskId) as number, 'id') : null)),
    ...summarySheets({ plan: catalogue.plan, settings, summary, tasks, paragraph: reportParagraph(summary, catalogue.plan, 'vi'), history: [snapshotOf(tasks, settings)] }),
  ];
}

/** The same values as ExcelJS stores them, without any of our logic. */
function plainValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('date' in value) {
    const [y, m, d] = value.date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  if ('link' in value) return value.link.text;
  return { formula: value.formula.replace(/^=/, '') };
}

async function baseline(tables: { name: string; headers: string[]; rows: ExcelJS.CellValue[][] }[]): Promise<number> {
  const book = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = book.addWorksheet(table.name);
    sheet.addRow(table.headers);
    sheet.addRows(table.rows);
  }
  return (await book.xlsx.writeBuffer()).byteLength;
}

type Path = 'ours' | 'baseline';

/** One path at one size, in this process: returns its time, size and the process's peak memory. */
async function runOne(size: number, path: Path): Promise<{ ms: number; bytes: number; layoutMs: number; peakRssMB: number }> {
  const catalogue = catalogueOf(size);
  // A small run first, so the timing is not of the JIT warming up.
  if (path === 'ours') await oursPath(catalogueOf(200));
  else await baseline(baselineTables(layoutSpecs(catalogueOf(200))));
  if (path === 'ours') {
    const result = await oursPath(catalogue);
    return { ...result, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  }
  // Prepared outside the timing: the baseline gets its values ready-made.
  const tables = baselineTables(layoutSpecs(catalogue));
  const started = performance.now();
  const bytes = await baseline(tables);
  return { ms: performance.now() - started, bytes, layoutMs: 0, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

async function oursPath(catalogue: Catalogue): Promise<{ ms: number; bytes: number; layoutMs: number }> {
  const started = performance.now();
  const specs = layoutSpecs(catalogue);
  const layoutMs = performance.now() - started;
  const workbook = newXlsx();
  await workbook.write({ sheets: specs });
  const bytes = (await workbook.toXlsxBytes()).byteLength;
  return { ms: performance.now() - started, bytes, layoutMs };
}

function baselineTables(specs: SheetSpec[]) {
  return specs.flatMap((spec) => spec.tables.map((table) => ({
    name: table.name,
    headers: table.columns.map((c) => c.header),
    rows: table.rows.map((row) => row.map(plainValue)),
  })));
}

/** Each path runs in a fresh Node process, so neither pays for the other's garbage. */
function child(size: number, path: Path): { ms: number; bytes: number; layoutMs: number; peakRssMB: number } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', __filename, String(size), path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${path} at ${size} tasks failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() as string);
}

async function main(): Promise<void> {
  const [sizeArg, pathArg] = process.argv.slice(2);
  if (sizeArg) {
    console.log(JSON.stringify(await runOne(Number(sizeArg), pathArg as Path)));
    return;
  }
  for (const size of [1000, 10_000, 100_000]) {
    const ours = child(size, 'ours');
    const base = child(size, 'baseline');
    console.log(JSON.stringify({
      tasks: size,
      oursMs: Math.round(ours.ms),
      baselineMs: Math.round(base.ms),
      ratio: Math.round((ours.ms / base.ms) * 100) / 100,
      peakRssMB: ours.peakRssMB,
      baselinePeakRssMB: base.peakRssMB,
      layoutMs: Math.round(ours.layoutMs),
      bytes: ours.bytes,
      baselineBytes: base.bytes,
    }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
