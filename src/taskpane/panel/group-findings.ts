/**
 * The findings grouped by kind (their rule code), so forty "no deadline" warnings read as one line
 * with a count instead of forty. Groups keep the severity order the services sort by (errors
 * first), then the order in which their first finding came.
 */
import { RULES } from '../../core/rules';
import type { Localized, Severity } from '../../core/model';
import type { LocatedFinding } from '../../services';

export interface FindingGroup {
  code: string;
  severity: Severity;
  /** What the rule checks, in planner words; the code itself for a code no rule lists. */
  title: Localized;
  findings: LocatedFinding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const TITLES = new Map(RULES.map((rule) => [rule.code, rule.title]));

export function groupFindings(findings: readonly LocatedFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const located of findings) {
    const { code, severity } = located.finding;
    // A rule may report at two severities: each is a group of its own, so a badge never lies.
    const key = `${severity}:${code}`;
    let group = groups.get(key);
    if (!group) {
      group = { code, severity, title: TITLES.get(code) ?? { vi: code, en: code }, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(located);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
