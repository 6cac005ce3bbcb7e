/**
 * Ribbon buttons (ExecuteFunction): "Tải kế hoạch", "Kiểm tra", "Lập báo cáo" run the same services
 * as the task pane, on the Office adapter, with today's date as the report date and the default
 * due-soon window, on the plan the workbook stores ("Tải kế hoạch" refreshes it; Plan 43 in a
 * workbook that has none yet). A failure is shown in a dialog (message-dialog.ts); a success says
 * nothing. event.completed() is always called, whatever happens, or Office keeps the button busy.
 */
import { localToday } from '../core/dates';
import { DEFAULT_DUE_SOON_DAYS, type IsoDate, type Localized, type Settings } from '../core/model';
import { loadCatalogue, summarizeWorkbook, validateWorkbook } from '../services';
import { createOfficePort } from '../workbook/office';
import { errorWords } from '../taskpane/panel/error-words';
import type { WorkbookPort } from '../workbook/port';
import { showInDialog } from './message-dialog';

export const COMMAND_NAMES = ['loadPlan', 'validatePlan', 'summarizePlan'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  port: () => WorkbookPort;
  today: () => IsoDate;
  /** Where a failure is reported (the ribbon has no UI of its own); the event completes when it is done. */
  report: (words: Localized) => void | Promise<void>;
}

/** The three handlers, each completing its event exactly once. */
export function commandHandlers(deps: CommandDeps): Record<CommandName, (event: CommandEvent) => Promise<void>> {
  const settings = (): Settings => ({ asOf: deps.today(), dueSoonDays: DEFAULT_DUE_SOON_DAYS, beforeDateExclusive: false });
  const wrap = (work: (port: WorkbookPort) => Promise<unknown>) => async (event: CommandEvent) => {
    try {
      await work(deps.port());
    } catch (error) {
      // Reporting is best effort: whatever it does, the event below must still complete.
      await Promise.resolve()
        .then(() => deps.report(errorWords(error)))
        .catch((reportError: unknown) => console.error(reportError));
    } finally {
      event.completed();
    }
  };
  return {
    loadPlan: wrap((port) => loadCatalogue(port, { settings: settings() })),
    validatePlan: wrap((port) => validateWorkbook(port, { settings: settings() })),
    summarizePlan: wrap((port) => summarizeWorkbook(port, { settings: settings() })),
  };
}

/** Associates the handlers with the manifest's FunctionName values. */
export function registerCommands(): void {
  const handlers = commandHandlers({
    port: () => createOfficePort(),
    today: () => localToday(),
    report: (words) => showInDialog(words, window.location.href),
  });
  for (const name of COMMAND_NAMES) Office.actions.associate(name, handlers[name]);
}
