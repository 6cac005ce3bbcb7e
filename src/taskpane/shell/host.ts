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

/**
 * Where the pane runs, decided within 4 s so a browser without Office is not kept waiting. Office
 * may be slower than that (a cold start of Excel on the web): when its onReady comes later and says
 * Excel, `onLateExcel` is told, so the pane can leave the outside-Excel screen then.
 */
export async function detectHost(win: Window = window, onLateExcel?: (host: HostInfo) => void): Promise<HostInfo> {
  const office = (win as Window & { Office?: typeof Office }).Office;
  const fallback: HostInfo = { inExcel: false, displayLanguage: queryLanguage(win) ?? 'vi-VN' };
  if (!office || typeof office.onReady !== 'function') return fallback;
  const inExcel = (ready: { host: unknown } | null): HostInfo | null =>
    ready && ready.host === office.HostType.Excel ? { inExcel: true, displayLanguage: office.context?.displayLanguage || 'vi-VN' } : null;
  let timedOut = false;
  const ready = office.onReady().then((result) => result, () => null);
  const info = await Promise.race([
    ready,
    new Promise<null>((resolve) => setTimeout(() => {
      timedOut = true;
      resolve(null);
    }, ONREADY_TIMEOUT_MS)),
  ]);
  if (timedOut && onLateExcel) {
    void ready.then((late) => {
      const host = inExcel(late);
      if (host) onLateExcel(host);
    });
  }
  return inExcel(info) ?? fallback;
}

/** `?lang=en` lets a reviewer see the English pane outside Office. */
function queryLanguage(win: Window): string | null {
  try {
    return new URL(win.location.href).searchParams.get('lang');
  } catch {
    return null;
  }
}
