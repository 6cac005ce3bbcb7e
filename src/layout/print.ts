import { formatVietnameseDate } from '../core/dates';
import type { IsoDate, PlanInfo } from '../core/model';
import { rangeA1 } from './a1';
import type { PrintSpec } from './spec';

/**
 * Landscape, one page wide, header rows repeated, plan number and report date on every page.
 * `asOf` null: no report date to show (the header names the plan only). `printArea` limits what
 * prints (see PrintSpec.printArea).
 */
export function printSetup(plan: PlanInfo, asOf: IsoDate | null, headerRow: number | null, printArea?: string): PrintSpec {
  return {
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: headerRow === null ? null : { first: headerRow, last: headerRow },
    header: {
      left: `Kế hoạch ${plan.number}`,
      ...(asOf ? { right: `Tính đến ngày ${formatVietnameseDate(asOf)}` } : {}),
    },
    footer: { center: 'Trang &P/&N' },
    ...(printArea ? { printArea } : {}),
  };
}

/**
 * The print area from A1 to (`lastRow`, `lastColumn`). Bounded, not whole columns ("A:M"): ExcelJS
 * cannot read a whole-column print area back, and the CLI reopens the files it writes.
 */
export function printArea(lastRow: number, lastColumn: number): string {
  return rangeA1(1, 1, lastRow, lastColumn);
}
