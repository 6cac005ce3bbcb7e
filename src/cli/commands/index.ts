import type { CliCommand } from '../io';

/** Every command of `npm run -s plan-tracker -- <command>`; add new ones here. */
export const commands: CliCommand[] = [];
