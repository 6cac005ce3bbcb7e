/**
 * Reads the tasks table back into TrackedTasks. Tolerant: columns may be reordered or renamed
 * (matched by folded header), dates may be text, serials or ISO, rows may be blank or hold error
 * values. A broken row becomes a finding; it never stops the others.
 */
import type { DeadlineKind, DeadlineWindow, Finding, IsoDate, TaskField, TrackedTask } from '../../core/model';
import { parseProgress } from '../../core/status';
import { cellA1 } from '../a1';
import { ORIGIN_WORDS, TASK_COLUMNS, type TaskColumnKey } from '../tasks-columns';
import type { ReadCell, TableRead } from './table-read';
import { cellDate, cellText, isBlank, isErrorCell, splitList } from './cells';
import { matchHeaders } from './headers';
import { foldKey } from '../../core/text/normalize';
import { FrozenReadMemo } from './frozen-read-memo';

export type RowOrigin = 'catalogue' | 'planner' | 'retired';

export interface TaskRowRef {
  /** 0-based index among the table's data rows. */
  rowIndex: number;
  origin: RowOrigin;
}

export interface ReadTasksResult {
  tasks: TrackedTask[];
  /** Problems with the sheet itself (missing columns, unreadable cells); same shape as findings. */
  problems: Finding[];
  /** 0-based table row of each task, parallel to `tasks` (blank rows are skipped). */
  rowOf: number[];
  /** Where each task came from, by id (the first row when an id is repeated). */
  rows: Map<string, TaskRowRef>;
  /** Column key → 0-based column index in the table, for columns that were found. */
  columns: Map<TaskColumnKey, number>;
  /**
   * Columns the planner added to the table (headers the layout does not know), with each task's
   * cell by id, so a reload can keep them.
   */
  extraColumns: ExtraColumn[];
  /** The sheet cell of a task's field, or null when the task or column is not on the sheet. */
  locate(taskId: string, key: TaskColumnKey): { sheet: string; cell: string } | null;
}

export interface ExtraColumn {
  header: string;
  /** Task id → the cell as read (first row of an id). */
  values: Map<string, ReadCell>;
}

export interface ReadTasksOptions {
  /** Reads a time phrase into a window (core readDeadline with the plan's issue date). */
  readPhrase?: (text: string) => DeadlineWindow;
}

const FIELD_OF: Partial<Record<TaskColumnKey, TaskField>> = {
  id: 'id', section: 'section', text: 'text', lead: 'lead', support: 'support', timePhrase: 'deadline',
  start: 'start', end: 'end', progress: 'progress', completedOn: 'completedOn',
};

function problem(code: string, taskId: string | null, field: TaskField | null, vi: string, en: string, severity: Finding['severity'] = 'warning'): Finding {
  return { code, severity, taskId, field, message: { vi, en } };
}

/** Only the add-in's own words mean "from the plan": a row typed in by the planner has none. */
function originOf(text: string): RowOrigin {
  // Folding is slow and the column holds a handful of distinct words: fold each once.
  let origin = ORIGIN_BY_TEXT.get(text);
  if (origin === undefined) {
    const key = foldKey(text);
    origin = key === foldKey(ORIGIN_WORDS.retired) ? 'retired' : key === foldKey(ORIGIN_WORDS.catalogue) ? 'catalogue' : 'planner';
    if (ORIGIN_BY_TEXT.size < 1000) ORIGIN_BY_TEXT.set(text, origin);
  }
  return origin;
}

/** originOf's answers by cell text (bounded: a planner may type anything there). */
const ORIGIN_BY_TEXT = new Map<string, RowOrigin>();

function fallbackWindow(text: string, start: IsoDate | null, end: IsoDate | null): DeadlineWindow {
  const kind: DeadlineKind = end ? 'by-date' : text ? 'unknown' : 'missing';
  return { text, start, end, kind, convention: null };
}

/**
 * `build` checks, then summarises, the same tasks table (the check's patches change none of its
 * cells, so the read stays the same): a frozen read is read once per phrase reader
 * (./frozen-read-memo.ts). The result is shared: its arrays are frozen, and no caller changes it.
 */
const readFromFrozen = new FrozenReadMemo<ReadTasksResult>();
const NO_PHRASE_READER = {};

export function readTasks(table: TableRead, options: ReadTasksOptions = {}): ReadTasksResult {
  return readFromFrozen.get(table, options.readPhrase ?? NO_PHRASE_READER, () => {
    const result = readTable(table, options);
    Object.freeze(result.tasks);
    Object.freeze(result.problems);
    Object.freeze(result.rowOf);
    return result;
  });
}

