/**
 * `build --out FILE.xlsx [--as-of YYYY-MM-DD] [--plan FILE]`: writes the whole workbook without
 * Excel: tasks, owners, findings and the summary sheets, through the same services the add-in
 * uses (load, validate, summarise) and the xlsx adapter.
 */
import { formatVietnameseDate } from '../../core/dates';
import { SHEETS } from '../../layout/names';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../../services';
import { SpecWorkbook } from '../../workbook/xlsx/spec-workbook';
import { asOfOption, parseCommandArgs } from '../args';
import { UsageError, type CliCommand } from '../io';
import { planOption, settingsFor } from '../plan-source';
import { progressPrinter } from '../progress';
import { asCliFailure, writeWorkbookFile } from '../xlsx-file';

/** The path given to --out, which must name an .xlsx file. */
export function xlsxOutOption(value: string | undefined): string {
  if (!value) throw new UsageError('thiếu --out FILE.xlsx / --out FILE.xlsx is required');
  if (!/\.xlsx$/i.test(value)) throw new UsageError(`--out phải là tệp .xlsx / --out must name a .xlsx file, got "${value}"`);
  return value;
}

export const buildCommand: CliCommand = {
  name: 'build',
  usage: 'build --out FILE.xlsx [--as-of YYYY-MM-DD] [--plan FILE]   write the whole workbook (tasks, owners, findings, summaries)',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { out: { type: 'string' }, 'as-of': { type: 'string' }, plan: { type: 'string' } });
    const out = xlsxOutOption(values.out);
    const asOf = asOfOption(values['as-of']);
    const plan = await planOption(values.plan);
    const settings = settingsFor(asOf);
    const progress = progressPrinter(io);
    // A new workbook kept as specs and streamed to the file: flat memory at any plan size.
    const workbook = new SpecWorkbook();
    try {
      // The plan is stored in the new workbook; checking and summarising take it from there.
      const loaded = await loadCatalogue(workbook, { catalogue: plan, settings, onProgress: progress.stage(0, 0.3) });
      const checked = await validateWorkbook(workbook, { settings, onProgress: progress.stage(0.3, 0.55) });
      const summary = await summarizeWorkbook(workbook, { settings, onProgress: progress.stage(0.55, 0.8) });
      progress.step(0.85, { vi: `Đang ghi tệp ${out}…`, en: `Saving ${out}…` });
      const size = await writeWorkbookFile(out, workbook);
      progress.step(1, { vi: 'Đã ghi tệp.', en: 'File saved.' });
      // The sheets a planner sees; the plan's own sheet is hidden.
      const sheets = (await workbook.listSheets()).filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
      const { error, warning, info } = checked.counts;
      io.out(
        `Đã tạo ${out} (${Math.ceil(size / 1024)} KB), Kế hoạch ${loaded.plan.number}, tính đến ngày ${formatVietnameseDate(asOf)}: ` +
          `${loaded.taskCount} nhiệm vụ, ${error + warning + info} phát hiện (${error} lỗi, ${warning} cảnh báo, ${info} lưu ý), ${sheets.length} trang tính.\n` +
          `Wrote ${out}: plan ${loaded.plan.number}, ${loaded.taskCount} tasks, ${error + warning + info} findings (${error} errors, ${warning} warnings, ${info} info), ` +
          `${sheets.length} sheets: ${sheets.join(', ')}; the plan is stored on the hidden sheet ${SHEETS.plan}.\n` +
          `${summary.paragraph.vi}\n`,
      );
      return 0;
    } catch (error) {
      throw asCliFailure(error);
    }
  },
};
