import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with every mistake turned into a UsageError (exit code 2). */
export function parseCommandArgs<T extends Options>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}

/** Checks an option that must be a calendar date (YYYY-MM-DD). */
export function isoDateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const valid = match && !Number.isNaN(Date.UTC(+match[1], +match[2] - 1, +match[3])) &&
    new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])).getUTCDate() === +match[3];
  if (!valid) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}
