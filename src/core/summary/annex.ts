/**
 * The "Phụ lục" (annex) of a progress report as data: every task of the plan, grouped under the
 * plan's own section headings (A., I., 1. …) or under its lead body, with what the planner
 * reported and its status on the report date. The print sheet and the Word report both draw it.
 */
import { documentConvention } from './document-convention';
import { formatVietnameseDate } from '../dates';
import type { IsoDate, PlanInfo, Section, Settings, Status, TrackedTask } from '../model';
import { STATUS_LABELS, statusOf } from '../status';

export type AnnexGrouping = 'section' | 'lead';

/** A group row: a section heading ("II." "NHIỆM VỤ CỤ THỂ") or a lead body ("I." "Sở Tài chính"). */
export interface AnnexHeading {
  kind: 'heading';
  /** "B.", "II.", "1." — as the plan numbers it. */
  marker: string;
  title: string;
  /** 1 = top level; deeper sections are 2, 3 … */
  level: number;
}

export interface AnnexTask {
  kind: 'task';
  /** STT, 1-based, running through the whole annex. */
  no: number;
  id: string;
  content: string;
  lead: string[];
  support: string[];
  deadlineText: string;
  /** Kết quả thực hiện: the planner's notes, then the completion date. */
  result: string;
  status: Status;
  /** Tình trạng, Vietnamese. */
  statusLabel: string;
  /** Ghi chú: the task's id, and that its text is a fragment when the source lost pages. */
  note: string;
}

export type AnnexRow = AnnexHeading | AnnexTask;

export interface Annex {
  plan: PlanInfo;
  asOf: IsoDate;
  grouping: AnnexGrouping;
  /** "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH SỐ 43-KH/TU" */
  title: string;
  /** The plan's own title ("Thực hiện Nghị quyết số 18-NQ/TW …"), under the annex title. */
  subtitle: string;
  /** "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm …)": blanks the planner fills in. */
  attachedTo: string;
  rows: AnnexRow[];
  /** Tasks only (no headings), for counts. */
  taskCount: number;
}

/** Group of tasks whose lead (or section) is not known: planner-added rows, blank leads. */
const NO_SECTION_TITLE = 'Nhiệm vụ bổ sung';
const NO_LEAD_TITLE = 'Chưa xác định cơ quan chủ trì';

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function romanNumeral(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      text += symbol;
      rest -= value;
    }
  }
  return text;
}

/** "B.II.1" → "1."; "C.3-C.5" → "3-5." (the plan's own numbering, last level). */
function markerOf(sectionId: string): string {
  const parts = sectionId.split('-').map((part) => part.split('.').pop() ?? part);
  return `${parts.join('-')}.`;
}

/** "B.II.1" → ["B", "B.II", "B.II.1"]. A range id ("C.3-C.5") is one section under "C". */
function ancestry(sectionId: string): string[] {
  const head = sectionId.split('-')[0].split('.');
  const chain = head.slice(0, -1).map((_, i) => head.slice(0, i + 1).join('.'));
  return [...chain, sectionId];
}

function resultOf(task: TrackedTask): string {
  const parts: string[] = [];
  const note = task.note.trim();
  if (note) parts.push(note);
  if (task.completedOn) parts.push(`Hoàn thành ngày ${formatVietnameseDate(task.completedOn)}.`);
  return parts.join('\n');
}

function noteOf(task: TrackedTask): string {
  return task.incomplete ? `${task.id}; nội dung chưa đầy đủ (bản gốc thiếu trang)` : task.id;
}

function taskRow(task: TrackedTask, no: number, settings: Settings): AnnexTask {
  const status = statusOf(task, settings).status;
  return {
    kind: 'task',
    no,
    id: task.id,
    content: task.text,
    lead: task.lead,
    support: task.support,
    deadlineText: task.deadline.text,
    result: resultOf(task),
    status,
    statusLabel: STATUS_LABELS[status].vi,
    note: noteOf(task),
  };
}

/** Keys in first-appearance order, each with its tasks in sheet order. */
function groupBy(tasks: readonly TrackedTask[], keyOf: (task: TrackedTask) => string): Map<string, TrackedTask[]> {
  const groups = new Map<string, TrackedTask[]>();
  for (const task of tasks) {
    const key = keyOf(task);
    const group = groups.get(key);
    if (group) group.push(task);
    else groups.set(key, [task]);
  }
  return groups;
}

function bySection(tasks: readonly TrackedTask[], sections: readonly Section[], settings: Settings): AnnexRow[] {
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const titles = new Map(sections.map((s) => [s.id, s.title]));
  const groups = groupBy(tasks, (task) => (order.has(task.section) ? task.section : ''));
  // The plan's order; tasks of unknown sections (added by the planner) last, under one heading.
  const keys = [...groups.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const rows: AnnexRow[] = [];
  const shown = new Set<string>();
  let no = 0;
  for (const key of keys) {
    const members = groups.get(key) ?? [];
    if (key === '') {
      rows.push({ kind: 'heading', marker: '', title: NO_SECTION_TITLE, level: 1 });
    } else {
      for (const id of ancestry(key)) {
        if (shown.has(id)) continue;
        shown.add(id);
        const title = titles.get(id) || (id === key ? members[0].heading : '');
        rows.push({ kind: 'heading', marker: markerOf(id), title, level: ancestry(id).length });
      }
    }
    for (const task of members) rows.push(taskRow(task, (no += 1), settings));
  }
  return rows;
}

function byLeadBody(tasks: readonly TrackedTask[], settings: Settings): AnnexRow[] {
  // A task with several leads is listed once, under its first; the lead column names them all.
  const groups = groupBy(tasks, (task) => task.lead[0]?.trim() ?? '');
  const keys = [...groups.keys()].sort((a, b) => Number(a === '') - Number(b === ''));
  const rows: AnnexRow[] = [];
  let no = 0;
  keys.forEach((key, i) => {
    rows.push({ kind: 'heading', marker: `${romanNumeral(i + 1)}.`, title: key || NO_LEAD_TITLE, level: 1 });
    for (const task of groups.get(key) ?? []) rows.push(taskRow(task, (no += 1), settings));
  });
  return rows;
}

/** The annex of the tasks still in the plan (retired ones are left out, as in every summary). */
export function annexOf(
  tasks: readonly TrackedTask[],
  plan: PlanInfo,
  sections: readonly Section[],
  settings: Settings,
  grouping: AnnexGrouping = 'section',
): Annex {
  const current = tasks.filter((task) => !task.retired);
  const rows = grouping === 'lead' ? byLeadBody(current, settings) : bySection(current, sections, settings);
  return {
    plan,
    asOf: settings.asOf,
    grouping,
    title: `KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH SỐ ${plan.number.toUpperCase()}`,
    subtitle: plan.title,
    attachedTo: `(Kèm theo Báo cáo ${documentConvention(plan.number).citedNumber} ngày … tháng … năm …)`,
    rows,
    taskCount: current.length,
  };
}
