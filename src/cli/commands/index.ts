import type { CliCommand } from '../io';
import { catalogueCommand } from './catalogue';
import { deadlineCommand } from './deadline';
import { validateCommand } from './validate';
import { buildCommand } from './build';
import { summaryCommand } from './summary';
import { loadCommand } from './load';
import { reportCommand } from './report';

/** Every command of `npm run -s plan-tracker -- <command>`; add new ones here. */
export const commands: CliCommand[] = [deadlineCommand, validateCommand, catalogueCommand, buildCommand, loadCommand, summaryCommand, reportCommand];
