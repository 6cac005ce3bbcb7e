/**
 * `build --out FILE.xlsx [--force] [--as-of dd/mm/yyyy] [--plan FILE]`: writes the whole workbook
 * without Excel: tasks, owners, findings and the summary sheets, through the same services the
 * add-in uses (load, validate, summarise) and the xlsx adapter. An existing FILE is refused unless
 * --force; the file is written whole or not at all (../atomic-write.ts).
 */
import { formatVietnameseDate } from '../../core/dates';
import { SHEETS } from '../../layout/names';
import { buildWorkbook } from '../../services';
import { SpecWorkbook } from '../../workbook/xlsx/spec-workbook';
import { withOutput } from '../atomic-write';
import { asOfOption, parseCommandArgs } from '../args';
import type { CliCommand } from '../io';
import { planOption, settingsFor } from '../plan-source';
import { progressPrinter } from '../progress';
import { severityCounts } from '../severity-words';
import { asCliFailure, writeWorkbookFile } from '../xlsx-file';
import { reserveXlsxOut, xlsxOutOption } from '../xlsx-output';

export const buildCommand: CliCommand = {
  name: 'build',
  usage: 'build --out FILE.xlsx [--force] [--as-of dd/mm/yyyy] [--plan FILE]   write the whole workbook (tasks, owners, findings, summaries); --force replaces an existing FILE',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      plan: { type: 'string' },
    });
    const out = xlsxOutOption(values.out);
    const asOf = asOfOption(values['as-of']);
    // Before the plan is read and the workbook built: a file in the way or a missing folder is said now.
    const output = await reserveXlsxOut(out, { force: values.force === true });
    return withOutput(output, async () => {
      const settings = settingsFor(asOf);
      const progress = progressPrinter(io);
      // A new workbook kept as specs and streamed to the file: flat memory at any plan size.
      const workbook = new SpecWorkbook();
      try {
        const { plan, taskCount, counts: found, paragraph } = await buildWorkbook(workbook, {
          readPlan: () => planOption(values.plan),
          settings,
          progress: (from, to) => progress.stage(from, to),
        });
        progress.step(0.85, { vi: `Đang ghi tệp ${out}…`, en: `Saving ${out}…` });
        // Written once: each sheet's rows are let go as soon as they are in the file.
        const size = await writeWorkbookFile(output, { toXlsxBytes: () => workbook.takeXlsxBytes() });
        progress.step(1, { vi: 'Đã ghi tệp.', en: 'File saved.' });
        // The sheets a planner sees; the plan's own sheet is hidden.
        const sheets = (await workbook.listSheets()).filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
        const total = found.error + found.warning + found.info;
        const counts = severityCounts(found);
        io.out(
          `Đã tạo ${out} (${Math.ceil(size / 1024)} KB), Kế hoạch ${plan.number}, tính đến ngày ${formatVietnameseDate(asOf)}: ` +
            `${taskCount} nhiệm vụ, ${total} phát hiện (${counts.vi}), ${sheets.length} trang tính.\n` +
            `Wrote ${out}: plan ${plan.number}, ${taskCount} tasks, ${total} findings (${counts.en}), ` +
            `${sheets.length} sheets: ${sheets.join(', ')}; the plan is stored on the hidden sheet ${SHEETS.plan}.\n` +
            `${paragraph.vi}\n`,
        );
        return 0;
      } catch (error) {
        throw asCliFailure(error);
      }
    });
  },
};
