/** The shape every validation rule shares; one rule = one file in ./checks + one line in ./registry.ts. */
import type {
  Localized,
  Owner,
  PlanInfo,
  PlannedTask,
  Settings,
  Severity,
  SourceGap,
  TaskField,
  TrackedTask,
} from '../model';
import type { OwnerRegistry } from '../owners';

export interface ValidationContext {
  plan: PlanInfo;
  settings: Settings;
  registry: OwnerRegistry;
  /** Parts of the source known to be missing (lost pages); one finding each. */
  gaps?: SourceGap[];
  /**
   * The plan's own tasks (the catalogue the workbook stores), to tell what the plan says from what
   * the planner changed in the sheet; absent when the tasks checked are the plan's own.
   */
  planned?: readonly PlannedTask[];
}

/** What the docs and the task pane show about a rule. */
export interface RuleInfo {
  code: string;
  severity: Severity;
  title: Localized;
}

/** What a rule reports; the runner adds code, severity and the task id. */
export interface RuleHit {
  message: Localized;
  /** Defaults to the rule's own field. */
  field?: TaskField | null;
  suggestion?: string;
}

/** An owner name as the registry understood it (looked up once per distinct name, then cached). */
export interface OwnerLookup {
  /** The registered body, or null when the name is not known. */
  owner: Owner | null;
  /** The nearest known body's name for a near-miss; never applied automatically. */
  suggestion: string | null;
  collective: boolean;
  /** Equal for two spellings of the same body: the owner id when known, else the folded name. */
  identity: string;
}

/** The validation context plus lookups shared by all rules during one run. */
export interface RuleContext extends ValidationContext {
  lookupOwner(name: string): OwnerLookup;
  /** The task as the plan has it (from `planned`), or null when the plan has no task with that id. */
  plannedTask(id: string): PlannedTask | null;
}

/** A rule that looks at one task at a time. */
export interface TaskRule extends RuleInfo {
  scope: 'task';
  field: TaskField | null;
  check(task: TrackedTask, context: RuleContext): RuleHit[];
}

/** A rule that looks at the plan as a whole (all tasks, or the source gaps). */
export interface PlanRule extends RuleInfo {
  scope: 'plan';
  check(tasks: readonly TrackedTask[], context: RuleContext): PlanHit[];
}

export interface PlanHit extends RuleHit {
  /** Index of the task in the input (for sorting), or null for the plan as a whole. */
  taskIndex: number | null;
  taskId: string | null;
}

export type Rule = TaskRule | PlanRule;
