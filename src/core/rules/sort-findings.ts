import type { Finding, Severity } from '../model';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Within one task (or among plan-wide findings): severity, then code, then message. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.code, b.code) ||
    compareText(a.message.vi, b.message.vi)
  );
}

/**
 * Severity, then task order, then code, then message: the same input always gives the same list.
 * Plan-wide findings (no task) come last within their severity. Each task's few findings are sorted
 * on their own and dealt into per-severity lists, so no sort ever runs over the whole list.
 */
export function orderFindings(perTask: Iterable<Finding[]>, planWide: Finding[]): Finding[] {
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  const deal = (found: Finding[]) => {
    if (found.length > 1) found.sort(compareFindings);
    for (const finding of found) bySeverity[finding.severity].push(finding);
  };
  for (const found of perTask) deal(found);
  deal(planWide);
  return [...bySeverity.error, ...bySeverity.warning, ...bySeverity.info];
}
