import { RULE_FAILED } from './internal-failure';
import { RULE_REGISTRY } from './registry';
import type { RuleInfo } from './types';

export { validateTasks, asTracked } from './validate';
export type { ValidationContext, RuleInfo } from './types';

/** Every code a finding can carry, for docs/rules.md and the task pane. */
export const RULES: RuleInfo[] = [...RULE_REGISTRY, RULE_FAILED].map(({ code, severity, title }) => ({
  code,
  severity,
  title,
}));
