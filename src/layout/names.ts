/**
 * Sheet and table names the add-in owns. Table names are stable (readback finds them by name);
 * sheet names are Vietnamese, as planners see them.
 */
export const SHEETS = {
  tasks: 'Nhiệm vụ',
  owners: 'Đơn vị',
  findings: 'Kiểm tra',
  overview: 'Tổng quan',
  byLead: 'Theo đơn vị',
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  timeline: 'Tiến độ theo quý',
  noDeadline: 'Không thời hạn',
  history: 'Lịch sử',
  annex: 'Phụ lục',
  /** Hidden: the plan the workbook tracks (./plan-sheet.ts). */
  plan: 'PT_Plan',
} as const;

export const TABLES = {
  tasks: 'PT_Tasks',
  owners: 'PT_Owners',
  findings: 'PT_Findings',
  overview: 'PT_Overview',
  /** "Tổng quan": the same tasks by what the planner entered in Tiến độ. */
  overviewProgress: 'PT_OverviewProgress',
  changes: 'PT_Changes',
  byLead: 'PT_ByLead',
  overdue: 'PT_Overdue',
  dueSoon: 'PT_DueSoon',
  timeline: 'PT_Timeline',
  noDeadline: 'PT_NoDeadline',
  history: 'PT_History',
  annex: 'PT_Annex',
  plan: 'PT_PlanRecord',
} as const;

/** Colours with meaning, the same on every sheet. */
export const COLOURS = {
  overdue: '#F8CBAD', // red
  overdueFont: '#9C0006',
  dueSoon: '#FFE699', // orange-yellow
  done: '#C6EFCE', // green
  doneFont: '#006100',
  inProgress: '#BDD7EE', // blue
  notStarted: '#E7E6E6', // grey
  header: '#1F4E78',
  headerFont: '#FFFFFF',
  finding: '#FFFF00', // a cell a finding points at
  timeline: '#5B9BD5',
  timelineNow: '#ED7D31',
  group: '#D9D9D9', // a group heading row of the annex
} as const;

/** Where the report date and the due-soon window sit on the tasks sheet (formulas refer to them). */
export const TASKS_SHEET_CELLS = {
  asOf: 'C2',
  dueSoonDays: 'F2',
  headerRow: 5,
} as const;
