import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, localToday } from '../core/dates';
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

/** Checks an option that must be a calendar date (YYYY-MM-DD). */
export function isoDateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** The report date: --as-of YYYY-MM-DD, or today. */
export function asOfOption(value: string | undefined): string {
  return isoDateOption(value, 'as-of') ?? localToday();
}
