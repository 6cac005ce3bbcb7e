/**
 * When two plans are the same plan: same number as printed ("43-KH/TU"), whatever the spacing,
 * case or Unicode form. Loading a plan into a workbook that tracks the same one refreshes it;
 * another number is another plan, never merged into it.
 */
import type { PlanInfo } from './model';
import { clean } from './text/normalize';

function numberKey(number: string): string {
  return clean(number).replace(/\s*([/-])\s*/g, '$1').toLocaleUpperCase('vi');
}

export function samePlan(a: Pick<PlanInfo, 'number'>, b: Pick<PlanInfo, 'number'>): boolean {
  return numberKey(a.number) === numberKey(b.number);
}
