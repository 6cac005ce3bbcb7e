import type { Finding, PlannedTask, Task, TrackedTask } from '../model';
import { ruleFailure } from './internal-failure';
import { cachedOwnerLookup } from './owner-lookup';
import { RULE_REGISTRY } from './registry';
import { orderFindings } from './sort-findings';
import type { PlanRule, Rule, RuleContext, RuleHit, TaskRule, ValidationContext } from './types';

const TASK_RULES = RULE_REGISTRY.filter((rule): rule is TaskRule => rule.scope === 'task');
const PLAN_RULES = RULE_REGISTRY.filter((rule): rule is PlanRule => rule.scope === 'plan');

/** A catalogue task is tracked with nothing entered yet. */
export function asTracked(task: Task | TrackedTask): TrackedTask {
  return 'progress' in task ? task : { ...task, progress: null, completedOn: null, note: '' };
}

function toFinding(rule: Rule, taskId: string | null, fallbackField: Finding['field'], hit: RuleHit): Finding {
  const finding: Finding = {
    code: rule.code,
    severity: rule.severity,
    taskId,
    field: hit.field === undefined ? fallbackField : hit.field,
    message: hit.message,
  };
  if (hit.suggestion !== undefined) finding.suggestion = hit.suggestion;
  return finding;
}

/**
 * Runs every rule on every task. Retired tasks are only checked for duplicate ids (their ids stay
 * taken). A rule that throws becomes a RULE_FAILED finding for that task; nothing stops the run.
 */
export function validateTasks(tasks: (Task | TrackedTask)[], context: ValidationContext): Finding[] {
  const tracked = tasks.map(asTracked);
  const planned = new Map<string, PlannedTask>();
  for (const task of context.planned ?? []) if (!planned.has(task.id)) planned.set(task.id, task);
  const ruleContext: RuleContext = {
    ...context,
    lookupOwner: cachedOwnerLookup(context.registry),
    plannedTask: (id) => planned.get(id) ?? null,
  };
  const perTask: Finding[][] = tracked.map(() => []);
  const planWide: Finding[] = [];

  for (const rule of PLAN_RULES) {
    try {
      for (const hit of rule.check(tracked, ruleContext)) {
        const finding = toFinding(rule, hit.taskId, null, hit);
        (hit.taskIndex === null ? planWide : perTask[hit.taskIndex]).push(finding);
      }
    } catch (error) {
      planWide.push(ruleFailure(rule.code, null, error));
    }
  }
  tracked.forEach((task, index) => {
    if (task.retired) return;
    const found = perTask[index];
    for (const rule of TASK_RULES) {
      try {
        for (const hit of rule.check(task, ruleContext)) found.push(toFinding(rule, task.id, rule.field, hit));
      } catch (error) {
        found.push(ruleFailure(rule.code, task.id, error));
      }
    }
  });
  return orderFindings(perTask, planWide);
}
