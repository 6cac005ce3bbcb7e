import { formatVietnameseDate } from '../../core/dates';
import type { StoredCell } from '../../workbook/memory';

/** What a spreadsheet would show in the cell (formulas are not evaluated in the preview). */
export function cellText(cell: StoredCell | undefined, numberFormat?: string): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' && numberFormat?.includes('%')) return `${(cell * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : cell.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if ('date' in cell) return formatVietnameseDate(cell.date);
  if ('link' in cell) return cell.link.text;
  if ('error' in cell) return cell.error;
  return cell.formula;
}
