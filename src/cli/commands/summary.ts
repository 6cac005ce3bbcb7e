/**
 * `summary FILE.xlsx --out FILE.xlsx [--force] [--as-of dd/mm/yyyy] [--plan FILE] [--annex-by section|lead]`: reads a workbook
 * a planner has edited and writes a copy with the summary sheets refreshed (and this report date
 * added to the history), against the plan the workbook stores (`--plan`: for a workbook that stores
 * none). The input is only replaced when --out names it; another existing file only with --force.
 * The planner's own sheets are never touched, and the file is written whole or not at all.
 */
import { formatVietnameseDate } from '../../core/dates';
import { summarizeWorkbook } from '../../services';
import { withOutput } from '../atomic-write';
import { asOfOption, parseCommandArgs } from '../args';
import { UsageError, type CliCommand } from '../io';
import { planOption, settingsFor } from '../plan-source';
import { readWorkbookForPlan } from '../stored-plan-guard';
import { progressPrinter } from '../progress';
import { asCliFailure, writeWorkbookFile } from '../xlsx-file';
import { reserveXlsxOut, xlsxOutOption } from '../xlsx-output';
import { annexByOption } from './report';

export const summaryCommand: CliCommand = {
  name: 'summary',
  usage: 'summary FILE.xlsx --out FILE.xlsx [--force] [--as-of dd/mm/yyyy] [--plan FILE] [--annex-by section|lead]   refresh the summary sheets of an edited workbook into a copy',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { out: { type: 'string' }, force: { type: 'boolean', default: false }, 'as-of': { type: 'string' }, plan: { type: 'string' }, 'annex-by': { type: 'string' } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('cần đúng một tệp .xlsx đầu vào / exactly one input .xlsx file is needed');
    const input = positionals[0];
    const out = xlsxOutOption(values.out);
    const asOf = asOfOption(values['as-of']);
    const annexGrouping = annexByOption(values['annex-by']);
    const output = await reserveXlsxOut(out, { force: values.force === true, input });
    return withOutput(output, async () => {
      const plan = await planOption(values.plan);
      const progress = progressPrinter(io);
      const workbook = await readWorkbookForPlan(input, plan, progress);
      try {
        const result = await summarizeWorkbook(workbook, { legacyPlan: plan, settings: settingsFor(asOf), annexGrouping, onProgress: progress.stage(0.1, 0.8) });
        progress.step(0.85, { vi: `Đang ghi tệp ${out}…`, en: `Saving ${out}…` });
        await writeWorkbookFile(output, workbook);
        progress.step(1, { vi: 'Đã ghi tệp.', en: 'File saved.' });
        const problems = result.problems.length
          ? `${result.problems.length} vấn đề khi đọc bảng (chạy "validate ${input}" để xem) / ${result.problems.length} problems reading the sheets (run "validate ${input}" to see them)\n`
          : '';
        io.out(
          `Đã ghi ${out}, Kế hoạch ${result.plan.number} (${result.summary.overview.counts.total} nhiệm vụ), báo cáo tính đến ngày ${formatVietnameseDate(asOf)}: ${result.sheets.join(', ')}.\n` +
            `Wrote ${out}, plan ${result.plan.number} (${result.summary.overview.counts.total} tasks), report as of ${formatVietnameseDate(asOf)}: ${result.sheets.length} summary sheets.\n` +
            problems +
            `${result.paragraph.vi}\n`,
        );
        return 0;
      } catch (error) {
        throw asCliFailure(error, input);
      }
    });
  },
};
