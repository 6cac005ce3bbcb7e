/**
 * The domain model shared by every layer. Identifiers are English; the Vietnamese words they stand
 * for are in docs/glossary.md (lead = chủ trì, support = phối hợp, as-of date = tính đến ngày).
 */

/** A calendar date as ISO text, YYYY-MM-DD. Dates are days, never instants: no time zones. */
export type IsoDate = string;

export interface PlanInfo {
  /** "43-KH/TU" */
  number: string;
  /** "Tỉnh ủy Bình Dương" */
  issuer: string;
  /** "Thủ Dầu Một" */
  place: string;
  /** The plan's own date: relative phrases ("từ nay") are read from it. */
  issued: IsoDate;
  /** "Thực hiện Nghị quyết số 18-NQ/TW (khóa XII) …" */
  title: string;
  /** The resolution (or other document) the plan implements, e.g. "Nghị quyết số 18-NQ/TW". */
  implements: string;
  /** Where the text came from, for provenance. */
  source?: string;
  /**
   * Set when the number or date is not the plan's own: a plan attached to (or approved by) a
   * decision and numbered only by it is known by the decision's number and date; this says so.
   */
  identity?: string;
}

/**
 * How a time phrase was read. `start`/`end` are the window; `end` is the deadline.
 * See src/core/deadline/ and docs/deadlines.md for every kind.
 */
export type DeadlineKind =
  | 'missing' // no phrase at all
  | 'year' // "trong năm 2018"
  | 'month' // "trong tháng 02/2018"
  | 'quarter' // "Quý I/2018"
  | 'half-year' // "6 tháng đầu năm 2019"
  | 'ten-day' // "thượng tuần tháng 4/2025"
  | 'part' // "cuối năm 2025", "đầu quý II/2025" (always a convention)
  | 'range' // "từ năm 2018 đến năm 2020", "2025-2026"
  | 'term' // "nhiệm kỳ 2021 - 2026"
  | 'milestones' // "triển khai … năm 2018, đi vào hoạt động tháng 01/2019"
  | 'from' // "từ tháng 9/2018": open-ended
  | 'until' // "đến năm 2020", "từ nay đến năm 2030"
  | 'by-date' // "chậm nhất ngày 09/3/2025", "trước ngày 07/4/2025"
  | 'continuous' // "thường xuyên", "khi có yêu cầu": never overdue
  | 'recurring' // "hằng năm", "định kỳ 6 tháng"
  | 'event' // "sau khi Nghị định … được ban hành": depends on an event
  | 'unknown'; // could not be read

export type RecurrencePeriod = 'year' | 'half-year' | 'quarter' | 'month';

export interface Recurrence {
  every: RecurrencePeriod;
  /** A stated day within the period, e.g. "trước ngày 30 tháng 11" → { month: 11, day: 30 }. */
  on?: { month: number; day: number } | null;
}

export interface DeadlineWindow {
  /** The phrase verbatim, as the plan or the planner wrote it. */
  text: string;
  start: IsoDate | null;
  end: IsoDate | null;
  kind: DeadlineKind;
  /** Set when a reading convention (not the words alone) decided the window; says which. */
  convention: string | null;
  /** For kind 'recurring' only. */
  recurrence?: Recurrence | null;
}

/** A section of the plan, e.g. "B.II.1 Đối với các cơ quan khối Đảng Tỉnh". */
export interface Section {
  id: string;
  title: string;
  /** Lead bodies named by the heading (under C every heading is a lead body). */
  lead?: string[];
}

/** Part of the source that is missing (lost pages), recorded so nobody mistakes it for "no tasks". */
export interface SourceGap {
  /** The section (or place) affected, e.g. "B.II.3" or "C.3–C.5". */
  section: string;
  description: string;
}

export interface Task {
  /** Stable id, unique in the catalogue, e.g. "B.II.1-03". Never renumbered once published. */
  id: string;
  /** Section id, e.g. "B.II.1". */
  section: string;
  /** Section heading as printed. */
  heading: string;
  /** Task text cleaned of extraction artefacts. */
  text: string;
  /** The text exactly as in the source, for provenance. */
  original: string;
  /** Lead bodies (chủ trì), as written in the plan or by the planner. */
  lead: string[];
  /** Support bodies (phối hợp). */
  support: string[];
  deadline: DeadlineWindow;
  /** True when the source is cut (missing page): the task is kept but known to be a fragment. */
  incomplete?: boolean;
  /** Why the task is marked incomplete, or other provenance remarks. */
  remarks?: string[];
  /** Where an imported task came from: its first and last line (1-based) in the imported text. */
  lines?: SourceLines;
}

