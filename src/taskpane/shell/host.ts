/**
 * Where the pane runs. Everything that asks "are we in Excel?" goes through here, so the rest of the
 * pane never touches the Office global directly.
 */
export interface HostInfo {
  inExcel: boolean;
  /** Office's display language ("vi-VN", "en-US"), or the browser's outside Office. */
  displayLanguage: string;
}

/** Outside Office, office.js resolves onReady with host null — or, offline, never loads at all. */
const ONREADY_TIMEOUT_MS = 4000;

export async function detectHost(win: Window = window): Promise<HostInfo> {
  const office = (win as Window & { Office?: typeof Office }).Office;
  const fallback: HostInfo = { inExcel: false, displayLanguage: queryLanguage(win) ?? 'vi-VN' };
  if (!office || typeof office.onReady !== 'function') return fallback;
  const info = await Promise.race([
    office.onReady().then((ready) => ready, () => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ONREADY_TIMEOUT_MS)),
  ]);
  if (!info || info.host !== office.HostType.Excel) return fallback;
  return { inExcel: true, displayLanguage: office.context?.displayLanguage || 'vi-VN' };
}

/** `?lang=en` lets a reviewer see the English pane outside Office. */
function queryLanguage(win: Window): string | null {
  try {
    return new URL(win.location.href).searchParams.get('lang');
  } catch {
    return null;
  }
}
