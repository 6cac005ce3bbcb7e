/**
 * `load FILE.xlsx [--plan PLANFILE] [--out FILE2.xlsx] [--force] [--replace] [--as-of dd/mm/yyyy]`:
 * "Tải kế hoạch" from the command line. Refreshes the plan's columns in a workbook a planner has
 * edited, keeping every planner edit, through the same service as the pane (loadCatalogue): the
 * plan the workbook stores, or PLANFILE (a catalogue .json or a plan text). FILE is updated in
 * place unless --out names a copy (an existing copy only with --force); either way the file is
 * written whole or not at all. Another plan than the stored one is refused unless --replace.
 */
import { formatVietnameseDate } from '../../core/dates';
import type { Localized } from '../../core/model';
import { loadCatalogue, type LoadResult } from '../../services';
import { PlanMismatchError } from '../../services/plan-mismatch';
import { withOutput } from '../atomic-write';
import { asOfOption, parseCommandArgs } from '../args';
import { CliFailure, UsageError, type CliCommand } from '../io';
import { planOption, settingsFor } from '../plan-source';
import { progressPrinter } from '../progress';
import { asCliFailure, readWorkbookFile, writeWorkbookFile } from '../xlsx-file';
import { reserveXlsxOut, xlsxOutOption } from '../xlsx-output';

/** What was loaded, in the pane's words (src/taskpane/panel/strings.ts: loadedRefresh, loadedNew, replaced). */
export function loadedWords(result: LoadResult): Localized {
  const n = result.taskCount;
  const plan = result.plan.number;
  if (result.replaced) {
    const old = result.replaced.plan.number;
    const sheet = result.replaced.sheet;
    return {
      vi: `Đã thay Kế hoạch ${old} bằng Kế hoạch ${plan} (${n} nhiệm vụ). Các dòng của Kế hoạch ${old} được giữ trên trang "${sheet}".`,
      en: `Replaced plan ${old} by plan ${plan} (${n} tasks). The rows of plan ${old} are kept on the sheet "${sheet}".`,
    };
  }
  if (result.refreshed) {
    const [added, retired, planner, kept] = [result.added.length, result.retired.length, result.plannerRows.length, result.kept.length];
    return {
      vi: `Đã cập nhật ${n} nhiệm vụ: ${added} mới, ${retired} đã rút khỏi kế hoạch, ${planner} dòng bổ sung được giữ, ${kept} ô bạn sửa được giữ nguyên.`,
      en: `Refreshed ${n} tasks: ${added} new, ${retired} retired, ${planner} added rows kept, ${kept} edited cells kept.`,
    };
  }
  return {
    vi: `Đã tải ${n} nhiệm vụ của Kế hoạch ${plan} vào trang "Nhiệm vụ".`,
    en: `Loaded ${n} tasks of plan ${plan} into the "Nhiệm vụ" sheet.`,
  };
}

/** The pane offers "Thay thế kế hoạch" for another plan; the command line offers --replace. */
function mismatchFailure(path: string, error: PlanMismatchError): CliFailure {
  return new CliFailure(
    `${path}: ${error.words.vi} Thêm --replace để thay thế kế hoạch; tệp chưa bị thay đổi. / ${error.words.en} Add --replace to replace the plan; the file was not changed.`,
  );
}

export const loadCommand: CliCommand = {
  name: 'load',
  usage:
    'load FILE.xlsx [--plan PLANFILE] [--out FILE2.xlsx] [--force] [--replace] [--as-of dd/mm/yyyy]   "Tải kế hoạch": refresh the plan in an edited workbook, keeping every edit (in place, or into FILE2)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        plan: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
      },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('cần đúng một tệp .xlsx / exactly one .xlsx file is needed');
    const input = positionals[0];
    const out = values.out === undefined ? input : xlsxOutOption(values.out);
    const asOf = asOfOption(values['as-of']);
    const output = await reserveXlsxOut(out, { force: values.force === true, input });
    return withOutput(output, async () => {
      const plan = await planOption(values.plan);
      const progress = progressPrinter(io);
      progress.step(0, { vi: `Đang đọc tệp ${input}…`, en: `Reading ${input}…` });
      const workbook = await readWorkbookFile(input);
      let result: LoadResult;
      try {
        result = await loadCatalogue(workbook, {
          catalogue: plan,
          replace: values.replace === true,
          settings: settingsFor(asOf),
          onProgress: progress.stage(0.1, 0.8),
        });
      } catch (error) {
        throw error instanceof PlanMismatchError ? mismatchFailure(input, error) : asCliFailure(error, input);
      }
      progress.step(0.85, { vi: `Đang ghi tệp ${out}…`, en: `Saving ${out}…` });
      await writeWorkbookFile(output, workbook);
      progress.step(1, { vi: 'Đã ghi tệp.', en: 'File saved.' });
      const words = loadedWords(result);
      const problems = result.problems.length
        ? `${result.problems.length} vấn đề khi đọc bảng (chạy "validate ${out}" để xem) / ${result.problems.length} problems reading the sheets (run "validate ${out}" to see them)\n`
        : '';
      io.out(
        `${out}: Kế hoạch ${result.plan.number}, tính đến ngày ${formatVietnameseDate(asOf)}. ${words.vi}\n` +
          `${out}: plan ${result.plan.number}, as of ${formatVietnameseDate(asOf)}. ${words.en}\n` +
          problems,
      );
      return 0;
    });
  },
};
