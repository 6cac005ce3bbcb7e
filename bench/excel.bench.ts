/**
 * Load, validate and summarise through the Office adapter against the test Excel of
 * tests/workbook (office-addin-mock underneath), for Plan 43 itself (51 tasks), 1,000 and 20,000
 * tasks; then "reload": the same plan loaded again into the workbook it wrote, the planner's
 * tables refreshed in place. One JSON line per command and size:
 *   {"command":"load","tasks":20000,"syncs":N,"maxRequestBytes":B,"totalRequestBytes":T,"ms":M}
 * syncs = context.sync() calls of the whole command (list, read, write); maxRequestBytes = the
 * largest request, totalRequestBytes = all of the command's requests together: the adapter's own
 * estimate or the bytes the fake received, whichever is larger. Run: npm run -s bench:excel
 * (a size alone: npm run -s bench:excel -- 1000).
 */
import { plan43 } from '../src/catalogues';
import type { Catalogue, Settings } from '../src/core/model';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../src/services';
import { createOfficePort, type BatchStats } from '../src/workbook/office';
import { FakeExcel } from '../tests/workbook/fake-excel';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };

function catalogueOf(size: number): Catalogue {
  if (size === plan43.tasks.length) return plan43;
  const tasks = Array.from({ length: size }, (_, i) => {
    const base = plan43.tasks[i % plan43.tasks.length];
    return { ...base, id: `${base.id}/${String(i).padStart(5, '0')}` };
  });
  return { ...plan43, tasks };
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const size of asked.length ? asked : [plan43.tasks.length, 1000, 20000]) {
    const fake = new FakeExcel();
    let estimate = { max: 0, total: 0 };
    const onStats = (_op: string, stats: BatchStats) => {
      estimate = { max: Math.max(estimate.max, stats.maxRequestBytes), total: estimate.total + (stats.totalRequestBytes ?? 0) };
    };
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true, onStats });
    const catalogue = catalogueOf(size);
    const commands: [string, () => Promise<unknown>][] = [
      // Checking and summarising read the plan back from the workbook (hidden sheet PT_Plan).
      ['load', () => loadCatalogue(port, { catalogue, settings })],
      ['validate', () => validateWorkbook(port, { settings })],
      ['summarize', () => summarizeWorkbook(port, { settings })],
      ['reload', () => loadCatalogue(port, { catalogue, settings })],
    ];
    for (const [command, run] of commands) {
      const syncsBefore = fake.syncs.length;
      estimate = { max: 0, total: 0 };
      const started = performance.now();
      await run();
      const ms = Math.round(performance.now() - started);
      const received = fake.syncs.slice(syncsBefore).map((s) => s.bytes);
      console.log(JSON.stringify({
        command,
        tasks: size,
        syncs: fake.syncs.length - syncsBefore,
        maxRequestBytes: Math.max(estimate.max, ...received),
        totalRequestBytes: Math.max(estimate.total, received.reduce((a, b) => a + b, 0)),
        ms,
      }));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
