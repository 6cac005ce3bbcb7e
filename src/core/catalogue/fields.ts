/**
 * Field readers for parseCatalogue: each reads one value, reports what is wrong with it and
 * returns undefined when it cannot be used.
 */
import { isIsoDate } from '../dates';
import type { IsoDate } from '../model';
import { describe, type IssueList, type JsonObject } from './issues';

export function readString(object: JsonObject, key: string, path: string, issues: IssueList, options: { nonEmpty?: boolean } = {}): string | undefined {
  const value = object[key];
  if (typeof value !== 'string') {
    issues.add(`${path}.${key}`, `thiếu hoặc không phải chuỗi (là ${describe(value)})`, `missing or not a string (got ${describe(value)})`);
    return undefined;
  }
  if (options.nonEmpty && value.trim() === '') {
    issues.add(`${path}.${key}`, 'không được để trống', 'must not be empty');
    return undefined;
  }
  return value;
}

/** An optional string: absent → the fallback; present but not a string → an issue. */
export function readOptionalString(object: JsonObject, key: string, path: string, issues: IssueList, fallback: string): string | undefined {
  if (object[key] === undefined) return fallback;
  return readString(object, key, path, issues);
}

export function readDate(object: JsonObject, key: string, path: string, issues: IssueList): IsoDate | undefined {
  const value = object[key];
  if (!isIsoDate(value)) {
    issues.add(`${path}.${key}`, `không phải ngày hợp lệ YYYY-MM-DD (là ${JSON.stringify(value) ?? 'undefined'})`, `not a date YYYY-MM-DD (got ${JSON.stringify(value) ?? 'undefined'})`);
    return undefined;
  }
  return value;
}

/** A date or null; `undefined` in the result means the value was unusable. */
export function readNullableDate(object: JsonObject, key: string, path: string, issues: IssueList): IsoDate | null | undefined {
  if (object[key] === null) return null;
  return readDate(object, key, path, issues);
}

export function readStringList(object: JsonObject, key: string, path: string, issues: IssueList, options: { optional?: boolean } = {}): string[] | undefined {
  const value = object[key];
  if (value === undefined && options.optional) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    issues.add(`${path}.${key}`, 'phải là danh sách chuỗi', 'must be a list of strings');
    return undefined;
  }
  return value as string[];
}
