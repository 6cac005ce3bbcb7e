/**
 * `validate`, `summary` and `report FILE --plan`: a workbook takes its plan from itself, so
 * `--plan` only names the plan of a workbook written before plans were stored. Naming another plan
 * than the one a workbook stores is a mistake said in one line, not a check against the wrong plan.
 */
import type { Catalogue } from '../core/model';
import { samePlan } from '../core/plan-identity';
import { readWorkbookPlan } from '../services';
import type { WorkbookPort } from '../workbook/port';
import type { XlsxWorkbook } from '../workbook/xlsx';
import { CliFailure } from './io';
import type { ProgressPrinter } from './progress';
import { asCliFailure, readWorkbookFile } from './xlsx-file';

async function assertPlanMatches(workbook: WorkbookPort, path: string, given: Catalogue | undefined): Promise<void> {
  if (!given) return;
  const held = await readWorkbookPlan(workbook);
  if (!held?.stored || samePlan(held.catalogue.plan, given.plan)) return;
  const heldNumber = held.catalogue.plan.number;
  throw new CliFailure(
    `${path}: sổ tính lưu Kế hoạch ${heldNumber}, không phải Kế hoạch ${given.plan.number}; bỏ --plan để dùng kế hoạch đã lưu, ` +
      `hoặc tạo sổ tính mới: build --plan FILE --out MOI.xlsx / ` +
      `the workbook stores plan ${heldNumber}, not ${given.plan.number}; drop --plan to use the stored plan, ` +
      'or make a new workbook: build --plan FILE --out NEW.xlsx',
  );
}

/** Reads the workbook a command works on and refuses it at once when it stores another plan than `--plan`. */
export async function readWorkbookForPlan(path: string, given: Catalogue | undefined, progress: ProgressPrinter): Promise<XlsxWorkbook> {
  progress.step(0, { vi: `Đang đọc tệp ${path}…`, en: `Reading ${path}…` });
  const workbook = await readWorkbookFile(path);
  try {
    await assertPlanMatches(workbook, path, given);
  } catch (error) {
    throw asCliFailure(error, path);
  }
  return workbook;
}
