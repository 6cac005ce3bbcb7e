/** Reads one imported task; a broken task is reported and left out, the others are kept. */
import type { SourceLines, Task } from '../model';
import { readOptionalString, readString, readStringList } from './fields';
import { expectObject, type IssueList } from './issues';
import { readDeadlineWindow } from './read-deadline-window';

export function readTask(input: unknown, path: string, issues: IssueList): Task | undefined {
  const value = expectObject(input, path, issues);
  if (!value) return undefined;
  const before = issues.count;
  const id = readString(value, 'id', path, issues, { nonEmpty: true });
  const section = readString(value, 'section', path, issues);
  const heading = readOptionalString(value, 'heading', path, issues, '');
  const text = readString(value, 'text', path, issues, { nonEmpty: true });
  // `original` is provenance; a planner's own catalogue may have none, so the text stands in.
  const original = readOptionalString(value, 'original', path, issues, text ?? '');
  const lead = readStringList(value, 'lead', path, issues);
  const support = readStringList(value, 'support', path, issues, { optional: true });
  const deadline = readDeadlineWindow(value.deadline, `${path}.deadline`, issues);
  if (value.incomplete !== undefined && typeof value.incomplete !== 'boolean') {
    issues.add(`${path}.incomplete`, 'phải là true hoặc false', 'must be true or false');
  }
  const remarks = value.remarks === undefined ? undefined : readStringList(value, 'remarks', path, issues);
  const lines = value.lines === undefined ? undefined : readSourceLines(value.lines, `${path}.lines`, issues);
  if (issues.count > before) return undefined;
  if (id === undefined || section === undefined || heading === undefined || text === undefined || original === undefined ||
      lead === undefined || support === undefined || deadline === undefined) return undefined;

  const task: Task = { id, section, heading, text, original, lead, support, deadline };
  if (typeof value.incomplete === 'boolean') task.incomplete = value.incomplete;
  if (remarks !== undefined) task.remarks = remarks;
  if (lines !== undefined) task.lines = lines;
  return task;
}

/** `lines: { first, last }`: whole line numbers from 1, first ≤ last. */
function readSourceLines(input: unknown, path: string, issues: IssueList): SourceLines | undefined {
  const value = expectObject(input, path, issues);
  if (!value) return undefined;
  const { first, last } = value;
  if (!Number.isInteger(first) || !Number.isInteger(last) || (first as number) < 1 || (last as number) < (first as number)) {
    issues.add(path, 'phải là { first, last }: số dòng nguyên từ 1, first ≤ last', 'must be { first, last }: whole line numbers from 1, first ≤ last');
    return undefined;
  }
  return { first: first as number, last: last as number };
}
