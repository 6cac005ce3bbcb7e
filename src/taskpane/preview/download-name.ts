/**
 * The downloaded workbook is named after its plan and report date, so a planner's Downloads folder
 * tells one report from another: Plan 43-KH/TU as of 30/06/2019 → ke-hoach-43-KH-TU-30-06-2019.xlsx.
 * Only ASCII letters, digits and "-": safe on every file system and in every mail client.
 */
import { formatVietnameseDate } from '../../core/dates';
import type { IsoDate } from '../../core/model';

function fileSafe(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function downloadName(planNumber: string | null, asOf: IsoDate | null): string {
  const parts = ['ke-hoach'];
  const plan = planNumber ? fileSafe(planNumber) : '';
  if (plan) parts.push(plan);
  if (asOf) parts.push(formatVietnameseDate(asOf).replace(/\//g, '-'));
  return `${parts.join('-')}.xlsx`;
}
