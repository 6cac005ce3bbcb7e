/** Every rule, in the order the docs list them. Adding a rule = one file in ./checks + one line here. */
import { completionBeforeStart } from './checks/completion-before-start';
import { completionFuture } from './checks/completion-future';
import { completionMissing } from './checks/completion-missing';
import { deadlineBeforeIssue } from './checks/deadline-before-issue';
import { deadlineCleared } from './checks/deadline-cleared';
import { deadlineEndBeforeStart } from './checks/deadline-end-before-start';
import { deadlineEvent } from './checks/deadline-event';
import { deadlineImplausible } from './checks/deadline-implausible';
import { deadlineMissing } from './checks/deadline-missing';
import { deadlinesNotStated } from './checks/deadlines-not-stated';
import { deadlineOpenEnded } from './checks/deadline-open-ended';
import { deadlineUnreadable } from './checks/deadline-unreadable';
import { idDuplicate } from './checks/id-duplicate';
import { leadMissing } from './checks/lead-missing';
import { ownerCollective } from './checks/owner-collective';
import { ownerLeadAlsoSupport } from './checks/owner-lead-also-support';
import { ownerUnknown } from './checks/owner-unknown';
import { progressVsDeadline } from './checks/progress-vs-deadline';
import { sourceGap } from './checks/source-gap';
import { taskFragment } from './checks/task-fragment';
import { taskOverdue } from './checks/task-overdue';
import { textEmpty } from './checks/text-empty';
import type { Rule } from './types';

export const RULE_REGISTRY: readonly Rule[] = [
  deadlineMissing,
  deadlinesNotStated,
  deadlineCleared,
  deadlineUnreadable,
  deadlineEndBeforeStart,
  deadlineBeforeIssue,
  deadlineOpenEnded,
  deadlineEvent,
  deadlineImplausible,
  leadMissing,
  ownerUnknown,
  ownerCollective,
  ownerLeadAlsoSupport,
  idDuplicate,
  textEmpty,
  sourceGap,
  taskFragment,
  completionMissing,
  completionFuture,
  completionBeforeStart,
  progressVsDeadline,
  taskOverdue,
];
