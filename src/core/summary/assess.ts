import type { Settings, TrackedTask } from '../model';
import { statusOf, type StatusResult } from '../status';
import type { TaskRef } from './types';

/** A task with its status on the report date, computed once per summary. */
export interface Assessed {
  task: TrackedTask;
  result: StatusResult;
}

/** Retired tasks are left out of summaries: they are no longer part of the plan. */
export function assessAll(tasks: TrackedTask[], settings: Settings): Assessed[] {
  const assessed: Assessed[] = [];
  for (const task of tasks) if (!task.retired) assessed.push({ task, result: statusOf(task, settings) });
  return assessed;
}

export function refOf(task: TrackedTask): TaskRef {
  return { id: task.id, text: task.text, lead: task.lead, deadlineText: task.deadline.text };
}
