/**
 * `report FILE.xlsx --out FILE.docx [--force] [--as-of dd/mm/yyyy] [--plan FILE] [--annex-by section|lead]
 * [--issuer "TÊN CƠ QUAN"]`: the Word report of a workbook a planner has edited (paragraphs,
 * summary tables, the Phụ lục), against the plan the workbook stores. The workbook is only read;
 * an existing report is only replaced with --force, and the file is written whole or not at all.
 */
import { formatVietnameseDate } from '../../core/dates';
import type { AnnexGrouping } from '../../core/summary';
import { reportDocx } from '../../report-docx';
import { reportWorkbook } from '../../services';
import { asOfOption, parseCommandArgs } from '../args';
import { UsageError, type CliCommand } from '../io';
import { planOption, settingsFor } from '../plan-source';
import { progressPrinter } from '../progress';
import { readWorkbookForPlan } from '../stored-plan-guard';
import { openOutput, withOutput } from '../atomic-write';
import { asCliFailure } from '../xlsx-file';

export function docxOutOption(value: string | undefined): string {
  if (!value) throw new UsageError('thiếu --out FILE.docx / --out FILE.docx is required');
  if (!/\.docx$/i.test(value)) throw new UsageError(`--out phải là tệp .docx / --out must name a .docx file, got "${value}"`);
  return value;
}

export function annexByOption(value: string | undefined): AnnexGrouping {
  if (value === undefined || value === 'section') return 'section';
  if (value === 'lead') return 'lead';
  throw new UsageError(`--annex-by là "section" (theo mục của kế hoạch) hoặc "lead" (theo cơ quan chủ trì) / --annex-by must be "section" or "lead", got "${value}"`);
}

export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'report FILE.xlsx --out FILE.docx [--force] [--as-of dd/mm/yyyy] [--plan FILE] [--annex-by section|lead] [--issuer NAME]   write the Word report (paragraphs, tables, Phụ lục)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' }, force: { type: 'boolean', default: false }, 'as-of': { type: 'string' }, plan: { type: 'string' }, 'annex-by': { type: 'string' }, issuer: { type: 'string' },
    }, true);
    if (positionals.length !== 1) throw new UsageError('cần đúng một tệp .xlsx đầu vào / exactly one input .xlsx file is needed');
    const input = positionals[0];
    const out = docxOutOption(values.out);
    const asOf = asOfOption(values['as-of']);
    const annexGrouping = annexByOption(values['annex-by']);
    const output = await openOutput(out, { overwrite: values.force === true, overwriteOption: '--force' });
    return withOutput(output, async () => {
      const plan = await planOption(values.plan);
      const progress = progressPrinter(io);
      const workbook = await readWorkbookForPlan(input, plan, progress);
      try {
        const data = await reportWorkbook(workbook, { legacyPlan: plan, settings: settingsFor(asOf), annexGrouping, onProgress: progress.stage(0.1, 0.7) });
        progress.step(0.75, { vi: 'Đang soạn tệp Word…', en: 'Writing the Word file…' });
        const bytes = await reportDocx(data, values.issuer ? { issuer: values.issuer } : {});
        await output.commit(bytes);
        progress.step(1, { vi: 'Đã ghi tệp.', en: 'File saved.' });
        const kb = Math.max(1, Math.round(bytes.length / 1024));
        io.out(
          `Đã ghi ${out} (${kb} KB): báo cáo Kế hoạch ${data.plan.number} tính đến ngày ${formatVietnameseDate(asOf)}, Phụ lục ${data.annex.taskCount} nhiệm vụ.\n` +
            `Wrote ${out} (${kb} KB): report on plan ${data.plan.number} as of ${formatVietnameseDate(asOf)}, annex of ${data.annex.taskCount} tasks.\n` +
            `${data.paragraphs.join('\n')}\n`,
        );
        return 0;
      } catch (error) {
        throw asCliFailure(error, input);
      }
    });
  },
};
