/**
 * The findings sheet "Kiểm tra" (PT_Findings): one row per finding, in Vietnamese only, for the
 * screen and for paper. The kind of each finding is named in words (no rule codes), columns that
 * would be empty are left out, and the link to the cell, useful only on screen, is not printed.
 */
import { formatVietnameseDate } from '../core/dates';
import type { Finding, IsoDate, PlanInfo, Severity } from '../core/model';
import { findingKind } from './finding-kinds';
import { COLOURS, SHEETS, TABLES } from './names';
import { printArea, printSetup } from './print';
import { NUMBER_FORMATS, type CellValue, type ColumnSpec, type SheetSpec } from './spec';

export const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Lưu ý',
};

/** Where a finding points: a cell on the tasks sheet, or null for the plan as a whole. */
export type FindingLocator = (finding: Finding) => { sheet: string; cell: string } | null;

export const FINDINGS_HEADER_ROW = 4;

interface FindingColumn {
  column: ColumnSpec;
  value(finding: Finding, index: number, target: ReturnType<FindingLocator>): CellValue;
  /** Kept even when no finding has a value (the columns every row fills). */
  always?: boolean;
}

const text = NUMBER_FORMATS.text;

// Widths (about 150 characters before the link) print one A4 landscape page wide at ≈ 10 pt.
const COLUMNS: FindingColumn[] = [
  { column: { key: 'number', header: 'STT', width: 5, numberFormat: NUMBER_FORMATS.general }, value: (_f, i) => i + 1, always: true },
  { column: { key: 'severity', header: 'Mức độ', width: 10, numberFormat: text }, value: (f) => SEVERITY_WORDS[f.severity], always: true },
  { column: { key: 'kind', header: 'Loại', width: 22, numberFormat: text, wrap: true }, value: (f) => findingKind(f.code).vi, always: true },
  { column: { key: 'task', header: 'Mã NV', width: 10, numberFormat: text }, value: (f) => f.taskId },
  { column: { key: 'message', header: 'Nội dung', width: 75, numberFormat: text, wrap: true }, value: (f) => f.message.vi, always: true },
  { column: { key: 'suggestion', header: 'Gợi ý', width: 26, numberFormat: text, wrap: true }, value: (f) => f.suggestion ?? null },
  // General, not text: the cells hold HYPERLINK formulas, which "@" would show as text.
  {
    column: { key: 'link', header: 'Đến ô', width: 14, numberFormat: NUMBER_FORMATS.general },
    value: (_f, _i, target) => (target ? { link: { text: `${target.sheet}!${target.cell}`, sheet: target.sheet, cell: target.cell } } : null),
  },
];

/** The link column is for the screen: the print area stops before it. */
const SCREEN_ONLY = new Set(['link']);

export function findingsSheet(plan: PlanInfo, asOf: IsoDate, findings: readonly Finding[], locate: FindingLocator): SheetSpec {
  const counts = (['error', 'warning', 'info'] as Severity[]).map((s) => `${findings.filter((f) => f.severity === s).length} ${SEVERITY_WORDS[s].toLowerCase()}`);
  const targets = findings.map((finding) => locate(finding));
  const full = findings.map((finding, i) => COLUMNS.map((c) => c.value(finding, i, targets[i])));
  // No column that no finding fills (e.g. no suggestion anywhere); with no findings, the fixed ones.
  const kept = COLUMNS.map((c, k) => c.always === true || full.some((row) => row[k] !== null && row[k] !== undefined));
  const columns = COLUMNS.filter((_c, k) => kept[k]);
  const rows = full.map((row) => row.filter((_v, k) => kept[k]));
  const lastRow = FINDINGS_HEADER_ROW + Math.max(rows.length, 1);
  const printedColumns = columns.filter((c) => !SCREEN_ONLY.has(c.column.key)).length;
  const severityColumn = String.fromCharCode(65 + columns.findIndex((c) => c.column.key === 'severity'));
  const firstData = FINDINGS_HEADER_ROW + 1;
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
      columns: columns.map((c) => c.column),
      rows,
      spareRows: 0,
    }],
    conditionalFormats: [
      { range: `${severityColumn}${firstData}:${severityColumn}${lastRow}`, formula: `=$${severityColumn}${firstData}="${SEVERITY_WORDS.error}"`, fill: COLOURS.overdue, fontColour: COLOURS.overdueFont, stopIfTrue: true },
      { range: `${severityColumn}${firstData}:${severityColumn}${lastRow}`, formula: `=$${severityColumn}${firstData}="${SEVERITY_WORDS.warning}"`, fill: COLOURS.dueSoon, stopIfTrue: true },
    ],
    fills: [],
    freeze: { rows: FINDINGS_HEADER_ROW, columns: 0 },
    print: printSetup(plan, asOf, FINDINGS_HEADER_ROW, printArea(lastRow, printedColumns)),
    charts: [],
  };
}
