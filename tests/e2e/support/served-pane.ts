import type { Browser, Page } from 'playwright-core';
import { DIST, launchBrowser, openOfflinePage } from './browser';
import { serveFolder } from './static-server';

/**
 * For one test file: serves the production build on localhost and starts Chromium before the
 * tests, stops both after. `open` gives a fresh offline page already at `path` (e.g.
 * "taskpane.html?lang=en") and the console errors it collects.
 */
export function servePaneForTests(): { open(path: string): Promise<{ page: Page; errors: string[] }> } {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await serveFolder(DIST);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    async open(path) {
      const opened = await openOfflinePage(browser);
      await opened.page.goto(`${server.url}${path}`);
      return opened;
    },
  };
}
