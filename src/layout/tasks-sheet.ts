/** The tasks sheet "Nhiệm vụ": the catalogue plus the planner's columns, as of the report date. */
import { statusOf, STATUS_LABELS, PROGRESS_LABELS } from '../core/status';
import type { PlanInfo, Settings, TrackedTask } from '../core/model';
import { cellA1, columnLetter, rangeA1 } from './a1';
import { COLOURS, SHEETS, TABLES, TASKS_SHEET_CELLS } from './names';
import { printArea, printSetup } from './print';
import { NUMBER_FORMATS, type CellValue, type ColumnSpec, type ConditionalFormatSpec, type SheetSpec } from './spec';
import { OWNER_SEPARATOR, ORIGIN_WORDS, TASK_COLUMNS, taskColumnIndex, type TaskColumnKey } from './tasks-columns';
import { OWNERS_LIST_RANGE } from './owners-sheet';

/** The last column of "Nhiệm vụ" that prints; the columns right of it stay on screen only. */
export const LAST_PRINTED_TASK_COLUMN: TaskColumnKey = 'daysOverdue';

/** Rows below the data that get the formats and dropdowns, for tasks the planner adds. */
export const TASKS_SPARE_ROWS = 200;

export interface TasksSheetInput {
  plan: PlanInfo;
  tasks: readonly TrackedTask[];
  settings: Settings;
  /** Ids of rows the planner added (not from the catalogue); they are shown as "Bổ sung". */
  plannerRows?: ReadonlySet<string>;
  /** Columns the planner added to the table, kept after the add-in's own (values by task id). */
  extraColumns?: readonly { header: string; values: ReadonlyMap<string, CellValue> }[];
}

function originOf(task: TrackedTask, plannerRows: ReadonlySet<string>): string {
  if (task.retired) return ORIGIN_WORDS.retired;
  return plannerRows.has(task.id) ? ORIGIN_WORDS.planner : ORIGIN_WORDS.catalogue;
}

function remarksOf(task: TrackedTask): string {
  const notes = [...(task.remarks ?? [])];
  if (task.incomplete && notes.length === 0) notes.push('Đoạn văn không đầy đủ (mất trang) / Fragment (missing page)');
  return notes.join('\n');
}

/** One row of PT_Tasks, in TASK_COLUMNS order. */
export function taskRow(task: TrackedTask, settings: Settings, plannerRows: ReadonlySet<string> = new Set()): CellValue[] {
  const result = statusOf(task, settings);
  const values: Record<TaskColumnKey, CellValue> = {
    id: task.id,
    section: task.section,
    text: task.text,
    lead: task.lead.join(OWNER_SEPARATOR) || null,
    support: task.support.join(OWNER_SEPARATOR) || null,
    timePhrase: task.deadline.text || null,
    start: task.deadline.start ? { date: task.deadline.start } : null,
    end: task.deadline.end ? { date: task.deadline.end } : null,
    progress: task.progress ? PROGRESS_LABELS[task.progress].vi : null,
    completedOn: task.completedOn ? { date: task.completedOn } : null,
    note: task.note || null,
    status: STATUS_LABELS[result.status].vi,
    daysOverdue: result.daysOverdue,
    origin: originOf(task, plannerRows),
    remarks: remarksOf(task) || null,
  };
  return TASK_COLUMNS.map((column) => values[column.key]);
}

function letterOf(key: TaskColumnKey): string {
  return columnLetter(taskColumnIndex(key) + 1);
}

/**
 * Colours that follow the planner's later edits: they are formulas on the progress, deadline and
 * report-date cells, not fills, so changing "Tiến độ" or the report date recolours at once.
 */
