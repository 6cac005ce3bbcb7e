/**
 * `validate [--as-of dd/mm/yyyy] [--json]`: runs every rule on the embedded Plan 43 catalogue (no
 * progress entered yet) and prints the findings. Findings are data: the exit code is 0 even when
 * there are some; 2 only for a wrong call. With FILE.xlsx it checks that workbook instead (../validate-file.ts).
 */
import { plan43, plan43Owners } from '../../catalogues';
import { formatVietnameseDate } from '../../core/dates';
import { DEFAULT_DUE_SOON_DAYS, type Finding, type IsoDate, type Severity } from '../../core/model';
import { createRegistry } from '../../core/owners';
import { validateTasks } from '../../core/rules';
import { asOfOption, parseCommandArgs } from '../args';
import { UsageError, type CliCommand } from '../io';
import { validateFile } from '../validate-file';
import { SEVERITY_HEADINGS, severityCounts } from '../severity-words';

function plainText(findings: Finding[], asOf: IsoDate): string {
  const lines = [
    `Kiểm tra Kế hoạch số ${plan43.plan.number}, tính đến ngày ${formatVietnameseDate(asOf)} / ` +
      `Checking plan ${plan43.plan.number} as of ${formatVietnameseDate(asOf)}`,
  ];
  const idWidth = Math.max(1, ...findings.map((f) => (f.taskId ?? '—').length));
  const codeWidth = Math.max(0, ...findings.map((f) => f.code.length));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const group = findings.filter((f) => f.severity === severity);
    counts[severity] = group.length;
    if (group.length === 0) continue;
    lines.push('', `${heading.vi} / ${heading.en} (${group.length})`);
    for (const f of group) {
      lines.push(`  ${(f.taskId ?? '—').padEnd(idWidth)}  ${f.code.padEnd(codeWidth)}  ${f.message.vi}`);
    }
  }
  lines.push(
    '',
    `Tổng cộng ${findings.length} phát hiện: ${severityCounts(counts).vi} / ` +
      `Total ${findings.length} findings: ${severityCounts(counts).en}`,
  );
  return lines.join('\n') + '\n';
}

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate [--as-of dd/mm/yyyy] [--json] [FILE.xlsx [--plan FILE]]   check the embedded Plan 43 catalogue, or a workbook a planner edited against the plan it stores',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'as-of': { type: 'string' }, json: { type: 'boolean' }, plan: { type: 'string' } }, true);
    if (positionals.length > 1) {
      throw new UsageError(`chỉ kiểm tra một tệp mỗi lần / one file at a time (got ${positionals.length})`);
    }
    const asOf = asOfOption(values['as-of']);
    if (positionals.length === 1) return validateFile(positionals[0], { asOf, json: values.json === true, plan: values.plan }, io);
    if (values.plan !== undefined) throw new UsageError('--plan chỉ dùng khi kiểm tra một tệp .xlsx / --plan only applies when checking an .xlsx file');
    const findings = validateTasks(plan43.tasks, {
      plan: plan43.plan,
      settings: { asOf, dueSoonDays: DEFAULT_DUE_SOON_DAYS, beforeDateExclusive: false },
      registry: createRegistry(plan43Owners),
      gaps: plan43.gaps,
    });
    io.out(values.json ? JSON.stringify({ asOf, findings }, null, 2) + '\n' : plainText(findings, asOf));
    return 0;
  },
};
