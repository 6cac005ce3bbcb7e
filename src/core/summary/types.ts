/** Meeting summaries as plain data: the layout turns them into sheets, the CLI into text. */
import type { DeadlineKind, IsoDate, Progress, Status } from '../model';

export interface StatusCounts {
  total: number;
  /** Tasks whose deadline is on or before the as-of date (nhiệm vụ đến hạn), done or not. */
  dueSoFar: number;
  /** doneOnTime + doneLate. */
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  inProgress: number;
  dueSoon: number;
  /** The planner entered "Chưa thực hiện" and the deadline is neither past nor near. */
  notStarted: number;
  /** The planner entered "Tạm dừng". */
  paused: number;
  notDue: number;
  /** Thường xuyên: continuous, recurring or open-ended. */
  ongoing: number;
  /** No date to judge by: event-dependent, missing or unread deadline. */
  noDeadline: number;
}

/** Tasks counted by what the planner typed in "Tiến độ"; `none` = nothing entered. */
export type ProgressCounts = Record<Progress | 'none', number>;

/** Each count as a percentage of `total`, one decimal (0 when total is 0). */
export type StatusPercentages = Record<keyof StatusCounts, number>;

export interface Overview {
  counts: StatusCounts;
  percent: StatusPercentages;
  /** The same tasks by what the planner entered, whatever the dates say. */
  progress: ProgressCounts;
}

/** A task as the lists show it. */
export interface TaskRef {
  id: string;
  text: string;
  lead: string[];
  deadlineText: string;
}

export interface LeadRow {
  /** The lead body as first written in the tasks; null for tasks with no lead (listed last). */
  lead: string | null;
  counts: StatusCounts;
  /** The same tasks by what the planner entered. */
  progress: ProgressCounts;
  /** done / total, in percent. */
  completionRate: number;
  /** (done late + overdue) / (done + overdue), in percent: of what is finished or due, how much was late. */
  lateRate: number;
}

export interface OverdueItem extends TaskRef {
  deadline: IsoDate;
  daysOverdue: number;
}

export interface DueSoonItem extends TaskRef {
  deadline: IsoDate;
  /** 0 = due on the as-of date. */
  daysLeft: number;
}

export interface QuarterRow {
  /** "2018-Q1" */
  quarter: string;
  total: number;
  byStatus: Record<Status, number>;
}

export interface NoDeadlineItem extends TaskRef {
  kind: DeadlineKind;
  status: Status;
}

/** Compact record of one run, stored in the workbook's history sheet (JSON). */
export interface Snapshot {
  asOf: IsoDate;
  statuses: Record<string, Status>;
}

export interface ChangeSet {
  /** The as-of date of the previous snapshot. */
  since: IsoDate;
  /** Done now, not done (or not yet listed) before. */
  completed: TaskRef[];
  /** Overdue now, listed before and not overdue then. */
  becameOverdue: TaskRef[];
  /** Paused now ("Tạm dừng"), listed before and not paused then. */
  paused: TaskRef[];
  /** Not in the previous snapshot. */
  added: TaskRef[];
}

export interface Summary {
  asOf: IsoDate;
  dueSoonDays: number;
  overview: Overview;
  byLead: LeadRow[];
  overdue: OverdueItem[];
  dueSoon: DueSoonItem[];
  byQuarter: QuarterRow[];
  noDeadline: NoDeadlineItem[];
  /** Null when there is no previous snapshot to compare with. */
  changes: ChangeSet | null;
}
