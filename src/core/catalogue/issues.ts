/**
 * Problems found while reading an imported catalogue, each naming the path of the value
 * ("tasks[3].deadline.start: not a date"), Vietnamese first.
 */
import type { Localized } from '../model';

export type JsonObject = Record<string, unknown>;

export class IssueList {
  readonly issues: Localized[] = [];

  add(path: string, vi: string, en: string): void {
    this.issues.push({ vi: `${path}: ${vi}`, en: `${path}: ${en}` });
  }

  /** For problems of the value as a whole, where a path would say nothing. */
  addWithoutPath(vi: string, en: string): void {
    this.issues.push({ vi, en });
  }

  get count(): number {
    return this.issues.length;
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value as an object, or undefined with an issue saying what it was instead. `required`
 * values (the plan header, a deadline) are reported as "missing or not an object".
 */
export function expectObject(value: unknown, path: string, issues: IssueList, required = false): JsonObject | undefined {
  if (isObject(value)) return value;
  const got = describe(value);
  if (required) issues.add(path, `thiếu hoặc không phải đối tượng (là ${got})`, `missing or not an object (got ${got})`);
  else issues.add(path, `không phải đối tượng (là ${got})`, `not an object (got ${got})`);
  return undefined;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