/** Lines of the imported text (1-based, inclusive), so a planner can check a task at its source. */
export interface SourceLines {
  first: number;
  last: number;
}

/**
 * A task as the checks and the summary need it from the stored plan: all but its wording, which
 * they take from the sheet. At 100,000 tasks the wording is most of a parsed plan.
 */
export type PlannedTask = Omit<Task, 'text' | 'original'>;

/** The plan a workbook is checked and summarised against: a catalogue whose tasks are PlannedTasks. */
export interface PlanToCheck extends Omit<Catalogue, 'tasks'> {
  tasks: PlannedTask[];
}

export interface Catalogue {
  /** Format marker, see docs/catalogue-format.md. */
  format: 'plan-tracker/catalogue';
  version: 1;
  plan: PlanInfo;
  sections: Section[];
  tasks: Task[];
  gaps: SourceGap[];
}

/** Progress as the planner records it in the sheet. */
export type Progress = 'not-started' | 'in-progress' | 'done' | 'paused';

/** A task as tracked: the catalogue's fields plus what the planner entered. */
export interface TrackedTask extends Task {
  progress: Progress | null;
  /** The day the task was completed, as entered by the planner. */
  completedOn: IsoDate | null;
  note: string;
  /** True when the task is no longer in the catalogue (kept, never deleted). */
  retired?: boolean;
}

/** Status as of a report date; labels in src/core/status. */
export type Status =
  | 'done-on-time' // Hoàn thành đúng hạn
  | 'done-late' // Hoàn thành quá hạn
  | 'overdue' // Quá hạn chưa hoàn thành
  | 'due-soon' // Sắp đến hạn
  | 'in-progress' // Đang thực hiện trong hạn
  | 'not-started' // Chưa thực hiện (as the planner entered)
  | 'paused' // Tạm dừng (as the planner entered)
  | 'not-due' // Chưa đến hạn / chưa triển khai
  | 'ongoing' // Thường xuyên: continuous, recurring or open-ended
  | 'no-deadline'; // Chưa xác định thời hạn: event-dependent, missing or unread

export interface Settings {
  /** The report date (tính đến ngày). */
  asOf: IsoDate;
  /** "Sắp đến hạn" = not done and the deadline falls within this many days. */
  dueSoonDays: number;
  /** "trước ngày X": false → X is the deadline (default); true → the day before X is. */
  beforeDateExclusive: boolean;
}

export const DEFAULT_DUE_SOON_DAYS = 7;

export type Severity = 'error' | 'warning' | 'info';

/** The task field a finding points at; the layout maps it to a column. */
export type TaskField =
  | 'id'
  | 'text'
  | 'lead'
  | 'support'
  | 'deadline'
  | 'start'
  | 'end'
  | 'progress'
  | 'completedOn'
  | 'section';

export interface Localized {
  vi: string;
  en: string;
}

export interface Finding {
  /** Stable code, e.g. "DEADLINE_UNREADABLE". */
  code: string;
  severity: Severity;
  /** Null for findings about the plan as a whole (source gaps). */
  taskId: string | null;
  field: TaskField | null;
  message: Localized;
  /** A suggested fix, e.g. the nearest known body; never applied automatically. */
  suggestion?: string;
}

/** A body that can lead or support tasks (cơ quan, đơn vị), as kept in the owner registry. */
export interface Owner {
  /** Stable id, e.g. "ban-to-chuc-tinh-uy". */
  id: string;
  /** Canonical name, e.g. "Ban Tổ chức Tỉnh ủy". */
  name: string;
  /** Short forms, e.g. ["BTCTU"]. */
  abbreviations: string[];
  /** Other full spellings, e.g. ["Ban Tổ chức Tỉnh uỷ"]. */
  aliases: string[];
  /** A group of bodies ("Các sở, ban, ngành") rather than one accountable body. */
  collective: boolean;
}
