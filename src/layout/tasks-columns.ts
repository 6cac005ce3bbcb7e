/**
 * The columns of the tasks table "Nhiệm vụ" (PT_Tasks), in sheet order. Three groups:
 * - catalogue columns, refreshed from the plan on every load (section, text, remarks, origin);
 * - catalogue columns the planner may correct (lead, support, time phrase, start, end): on reload
 *   the planner's edit wins (docs/sheets.md);
 * - planner columns, never overwritten (progress, completion date, note);
 * - derived columns, recomputed as of the report date (status, days overdue).
 */
import { PROGRESS_LABELS } from '../core/status';
import type { Progress } from '../core/model';
import { NUMBER_FORMATS, type ColumnSpec } from './spec';

export type TaskColumnKey =
  | 'id'
  | 'section'
  | 'text'
  | 'lead'
  | 'support'
  | 'timePhrase'
  | 'start'
  | 'end'
  | 'progress'
  | 'completedOn'
  | 'note'
  | 'status'
  | 'daysOverdue'
  | 'origin'
  | 'remarks';

export interface TaskColumn extends ColumnSpec {
  key: TaskColumnKey;
  /** Other headers readback accepts for this column (folded match), e.g. an English header. */
  aliases: string[];
  /** Readback reports the table unusable when a required column is missing. */
  required: boolean;
  group: 'catalogue' | 'correctable' | 'planner' | 'derived';
}

const PROGRESS_ORDER: Progress[] = ['not-started', 'in-progress', 'done', 'paused'];
export const PROGRESS_CHOICES = PROGRESS_ORDER.map((p) => PROGRESS_LABELS[p].vi);

/** Words in the "Nguồn" column: where the row comes from. */
export const ORIGIN_WORDS = {
  catalogue: 'Kế hoạch',
  planner: 'Bổ sung',
  retired: 'Đã rút khỏi kế hoạch',
} as const;

const text = NUMBER_FORMATS.text;
const date = NUMBER_FORMATS.date;

/**
 * Widths are chosen for paper: columns A–M (without the provenance columns N–O, left out of the
 * print area) add up to about 207 characters, which one A4 landscape page width shows at about 70%
 * (≈ 7.7 pt type). Widen them and the printed list shrinks below legibility. "Lưu ý nguồn" does not
 * print, so it is wide: its long remarks would otherwise make the printed rows tall and empty.
 */
export const TASK_COLUMNS: readonly TaskColumn[] = [
  { key: 'id', header: 'Mã NV', width: 10, numberFormat: text, group: 'catalogue', required: true, aliases: ['Mã', 'Mã nhiệm vụ', 'ID', 'Task id'] },
  { key: 'section', header: 'Mục', width: 6, numberFormat: text, group: 'catalogue', required: false, aliases: ['Section', 'Phần'] },
  { key: 'text', header: 'Nội dung nhiệm vụ', width: 46, numberFormat: text, wrap: true, group: 'catalogue', required: true, aliases: ['Nhiệm vụ', 'Nội dung', 'Task'] },
  { key: 'lead', header: 'Cơ quan chủ trì', width: 20, numberFormat: text, wrap: true, group: 'correctable', required: false, aliases: ['Chủ trì', 'Đơn vị chủ trì', 'Lead'] },
  { key: 'support', header: 'Cơ quan phối hợp', width: 20, numberFormat: text, wrap: true, group: 'correctable', required: false, aliases: ['Phối hợp', 'Đơn vị phối hợp', 'Support'] },
  { key: 'timePhrase', header: 'Thời gian thực hiện', width: 17, numberFormat: text, wrap: true, group: 'correctable', required: false, aliases: ['Thời hạn', 'Thời gian', 'Time', 'Deadline text'] },
  { key: 'start', header: 'Bắt đầu', width: 10.5, numberFormat: date, group: 'correctable', required: false, aliases: ['Ngày bắt đầu', 'Start'] },
  { key: 'end', header: 'Hạn hoàn thành', width: 10.5, numberFormat: date, group: 'correctable', required: false, aliases: ['Hạn', 'Thời hạn hoàn thành', 'Ngày hết hạn', 'End', 'Deadline'] },
  {
    key: 'progress', header: 'Tiến độ', width: 14, numberFormat: text, group: 'planner', required: false, aliases: ['Tình hình thực hiện', 'Progress'],
    validation: { kind: 'values', values: PROGRESS_CHOICES, strict: true },
  },
  { key: 'completedOn', header: 'Ngày hoàn thành', width: 10.5, numberFormat: date, group: 'planner', required: false, aliases: ['Hoàn thành ngày', 'Completed on', 'Completion date'] },
  { key: 'note', header: 'Ghi chú', width: 20, numberFormat: text, wrap: true, group: 'planner', required: false, aliases: ['Note', 'Notes'] },
  { key: 'status', header: 'Tình trạng', width: 15, numberFormat: text, wrap: true, group: 'derived', required: false, aliases: ['Trạng thái', 'Status'] },
  { key: 'daysOverdue', header: 'Số ngày quá hạn', width: 8, numberFormat: NUMBER_FORMATS.integer, group: 'derived', required: false, aliases: ['Quá hạn (ngày)', 'Days overdue'] },
  { key: 'origin', header: 'Nguồn', width: 14, numberFormat: text, group: 'catalogue', required: false, aliases: ['Origin'] },
  { key: 'remarks', header: 'Lưu ý nguồn', width: 60, numberFormat: text, wrap: true, group: 'catalogue', required: false, aliases: ['Lưu ý', 'Remarks'] },
];

/** 0-based position of a column in TASK_COLUMNS. */
export function taskColumnIndex(key: TaskColumnKey): number {
  return TASK_COLUMNS.findIndex((column) => column.key === key);
}

/** Separator between several bodies in one lead/support cell. */
export const OWNER_SEPARATOR = '; ';