function readTable(table: TableRead, options: ReadTasksOptions): ReadTasksResult {
  const columns = matchHeaders(table.headers, TASK_COLUMNS);
  const problems: Finding[] = [];
  const tasks: TrackedTask[] = [];
  const rowOf: number[] = [];
  const rows = new Map<string, TaskRowRef>();
  const locate = (taskId: string, key: TaskColumnKey) => {
    const row = rows.get(taskId);
    const column = columns.get(key);
    if (!row || column === undefined) return null;
    return { sheet: table.sheet, cell: cellA1(table.headerRow + 1 + row.rowIndex, table.firstColumn + column) };
  };
  const known = new Set(columns.values());
  const extraColumns: (ExtraColumn & { index: number })[] = table.headers.flatMap((header, index) =>
    known.has(index) || cellText(header) === '' ? [] : [{ header: cellText(header), values: new Map<string, ReadCell>(), index }],
  );
  const missing = TASK_COLUMNS.filter((column) => column.required && !columns.has(column.key));
  for (const column of missing) {
    problems.push(problem('SHEET_COLUMN_MISSING', null, FIELD_OF[column.key] ?? null,
      `Bảng "${table.table}" thiếu cột bắt buộc "${column.header}" (có thể đã bị xóa hoặc đổi tên).`,
      `Table "${table.table}" lacks the required column "${column.header}" (deleted or renamed?).`, 'error'));
  }
  const result = () => ({ tasks, rowOf, problems, rows, columns, locate, extraColumns: extraColumns.map(({ header, values }) => ({ header, values })) });
  if (missing.length > 0) return result();

  table.rows.forEach((cells, rowIndex) => {
    if (cells.every(isBlank)) return;
    const sheetRow = table.headerRow + 1 + rowIndex;
    try {
      const task = readRow(cells, sheetRow, columns, options, problems);
      if (!rows.has(task.id)) {
        rows.set(task.id, { rowIndex, origin: originOf(cellText(get(cells, columns, 'origin'))) });
        for (const extra of extraColumns) extra.values.set(task.id, cells[extra.index] ?? null);
      }
      tasks.push(task);
      rowOf.push(rowIndex);
    } catch {
      problems.push(problem('SHEET_ROW_UNREADABLE', null, null,
        `Không đọc được dòng ${sheetRow} của bảng "${table.table}"; các dòng khác vẫn được đọc.`,
        `Row ${sheetRow} of table "${table.table}" could not be read; the other rows were.`, 'error'));
    }
  });
  return result();
}

function get(cells: readonly ReadCell[], columns: Map<TaskColumnKey, number>, key: TaskColumnKey): ReadCell {
  const index = columns.get(key);
  return index === undefined ? null : (cells[index] ?? null);
}

function readRow(
  cells: readonly ReadCell[],
  sheetRow: number,
  columns: Map<TaskColumnKey, number>,
  options: ReadTasksOptions,
  problems: Finding[],
): TrackedTask {
  const idText = cellText(get(cells, columns, 'id'));
  const id = idText || `DONG-${sheetRow}`;
  if (!idText) {
    problems.push(problem('SHEET_ROW_WITHOUT_ID', id, 'id',
      `Dòng ${sheetRow} chưa có mã nhiệm vụ; tạm dùng mã "${id}".`,
      `Row ${sheetRow} has no task id; "${id}" is used for now.`));
  }
  for (const [key, index] of columns) {
    const cell = cells[index] ?? null;
    if (isErrorCell(cell)) {
      problems.push(problem('SHEET_CELL_ERROR', id, FIELD_OF[key] ?? null,
        `Ô ${key} của nhiệm vụ ${id} (dòng ${sheetRow}) có lỗi ${cell.error}; ô được coi là trống.`,
        `The ${key} cell of task ${id} (row ${sheetRow}) holds the error ${cell.error}; it is read as empty.`));
    }
  }
  const date = (key: 'start' | 'end' | 'completedOn'): IsoDate | null => {
    const cell = get(cells, columns, key);
    const value = cellDate(cell);
    if (value !== undefined) return value;
    if (!isErrorCell(cell)) {
      problems.push(problem('SHEET_DATE_UNREADABLE', id, FIELD_OF[key] ?? null,
        `Ngày "${cellText(cell)}" của nhiệm vụ ${id} (dòng ${sheetRow}) không đọc được; hãy ghi dạng dd/mm/yyyy.`,
        `The date "${cellText(cell)}" of task ${id} (row ${sheetRow}) is unreadable; write it as dd/mm/yyyy.`));
    }
    return null;
  };
  const start = date('start');
  const end = date('end');
  const completedOn = date('completedOn');
  const progressText = cellText(get(cells, columns, 'progress'));
  const progress = progressText ? parseProgress(progressText) : null;
  if (progressText && progress === null) {
    problems.push(problem('SHEET_PROGRESS_UNREADABLE', id, 'progress',
      `Tiến độ "${progressText}" của nhiệm vụ ${id} không thuộc danh sách (Chưa thực hiện, Đang thực hiện, Đã hoàn thành, Tạm dừng).`,
      `Progress "${progressText}" of task ${id} is not one of the list (Not started, In progress, Done, Paused).`));
  }
  const phrase = cellText(get(cells, columns, 'timePhrase'));
  const read = options.readPhrase && phrase ? options.readPhrase(phrase) : null;
  const deadline: DeadlineWindow = read
    ? { ...read, text: phrase, start, end }
    : fallbackWindow(phrase, start, end);
  const text = cellText(get(cells, columns, 'text'));
  const origin = originOf(cellText(get(cells, columns, 'origin')));
  const remarks = cellText(get(cells, columns, 'remarks'));
  return {
    id,
    section: cellText(get(cells, columns, 'section')),
    heading: '',
    text,
    original: text,
    lead: splitList(cellText(get(cells, columns, 'lead'))),
    support: splitList(cellText(get(cells, columns, 'support'))),
    deadline,
    ...(remarks ? { remarks: remarks.split('\n') } : {}),
    progress,
    completedOn,
    note: cellText(get(cells, columns, 'note')),
    ...(origin === 'retired' ? { retired: true } : {}),
  };
}
