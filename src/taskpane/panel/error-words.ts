/**
 * What the planner reads when a command fails: a WorkbookError carries its own words, anything
 * else gets the panel's "unexpected" words. Shared by the pane and the ribbon commands, so both
 * say the same thing for the same failure.
 */
import type { Localized } from '../../core/model';
import { isWorkbookError } from '../../workbook/port';
import { say } from './strings';

export function errorWords(caught: unknown): Localized {
  return isWorkbookError(caught) ? caught.words : { vi: say('vi', 'unexpected'), en: say('en', 'unexpected') };
}