export function taskStatusFormats(firstRow: number, lastRow: number): ConditionalFormatSpec[] {
  const r = firstRow;
  const progress = `$${letterOf('progress')}${r}`;
  const end = `$${letterOf('end')}${r}`;
  const status = `$${letterOf('status')}${r}`;
  const asOf = cellA1(2, 3, true);
  const soon = cellA1(2, 6, true);
  // Tasks the dates cannot judge: no deadline, or Thường xuyên, whose end is only the current
  // period's (docs/status.md). Neither is ever red or yellow by the date in "Hạn hoàn thành".
  const notByDate = (['no-deadline', 'ongoing'] as const).map((s) => `${status}<>"${STATUS_LABELS[s].vi}"`).join(',');
  const done = `"${PROGRESS_LABELS.done.vi}"`;
  const targets = (['id', 'progress', 'status', 'daysOverdue'] as TaskColumnKey[]).map((key) => {
    const column = taskColumnIndex(key) + 1;
    return rangeA1(firstRow, column, lastRow, column);
  });
  const rules: Omit<ConditionalFormatSpec, 'range'>[] = [
    { formula: `=${progress}=${done}`, fill: COLOURS.done, fontColour: COLOURS.doneFont, stopIfTrue: true },
    // Paused is the planner's decision and suspends the deadline (docs/status.md): grey, never red.
    { formula: `=${progress}="${PROGRESS_LABELS.paused.vi}"`, fill: COLOURS.notStarted, stopIfTrue: true },
    {
      formula: `=AND(${notByDate},OR(${status}="${STATUS_LABELS.overdue.vi}",AND(ISNUMBER(${end}),${end}<${asOf})))`,
      fill: COLOURS.overdue, fontColour: COLOURS.overdueFont, stopIfTrue: true,
    },
    {
      formula: `=AND(${notByDate},OR(${status}="${STATUS_LABELS['due-soon'].vi}",AND(ISNUMBER(${end}),${end}-${asOf}<=${soon})))`,
      fill: COLOURS.dueSoon, stopIfTrue: true,
    },
    { formula: `=${progress}="${PROGRESS_LABELS['in-progress'].vi}"`, fill: COLOURS.inProgress, stopIfTrue: true },
    { formula: `=AND($${letterOf('id')}${r}<>"",OR(${progress}="",${progress}="${PROGRESS_LABELS['not-started'].vi}"))`, fill: COLOURS.notStarted, stopIfTrue: true },
  ];
  return targets.flatMap((range) => rules.map((rule) => ({ range, ...rule })));
}

export function tasksSheet(input: TasksSheetInput): SheetSpec {
  const { plan, tasks, settings } = input;
  const plannerRows = input.plannerRows ?? new Set<string>();
  const headerRow = TASKS_SHEET_CELLS.headerRow;
  const firstRow = headerRow + 1;
  const lastFormatted = headerRow + Math.max(tasks.length, 1) + TASKS_SPARE_ROWS;
  const extras = input.extraColumns ?? [];
  const columns: ColumnSpec[] = [
    ...TASK_COLUMNS.map((column) =>
      column.key === 'lead' || column.key === 'support'
        ? { ...column, validation: { kind: 'range' as const, sheet: SHEETS.owners, range: OWNERS_LIST_RANGE, strict: false } }
        : column,
    ),
    // The planner's own columns are text ("@") for what is typed next: a reference like "0123" or
    // "1/2" stays as typed. A value already there keeps its type (a number is written as a number).
    ...extras.map((extra, i) => ({ key: `extra-${i + 1}`, header: extra.header, width: 18, numberFormat: NUMBER_FORMATS.text, wrap: true, planner: true })),
  ];
  return {
    name: SHEETS.tasks,
    owned: true,
    blocks: [
      { row: 1, column: 1, cells: [`Kế hoạch ${plan.number} — Danh mục nhiệm vụ`], style: 'title' },
      { row: 2, column: 1, cells: ['Tính đến ngày:', null, { date: settings.asOf }, null, 'Sắp đến hạn (ngày):', settings.dueSoonDays], style: 'subtitle' },
      {
        row: 3, column: 1, style: 'note',
        cells: ['Nhập Tiến độ, Ngày hoàn thành, Ghi chú; có thể sửa Chủ trì, Phối hợp, Thời gian. Khi tải lại kế hoạch, các ô bạn đã nhập hoặc sửa được giữ nguyên.'],
      },
    ],
    tables: [{
      name: TABLES.tasks,
      headerRow,
      firstColumn: 1,
      columns,
      rows: tasks.map((task) => [...taskRow(task, settings, plannerRows), ...extras.map((extra) => extra.values.get(task.id) ?? null)]),
      spareRows: TASKS_SPARE_ROWS,
      inPlace: true,
    }],
    conditionalFormats: taskStatusFormats(firstRow, lastFormatted),
    fills: [],
    freeze: { rows: headerRow, columns: 1 },
    // The provenance columns (Nguồn, Lưu ý nguồn) and the planner's own columns stay on screen but
    // not on paper: with them the list would print too small to read. Rows the planner types
    // under the table print once "Tải kế hoạch" rewrites the sheet (or after Page Layout › Print Area).
    print: printSetup(plan, settings.asOf, headerRow, printArea(headerRow + Math.max(tasks.length, 1), taskColumnIndex(LAST_PRINTED_TASK_COLUMN) + 1)),
    charts: [],
  };
}

/** Where a task field sits on the tasks sheet (for findings' links and highlights). */
export function tasksSheetCell(rowIndex: number, key: TaskColumnKey): { sheet: string; cell: string } {
  return { sheet: SHEETS.tasks, cell: cellA1(TASKS_SHEET_CELLS.headerRow + 1 + rowIndex, taskColumnIndex(key) + 1) };
}

