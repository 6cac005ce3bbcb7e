import { formatVietnameseDate } from '../core/dates';
import type { IsoDate, PlanInfo } from '../core/model';
import type { PrintSpec } from './spec';

/** Landscape, one page wide, header rows repeated, plan number and report date on every page. */
export function printSetup(plan: PlanInfo, asOf: IsoDate, headerRow: number | null): PrintSpec {
  return {
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: headerRow === null ? null : { first: headerRow, last: headerRow },
    header: {
      left: `Kế hoạch ${plan.number}`,
      right: `Tính đến ngày ${formatVietnameseDate(asOf)}`,
    },
    footer: { center: 'Trang &P/&N' },
  };
}
