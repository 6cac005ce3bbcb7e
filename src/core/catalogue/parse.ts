/**
 * parseCatalogue: validates a JSON value a user imports as a catalogue (docs/catalogue-format.md).
 * Problems in the header (format, version, plan) make the whole value unusable; a broken section,
 * task or gap is reported and left out while the rest is kept.
 */
import type { Catalogue, Localized, PlanInfo, Section, SourceGap } from '../model';
import { readDate, readString, readStringList } from './fields';
import { describe, expectObject, isObject, IssueList, type JsonObject } from './issues';
import { readTask } from './read-task';

export const CATALOGUE_FORMAT = 'plan-tracker/catalogue';
export const CATALOGUE_VERSION = 1;

export interface ParsedCatalogue {
  catalogue: Catalogue | null;
  errors: Localized[];
}

function readPlan(input: unknown, issues: IssueList): PlanInfo | undefined {
  const path = 'plan';
  const value = expectObject(input, path, issues, true);
  if (!value) return undefined;
  const before = issues.count;
  const number = readString(value, 'number', path, issues, { nonEmpty: true });
  const issuer = readString(value, 'issuer', path, issues);
  const place = readString(value, 'place', path, issues);
  const issued = readDate(value, 'issued', path, issues);
  const title = readString(value, 'title', path, issues);
  const implementsText = readString(value, 'implements', path, issues);
  const source = value.source === undefined ? undefined : readString(value, 'source', path, issues);
  const identity = value.identity === undefined ? undefined : readString(value, 'identity', path, issues);
  if (issues.count > before || number === undefined || issuer === undefined || place === undefined || issued === undefined ||
      title === undefined || implementsText === undefined) return undefined;
  const plan: PlanInfo = { number, issuer, place, issued, title, implements: implementsText };
  if (source !== undefined) plan.source = source;
  if (identity !== undefined) plan.identity = identity;
  return plan;
}

function readSection(input: unknown, path: string, issues: IssueList): Section | undefined {
  const value = expectObject(input, path, issues);
  if (!value) return undefined;
  const before = issues.count;
  const id = readString(value, 'id', path, issues, { nonEmpty: true });
  const title = readString(value, 'title', path, issues);
  const lead = value.lead === undefined ? undefined : readStringList(value, 'lead', path, issues);
  if (issues.count > before || id === undefined || title === undefined) return undefined;
  return lead === undefined ? { id, title } : { id, title, lead };
}

function readGap(input: unknown, path: string, issues: IssueList): SourceGap | undefined {
  const value = expectObject(input, path, issues);
  if (!value) return undefined;
  const before = issues.count;
  const section = readString(value, 'section', path, issues);
  const description = readString(value, 'description', path, issues);
  if (issues.count > before || section === undefined || description === undefined) return undefined;
  return { section, description };
}

interface Positioned<T> {
  item: T;
  index: number;
}

/** Reads an optional list; each item is kept or reported on its own, remembering its position. */
function readList<T>(root: JsonObject, key: string, issues: IssueList, readItem: (value: unknown, path: string) => T | undefined): Positioned<T>[] | undefined {
  const value = root[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.add(key, `phải là danh sách (là ${describe(value)})`, `must be a list (got ${describe(value)})`);
    return undefined;
  }
  return value.flatMap((raw, index) => {
    const item = readItem(raw, `${key}[${index}]`);
    return item === undefined ? [] : [{ item, index }];
  });
}

function withoutDuplicateIds<T extends { id: string }>(list: Positioned<T>[], key: string, issues: IssueList): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const { item, index } of list) {
    if (seen.has(item.id)) {
      issues.add(`${key}[${index}].id`, `mã "${item.id}" bị trùng; mục này bị bỏ qua`, `duplicate id "${item.id}"; this one is left out`);
      continue;
    }
    seen.add(item.id);
    kept.push(item);
  }
  return kept;
}

export function parseCatalogue(input: unknown): ParsedCatalogue {
  const issues = new IssueList();
  const fail = (): ParsedCatalogue => ({ catalogue: null, errors: issues.issues });
  if (!isObject(input)) {
    issues.addWithoutPath(`(gốc): danh mục phải là một đối tượng JSON (là ${describe(input)})`, `(root): a catalogue must be a JSON object (got ${describe(input)})`);
    return fail();
  }
  if (input.format !== CATALOGUE_FORMAT) {
    issues.add('format', `phải là "${CATALOGUE_FORMAT}" (là ${JSON.stringify(input.format) ?? 'undefined'})`, `must be "${CATALOGUE_FORMAT}" (got ${JSON.stringify(input.format) ?? 'undefined'})`);
    return fail();
  }
  if (input.version !== CATALOGUE_VERSION) {
    issues.add('version', `phiên bản ${JSON.stringify(input.version) ?? 'undefined'} không được hỗ trợ (hỗ trợ: ${CATALOGUE_VERSION})`,
      `version ${JSON.stringify(input.version) ?? 'undefined'} is not supported (supported: ${CATALOGUE_VERSION})`);
    return fail();
  }
  const plan = readPlan(input.plan, issues);
  const sections = readList(input, 'sections', issues, (value, path) => readSection(value, path, issues));
  const tasks = input.tasks === undefined
    ? (issues.add('tasks', 'thiếu danh sách nhiệm vụ', 'the task list is missing'), undefined)
    : readList(input, 'tasks', issues, (value, path) => readTask(value, path, issues));
  const gaps = readList(input, 'gaps', issues, (value, path) => readGap(value, path, issues));
  if (!plan || !sections || !tasks || !gaps) return fail();

  const catalogue: Catalogue = {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    plan,
    sections: withoutDuplicateIds(sections, 'sections', issues),
    tasks: withoutDuplicateIds(tasks, 'tasks', issues),
    gaps: gaps.map(({ item }) => item),
  };
  return { catalogue, errors: issues.issues };
}
