/**
 * The bodies written to "Đơn vị" for a plan: for Plan 43, its curated registry (names, short
 * forms, aliases checked by hand); for any other plan, the bodies it names as leads and supports.
 */
import type { Owner, PlanToCheck } from '../core/model';
import { ownersOfPlan } from '../core/owners';
import { samePlan } from '../core/plan-identity';
import { plan43, plan43Owners } from './plan-43';

export function ownersForPlan(catalogue: PlanToCheck): Owner[] {
  return samePlan(catalogue.plan, plan43.plan) ? plan43Owners : ownersOfPlan(catalogue);
}
