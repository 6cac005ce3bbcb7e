/**
 * Tells the planner why a ribbon command failed: the pane's words in a small dialog
 * (message.html), and always on the console. Excel has no notification bar for add-ins
 * (notificationMessages is Outlook's), so where the dialog API is missing or the dialog cannot
 * open, the console is all there is.
 */
import type { Localized } from '../core/model';
import { say } from '../taskpane/panel/strings';
import { messageUrl } from './message-url';

/** Dialog size, in percent of the Excel window. */
const SIZE = { height: 30, width: 35 };

/**
 * Resolves once the planner has closed the dialog, or at once when it cannot open; never rejects.
 * The command completes its event only then: completing it while the dialog is open may unload
 * the function file and, with it, the dialog it opened.
 */
export function showInDialog(words: Localized, commandsPage: string): Promise<void> {
  console.error(`${words.vi} / ${words.en}`);
  const ui = typeof Office === 'undefined' ? undefined : Office.context?.ui;
  if (!ui?.displayDialogAsync || !Office.context.requirements?.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = messageUrl(commandsPage, { title: say('vi', 'errorTitle'), message: words.vi });
  return new Promise((resolve) => {
    try {
      // displayInIframe: on the web a dialog in a new window would be caught by popup blockers.
      ui.displayDialogAsync(url, { ...SIZE, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error(`Dialog did not open: ${result.error?.message}`);
          resolve();
          return;
        }
        // Closed by the planner (12006) or failed to load: either way, the dialog is done.
        result.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    } catch (error) {
      console.error('Dialog did not open:', error);
      resolve();
    }
  });
}
