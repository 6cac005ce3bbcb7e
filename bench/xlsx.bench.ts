/**
 * The xlsx path at 1,000, 20,000 and 100,000 tasks (a deterministic catalogue: Kế hoạch 43's tasks
 * repeated under new ids; BENCH_TEXTS=unique numbers each one's wording too). "ours" is what `build` does: buildWorkbook (load, check, summarise)
 * into a SpecWorkbook, then stream the file (stream-xlsx.ts). "baseline" is plain ExcelJS
 * (its normal in-memory writer) writing the same cell values, one sheet per table, nothing else.
 * One JSON line per size:
 *   {"tasks":N,"texts":"repeated"|"unique","oursMs":…,"baselineMs":…,"ratio":…,"oursCpuMs":…,"baselineCpuMs":…,"cpuRatio":…,
 *    "peakRssMB":…,"baselinePeakRssMB":…,"rssRatio":…,"servicesMs":…,"writeMs":…,"msPer1kTasks":…,
 *    "bytes":…,"baselineBytes":…}
 * ratio (wall time), cpuRatio (CPU time, steadier on a shared machine) and rssRatio are ours /
 * baseline, measured in the same run. Each path runs in its own Node
 * process after a small warm-up run; peakRssMB is that process's peak resident memory (the
 * catalogue itself included). Run: npm run -s bench:xlsx
 */
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { plan43, plan43Owners } from '../src/catalogues';
import type { Catalogue, Settings, TrackedTask } from '../src/core/model';
import { createRegistry } from '../src/core/owners';
import { asTracked, validateTasks } from '../src/core/rules';
import { reportParagraph, snapshotOf, summarize } from '../src/core/summary';
import { findingsSheet, ownersSheet, summarySheets, tasksSheet, tasksSheetCell, type CellValue, type SheetSpec } from '../src/layout';
import { limitHeapGrowth } from '../src/cli/heap-growth';
import { buildWorkbook } from '../src/services';
import { SpecWorkbook } from '../src/workbook/xlsx/spec-workbook';

const settings: Settings = { asOf: '2019-06-30', dueSoonDays: 7, beforeDateExclusive: false };

/**
 * BENCH_TEXTS=unique gives every task a wording of its own (Kế hoạch 43's, numbered), as a real
 * plan has: then no two tasks share their text in memory, and the figures are the harder ones.
 */
const uniqueTexts = process.env.BENCH_TEXTS === 'unique';

function catalogueOf(size: number): Catalogue {
  const tasks = Array.from({ length: size }, (_, i) => {
    const base = plan43.tasks[i % plan43.tasks.length];
    const id = `${base.id}/${String(i).padStart(6, '0')}`;
    return uniqueTexts ? { ...base, id, text: `${base.text} (bản ${i})`, original: `${base.original} (bản ${i})` } : { ...base, id };
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
/** CPU milliseconds (user + system) this process has used: steadier than wall time on a busy machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

type Run = { ms: number; cpuMs: number; bytes: number; servicesMs: number; peakRssMB: number };

async function runOne(size: number, path: Path): Promise<Run> {
  // As the command line runs (src/cli/main.ts); the baseline is plain ExcelJS, as anyone runs it.
  if (path === 'ours') limitHeapGrowth();
  // A small run first, so the timing is not of the JIT warming up.
  if (path === 'ours') await oursPath(handOver(catalogueOf(200)));
  else await baseline(baselineTables(layoutSpecs(catalogueOf(200))));
  if (path === 'ours') {
    // Made before the clock starts, and handed over as `build` reads a plan file: not held after the load.
    const readPlan = handOver(catalogueOf(size));
    const cpuStarted = cpuMs();
    const result = await oursPath(readPlan);
    return { ...result, cpuMs: cpuMs() - cpuStarted, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  }
  // Prepared outside the timing: the baseline gets its values ready-made.
  const tables = baselineTables(layoutSpecs(catalogueOf(size)));
  const started = performance.now();
  const cpuStarted = cpuMs();
  const bytes = await baseline(tables);
  return { ms: performance.now() - started, cpuMs: cpuMs() - cpuStarted, bytes, servicesMs: 0, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

/** A readPlan that gives the catalogue away: once read, only the workbook holds what it needs of it. */
function handOver(catalogue: Catalogue): () => Promise<Catalogue | undefined> {
  let held: Catalogue | undefined = catalogue;
  return async () => {
    const given = held;
    held = undefined;
    return given;
  };
}

async function oursPath(readPlan: () => Promise<Catalogue | undefined>): Promise<{ ms: number; bytes: number; servicesMs: number }> {
  const started = performance.now();
  const workbook = new SpecWorkbook();
  await buildWorkbook(workbook, { readPlan, settings });
  const servicesMs = performance.now() - started;
  const bytes = (await workbook.takeXlsxBytes()).byteLength;
  return { ms: performance.now() - started, bytes, servicesMs };
}

function baselineTables(specs: SheetSpec[]) {
  return specs.flatMap((spec) => spec.tables.map((table) => ({
    name: table.name,
    headers: table.columns.map((c) => c.header),
    rows: table.rows.map((row) => row.map(plainValue)),
  })));
}

/** Each path runs in a fresh Node process, so neither pays for the other's garbage. */
function child(size: number, path: Path): Run {
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
  const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1000, 20_000, 100_000];
  for (const size of sizes) {
    const ours = child(size, 'ours');
    const base = child(size, 'baseline');
    console.log(JSON.stringify({
      tasks: size,
      texts: uniqueTexts ? 'unique' : 'repeated',
      oursMs: Math.round(ours.ms),
      baselineMs: Math.round(base.ms),
      ratio: Math.round((ours.ms / base.ms) * 100) / 100,
      oursCpuMs: Math.round(ours.cpuMs),
      baselineCpuMs: Math.round(base.cpuMs),
      cpuRatio: Math.round((ours.cpuMs / base.cpuMs) * 100) / 100,
      peakRssMB: ours.peakRssMB,
      baselinePeakRssMB: base.peakRssMB,
      rssRatio: Math.round((ours.peakRssMB / base.peakRssMB) * 100) / 100,
      servicesMs: Math.round(ours.servicesMs),
      writeMs: Math.round(ours.ms - ours.servicesMs),
      msPer1kTasks: Math.round(ours.ms / (size / 1000)),
      bytes: ours.bytes,
      baselineBytes: base.bytes,
    }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
