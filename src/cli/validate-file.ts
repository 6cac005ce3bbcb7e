/**
 * `validate FILE.xlsx`: checks a workbook a planner edited against the plan it stores — read
 * through the xlsx adapter and the layout readback, checked by the validate service — and prints
 * the findings with the cell each points at. The file is not changed.
 */
import { formatVietnameseDate } from '../core/dates';
import type { IsoDate, Severity } from '../core/model';
import { validateWorkbook, type LocatedFinding } from '../services';
import type { CliIO } from './io';
import { planOption, settingsFor } from './plan-source';
import { progressPrinter } from './progress';
import { SEVERITY_HEADINGS, severityCounts } from './severity-words';
import { readWorkbookForPlan } from './stored-plan-guard';
import { asCliFailure } from './xlsx-file';

export interface ValidateFileOptions {
  asOf: IsoDate;
  json: boolean;
  plan: string | undefined;
}

function plainText(path: string, planNumber: string, asOf: IsoDate, taskCount: number, findings: readonly LocatedFinding[]): string {
  const day = formatVietnameseDate(asOf);
  const lines = [
    `Kiểm tra ${path} (Kế hoạch ${planNumber}, ${taskCount} nhiệm vụ), tính đến ngày ${day} / Checking ${path} (plan ${planNumber}, ${taskCount} tasks) as of ${day}`,
  ];
  const where = (l: LocatedFinding) => (l.target ? `${l.target.sheet}!${l.target.cell}` : '—');
  const idWidth = Math.max(1, ...findings.map((l) => (l.finding.taskId ?? '—').length));
  const codeWidth = Math.max(0, ...findings.map((l) => l.finding.code.length));
  const cellWidth = Math.max(1, ...findings.map((l) => where(l).length));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const group = findings.filter((l) => l.finding.severity === severity);
    counts[severity] = group.length;
    if (group.length === 0) continue;
    lines.push('', `${heading.vi} / ${heading.en} (${group.length})`);
    for (const l of group) {
      lines.push(`  ${(l.finding.taskId ?? '—').padEnd(idWidth)}  ${where(l).padEnd(cellWidth)}  ${l.finding.code.padEnd(codeWidth)}  ${l.finding.message.vi}`);
    }
  }
  lines.push(
    '',
    `Tổng cộng ${findings.length} phát hiện: ${severityCounts(counts).vi} / ` +
      `Total ${findings.length} findings: ${severityCounts(counts).en}`,
  );
  return lines.join('\n') + '\n';
}

export async function validateFile(path: string, options: ValidateFileOptions, io: CliIO): Promise<number> {
  const plan = await planOption(options.plan);
  const progress = progressPrinter(io);
  const workbook = await readWorkbookForPlan(path, plan, progress);
  try {
    const result = await validateWorkbook(workbook, {
      legacyPlan: plan,
      settings: settingsFor(options.asOf),
      onProgress: progress.stage(0.1, 1),
    });
    io.out(
      options.json
        ? JSON.stringify({ file: path, plan: result.plan.number, asOf: options.asOf, taskCount: result.taskCount, counts: result.counts, findings: result.findings.map((l) => ({ ...l.finding, target: l.target })) }, null, 2) + '\n'
        : plainText(path, result.plan.number, options.asOf, result.taskCount, result.findings),
    );
    return 0;
  } catch (error) {
    throw asCliFailure(error, path);
  }
}
