/**
 * The summary tables of the Word report as rows of text, counted from the annex so that every
 * status the core knows (STATUS_ORDER, STATUS_LABELS) is shown without naming any of them here.
 */
import { formatVietnameseDate } from '../core/dates';
import type { Status, TrackedTask } from '../core/model';
import { NO_PROGRESS_LABEL, PROGRESS_LABELS, PROGRESS_ORDER, STATUS_LABELS, STATUS_ORDER } from '../core/status';
import type { Annex, AnnexTask, Summary } from '../core/summary';

/** "13,7%", "2,0%": one decimal, decimal comma, as Vietnamese reports write percentages. */
export function percentVi(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${((part / whole) * 100).toFixed(1).replace('.', ',')}%`;
}

const NO_LEAD = 'Chưa xác định cơ quan chủ trì';

function annexTasks(annex: Annex): AnnexTask[] {
  return annex.rows.filter((row): row is AnnexTask => row.kind === 'task');
}

/** The statuses that occur, in report order. */
function statusesIn(tasks: readonly AnnexTask[]): Status[] {
  const present = new Set(tasks.map((task) => task.status));
  return STATUS_ORDER.filter((status) => present.has(status));
}

/** "Tổng hợp chung": the total, then one row per status that occurs: label, count, share. */
export function overallRows(annex: Annex): string[][] {
  const tasks = annexTasks(annex);
  const total = tasks.length;
  return [
    ['Tổng số nhiệm vụ', String(total), total > 0 ? '100%' : '0%'],
    ...statusesIn(tasks).map((status) => {
      const count = tasks.filter((task) => task.status === status).length;
      return [STATUS_LABELS[status].vi, String(count), percentVi(count, total)];
    }),
  ];
}

/**
 * The same tasks by what the planner entered in "Tiến độ", whatever the dates say: one row per
 * value that occurs, then the tasks with nothing entered.
 */
export function progressRows(summary: Summary): string[][] {
  const { progress, counts } = summary.overview;
  const rows = PROGRESS_ORDER.filter((value) => progress[value] > 0)
    .map((value) => [PROGRESS_LABELS[value].vi, String(progress[value]), percentVi(progress[value], counts.total)]);
  if (progress.none > 0) rows.push([NO_PROGRESS_LABEL.vi, String(progress.none), percentVi(progress.none, counts.total)]);
  return rows;
}

export interface LeadTable {
  header: string[];
  rows: string[][];
}

/**
 * "Theo cơ quan chủ trì": one row per lead body (in the order the tasks name them), a column per
 * status that occurs, and a total row. A task with two lead bodies counts for each, so the total
 * row adds up bodies' tasks, not the plan's.
 */
export function leadRows(annex: Annex): LeadTable {
  const tasks = annexTasks(annex);
  const statuses = statusesIn(tasks);
  const byLead = new Map<string, Map<Status, number>>();
  for (const task of tasks) {
    for (const lead of task.lead.length > 0 ? task.lead : [NO_LEAD]) {
      const counts = byLead.get(lead) ?? new Map<Status, number>();
      counts.set(task.status, (counts.get(task.status) ?? 0) + 1);
      byLead.set(lead, counts);
    }
  }
  const row = (name: string, counts: Map<Status, number>) => {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return [name, String(total), ...statuses.map((status) => String(counts.get(status) ?? 0))];
  };
  const sum = new Map<Status, number>();
  for (const counts of byLead.values()) for (const [status, n] of counts) sum.set(status, (sum.get(status) ?? 0) + n);
  const names = [...byLead.keys()].sort((a, b) => Number(a === NO_LEAD) - Number(b === NO_LEAD));
  return {
    header: ['Cơ quan chủ trì', 'Tổng số', ...statuses.map((status) => STATUS_LABELS[status].vi)],
    rows: [...names.map((name) => row(name, byLead.get(name) ?? new Map())), row('Cộng', sum)],
  };
}

/** "Nhiệm vụ quá hạn chưa hoàn thành", with the reason the planner wrote (the task's notes). */
export function overdueRows(summary: Summary, tasks: readonly TrackedTask[]): string[][] {
  const notes = new Map(tasks.map((task) => [task.id, task.note.trim()]));
  return summary.overdue.map((item, i) => [
    String(i + 1),
    `${item.text} (${item.id})`,
    item.lead.join('; '),
    formatVietnameseDate(item.deadline),
    String(item.daysOverdue),
    notes.get(item.id) ?? '',
  ]);
}
