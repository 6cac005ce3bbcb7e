import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath, chromiumArgs } = require('../../../scripts/chromium') as {
  chromiumPath: () => string | null;
  chromiumArgs: () => string[];
};

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'out', 'e2e');
const OFFICE_JS = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found (scripts/e2e.js should have caught this)');
  return chromium.launch({ executablePath, args: chromiumArgs() });
}

/**
 * A page whose requests for office.js on Microsoft's CDN are answered from @microsoft/office-js,
 * and every other outside request is refused: the tests never need the internet.
 * Console errors and page errors are collected for the test to assert on.
 */
export async function openOfflinePage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_JS, url.slice(OFFICE_CDN.length).split('?')[0]);
      if (fs.existsSync(file)) return route.fulfill({ path: file, contentType: 'text/javascript' });
      return route.fulfill({ status: 404, body: '' });
    }
    if (url.startsWith('http://127.0.0.1') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
