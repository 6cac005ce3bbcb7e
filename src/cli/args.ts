import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, isoDate, localToday } from '../core/dates';
import type { IsoDate } from '../core/model';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with every mistake turned into a UsageError (exit code 2). */
export function parseCommandArgs<T extends Options>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    // Node's errors may come from another realm (jest), so read the message rather than test instanceof.
    const message = (error as { message?: unknown }).message;
    throw new UsageError(typeof message === 'string' ? message.split('\n')[0] : String(error));
  }
}

/**
 * A calendar date as a planner writes it — 30/06/2019 (also 30-06-2019, 30.06.2019, 1/7/2019) —
 * or as ISO 2019-06-30; null when it is neither or no such day exists (31/06/2019).
 */
export function readDateOption(value: string): IsoDate | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!match) return null;
  const date = isoDate(+match[4], +match[3], +match[1]);
  return isIsoDate(date) ? date : null;
}

/** Checks an option that must be a calendar date (dd/mm/yyyy or YYYY-MM-DD). */
export function isoDateOption(value: string | undefined, name: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  const date = readDateOption(value);
  if (date === null) {
    throw new UsageError(`--${name} phải là một ngày dd/mm/yyyy (hoặc YYYY-MM-DD) / --${name} must be a date dd/mm/yyyy (or YYYY-MM-DD), got "${value}"`);
  }
  return date;
}

/** The report date: --as-of dd/mm/yyyy (or YYYY-MM-DD), or today. */
export function asOfOption(value: string | undefined): IsoDate {
  return isoDateOption(value, 'as-of') ?? localToday();
}
