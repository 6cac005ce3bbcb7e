/** The findings sheet "Kiểm tra" (PT_Findings): one row per finding, with a link to the cell. */
import { formatVietnameseDate } from '../core/dates';
import type { Finding, IsoDate, PlanInfo, Severity } from '../core/model';
import { COLOURS, SHEETS, TABLES } from './names';
import { printSetup } from './print';
import { NUMBER_FORMATS, type CellValue, type SheetSpec } from './spec';

export const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Lưu ý',
};

/** Where a finding points: a cell on the tasks sheet, or null for the plan as a whole. */
export type FindingLocator = (finding: Finding) => { sheet: string; cell: string } | null;

export const FINDINGS_HEADER_ROW = 4;

export function findingsSheet(plan: PlanInfo, asOf: IsoDate, findings: readonly Finding[], locate: FindingLocator): SheetSpec {
  const counts = (['error', 'warning', 'info'] as Severity[]).map((s) => `${findings.filter((f) => f.severity === s).length} ${SEVERITY_WORDS[s].toLowerCase()}`);
  const rows: CellValue[][] = findings.map((finding) => {
    const target = locate(finding);
    return [
      SEVERITY_WORDS[finding.severity],
      finding.code,
      finding.message.vi,
      finding.taskId,
      target ? { link: { text: `${target.sheet}!${target.cell}`, sheet: target.sheet, cell: target.cell } } : null,
      finding.suggestion ?? null,
      finding.message.en,
    ];
  });
  const lastRow = FINDINGS_HEADER_ROW + Math.max(rows.length, 1);
  return {
    name: SHEETS.findings,
    owned: true,
    blocks: [
      { row: 1, column: 1, cells: [`Kế hoạch ${plan.number} — Kết quả kiểm tra`], style: 'title' },
      { row: 2, column: 1, cells: [`Tính đến ngày ${formatVietnameseDate(asOf)}: ${findings.length} phát hiện (${counts.join(', ')})`], style: 'subtitle' },
    ],
    tables: [{
      name: TABLES.findings,
      headerRow: FINDINGS_HEADER_ROW,
      firstColumn: 1,
      // About 177 characters in all, so one A4 landscape page width prints them at ≈ 8 pt.
      columns: [
        { key: 'severity', header: 'Mức độ', width: 11, numberFormat: NUMBER_FORMATS.text },
        { key: 'code', header: 'Mã kiểm tra', width: 21, numberFormat: NUMBER_FORMATS.text },
        { key: 'message', header: 'Nội dung', width: 55, numberFormat: NUMBER_FORMATS.text, wrap: true },
        { key: 'task', header: 'Mã NV', width: 10, numberFormat: NUMBER_FORMATS.text },
        // General, not text: the cells hold HYPERLINK formulas, which "@" would show as text.
        { key: 'link', header: 'Đến ô', width: 14, numberFormat: NUMBER_FORMATS.general },
        { key: 'suggestion', header: 'Gợi ý', width: 26, numberFormat: NUMBER_FORMATS.text, wrap: true },
        { key: 'messageEn', header: 'Message (English)', width: 40, numberFormat: NUMBER_FORMATS.text, wrap: true },
      ],
      rows,
      spareRows: 0,
    }],
    conditionalFormats: [
      { range: `A${FINDINGS_HEADER_ROW + 1}:A${lastRow}`, formula: `=$A${FINDINGS_HEADER_ROW + 1}="${SEVERITY_WORDS.error}"`, fill: COLOURS.overdue, fontColour: COLOURS.overdueFont, stopIfTrue: true },
      { range: `A${FINDINGS_HEADER_ROW + 1}:A${lastRow}`, formula: `=$A${FINDINGS_HEADER_ROW + 1}="${SEVERITY_WORDS.warning}"`, fill: COLOURS.dueSoon, stopIfTrue: true },
    ],
    fills: [],
    freeze: { rows: FINDINGS_HEADER_ROW, columns: 0 },
    print: printSetup(plan, asOf, FINDINGS_HEADER_ROW),
    charts: [],
  };
}
