/**
 * The language the planner chose with the pane's vi/en switch, remembered in the browser's storage
 * (per add-in origin, so Excel keeps it between sessions too). `?lang=en` in the address still wins,
 * for a reviewer's link; with neither, Office's display language decides (pickLang).
 */
import type { Lang } from './index';

const KEY = 'plan-tracker.lang';

const asLang = (value: string | null | undefined): Lang | null => (value === 'vi' || value === 'en' ? value : null);

/** Storage may be missing or refuse access (a locked-down webview): then nothing is remembered. */
export function storedLang(storage: Pick<Storage, 'getItem'> | null | undefined): Lang | null {
  try {
    return asLang(storage?.getItem(KEY));
  } catch {
    return null;
  }
}

export function storeLang(storage: Pick<Storage, 'setItem'> | null | undefined, lang: Lang): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    // Not remembered; the switch still works for this session.
  }
}

/** `?lang=vi` or `?lang=en` in the page address, else null. */
export function queryLang(href: string): Lang | null {
  try {
    return asLang(new URL(href).searchParams.get('lang'));
  } catch {
    return null;
  }
}
