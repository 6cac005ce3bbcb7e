/**
 * A whole new workbook from a plan, as `plan-tracker build` makes it: load, check, then the
 * summary, into a workbook that has nothing else. One definition for the CLI and the bench that
 * times it (bench/xlsx.bench.ts), so the figures are of what planners run.
 */
import type { Catalogue, Localized, PlanInfo, Settings } from '../core/model';
import type { ProgressListener, WorkbookPort } from '../workbook/port';
import { loadCatalogue } from './load-catalogue';
import { summarizeWorkbook } from './summarize-workbook';
import { validateWorkbook } from './validate-workbook';

export interface BuildOptions {
  /**
   * Gives the plan to load (undefined: the embedded Plan 43, as loadCatalogue). Called once, and
   * its catalogue is not held after the load: a large plan's is let go once it is stored.
   */
  readPlan: () => Promise<Catalogue | undefined>;
  settings: Settings;
  /** Each command's progress, given the share of the whole it covers. */
  progress?: (from: number, to: number) => ProgressListener;
}

/** Only what the closing words need: a large plan's catalogue and findings are not held after each command. */
export interface BuildResult {
  plan: PlanInfo;
  taskCount: number;
  counts: { error: number; warning: number; info: number };
  paragraph: Localized;
}

/** Builds into `port` and returns its summary; the progress runs from 0 to 0.8 (the rest is the caller's saving). */
export async function buildWorkbook(port: WorkbookPort, options: BuildOptions): Promise<BuildResult> {
  const { settings, progress } = options;
  // The plan is stored in the new workbook; checking and summarising take it from there.
  const { plan, taskCount } = await loadCatalogue(port, { catalogue: await options.readPlan(), settings, onProgress: progress?.(0, 0.3) });
  // The cursor stays: the summary, written next, opens on "Tổng quan".
  const { counts } = await validateWorkbook(port, { settings, keepSelection: true, onProgress: progress?.(0.3, 0.55) });
  // Checked just above with the same settings: the summary leaves "Kiểm tra" as written.
  const { paragraph } = await summarizeWorkbook(port, { settings, justChecked: true, onProgress: progress?.(0.55, 0.8) });
  return { plan, taskCount, counts, paragraph };
}
