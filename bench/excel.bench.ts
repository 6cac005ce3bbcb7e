/**
 * Load, validate and summarise through the Office adapter against office-addin-mock (the fake
 * Excel of tests/workbook), for 1,000 and 20,000 tasks. One JSON line per command and size:
 *   {"command":"load","tasks":20000,"syncs":N,"maxRequestBytes":B,"ms":T}
 * syncs = context.sync() calls of the whole command (list, read, write); maxRequestBytes = the
 * largest request the adapter sent (its own estimate, and the bytes the fake received, whichever
 * is larger). Run: npm run bench:excel
 */
import { plan43 } from '../src/catalogues';
import type { Catalogue, Settings } from '../src/core/model';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../src/services';
import { createOfficePort } from '../src/workbook/office';
import { FakeExcel } from '../tests/workbook/fake-excel';

const settings: Settings = { asOf: '2019-03-01', dueSoonDays: 7, beforeDateExclusive: false };

function catalogueOf(size: number): Catalogue {
  const tasks = Array.from({ length: size }, (_, i) => {
    const base = plan43.tasks[i % plan43.tasks.length];
    return { ...base, id: `${base.id}/${String(i).padStart(5, '0')}` };
  });
  return { ...plan43, tasks };
}

async function main(): Promise<void> {
  for (const size of [1000, 20000]) {
    const fake = new FakeExcel();
    let maxEstimate = 0;
    const port = createOfficePort({ run: fake.run, isSetSupported: () => true, onStats: (_op, stats) => { maxEstimate = Math.max(maxEstimate, stats.maxRequestBytes); } });
    const catalogue = catalogueOf(size);
    const commands: [string, () => Promise<unknown>][] = [
      // Checking and summarising read the plan back from the workbook (hidden sheet PT_Plan).
      ['load', () => loadCatalogue(port, { catalogue, settings })],
      ['validate', () => validateWorkbook(port, { settings })],
      ['summarize', () => summarizeWorkbook(port, { settings })],
    ];
    for (const [command, run] of commands) {
      const syncsBefore = fake.syncs.length;
      maxEstimate = 0;
      const started = performance.now();
      await run();
      const ms = Math.round(performance.now() - started);
      const received = Math.max(0, ...fake.syncs.slice(syncsBefore).map((s) => s.bytes));
      console.log(JSON.stringify({ command, tasks: size, syncs: fake.syncs.length - syncsBefore, maxRequestBytes: Math.max(maxEstimate, received), ms }));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
