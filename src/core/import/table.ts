/**
 * Plans that list tasks in a table (Markdown pipes after extraction): a header row names the
 * columns — task (Nhiệm vụ / Nội dung), lead (chủ trì), support (phối hợp), time (Thời gian /
 * Thời hạn) — and each row below is one task. A row with only a group title is a sub-heading.
 */
import { asciiKey, clean, stripEmphasis } from '../text/normalize';
import type { Label } from './markers';

export interface TableColumns {
  task: number;
  number: number | null;
  lead: number | null;
  support: number | null;
  time: number | null;
  others: Array<{ index: number; name: string }>;
}

export type TableRow =
  | { kind: 'task'; text: string; labels: Label[] }
  | { kind: 'group'; title: string };

/** A table's row or group number: "1", "1.2", "IV", "A." (at most four levels, as readMarker reads). */
export const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[A-ZĐ])\.?$/u;

export function tableCells(text: string): string[] {
  return text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => clean(stripEmphasis(cell)));
}

// The task column by preference: a name ("Tên nhiệm vụ, dự án"), then the content ("Nội dung
// nhiệm vụ", "Nhiệm vụ, giải pháp"), and only then a column that merely groups them ("Thuộc nhóm nhiệm vụ").
const TASK_COLUMN_NAMES = [/^ten (de an|du an|nhiem vu|cong viec|hoat dong)/, /^(noi dung|nhiem vu|cong viec|hoat dong)/, /nhiem vu|noi dung|cong viec|hoat dong/];

function taskColumn(keys: string[]): number {
  for (const pattern of TASK_COLUMN_NAMES) {
    const index = keys.findIndex((key) => key.length <= 60 && pattern.test(key));
    if (index >= 0) return index;
  }
  return -1;
}

/** The header row's columns, or null when the row is not a task table's header. */
export function readTableHeader(cells: string[]): TableColumns | null {
  const keys = cells.map((cell) => asciiKey(cell));
  const task = taskColumn(keys);
  if (task < 0) return null;
  const find = (pattern: RegExp) => {
    const index = keys.findIndex((key, at) => at !== task && pattern.test(key));
    return index < 0 ? null : index;
  };
  const support = find(/phoi hop/);
  const time = find(/thoi gian|thoi han|tien do/);
  const lead = keys.findIndex((key, at) => at !== task && at !== support && at !== time && /chu tri|thuc hien|co quan|don vi|trach nhiem/.test(key));
  const number = find(/^(stt|tt|so tt|so thu tu)$/);
  const columns: TableColumns = { task, number, lead: lead < 0 ? null : lead, support, time, others: [] };
  if (columns.lead === null && columns.time === null && columns.support === null) return null;
  const used = new Set([task, number, columns.lead, support, time]);
  columns.others = cells.map((name, index) => ({ index, name })).filter((column) => !used.has(column.index) && column.name !== '');
  return columns;
}

export function readTableRow(cells: string[], columns: TableColumns): TableRow | null {
  const cell = (index: number | null) => (index === null ? '' : (cells[index] ?? ''));
  const text = cell(columns.task);
  const filled = cells.filter((value) => value !== '');
  if (filled.length === 0) return null;
  const number = cell(columns.number);
  if (text === '') {
    const title = filled.filter((value) => value !== number).join(' ');
    // "| **1. Nhóm nhiệm vụ về hạ tầng** | | | |": a group title merged across the row from its first cell.
    if (title === '' && number !== '' && !ROW_NUMBER.test(number)) return { kind: 'group', title: number };
    return title === '' ? null : { kind: 'group', title };
  }
  const titleOnly = cell(columns.lead) === '' && cell(columns.support) === '' && cell(columns.time) === '';
  if (titleOnly && /^(?:[IVXL]{1,5}|[A-Z])\.?$/.test(number)) return { kind: 'group', title: text };
  const labels: Label[] = [];
  if (cell(columns.lead) !== '') labels.push({ role: 'lead', name: 'chủ trì', value: cell(columns.lead) });
  if (cell(columns.support) !== '') labels.push({ role: 'support', name: 'phối hợp', value: cell(columns.support) });
  if (cell(columns.time) !== '') labels.push({ role: 'time', name: 'thời gian', value: cell(columns.time) });
  for (const other of columns.others) {
    if (cell(other.index) !== '') labels.push({ role: 'other', name: other.name, value: cell(other.index) });
  }
  return { kind: 'task', text, labels };
}
