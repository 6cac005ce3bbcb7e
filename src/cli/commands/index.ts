import type { CliCommand } from '../io';
import { catalogueCommand } from './catalogue';
import { deadlineCommand } from './deadline';
import { validateCommand } from './validate';

/** Every command of `npm run -s plan-tracker -- <command>`; add new ones here. */
export const commands: CliCommand[] = [deadlineCommand, validateCommand, catalogueCommand];
