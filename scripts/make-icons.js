#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes Office asks for, in Debian's Chromium. Run by hand after
// changing the SVG (`node scripts/make-icons.js`); the PNGs are committed.
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { chromiumPath, chromiumArgs } = require('./chromium');

const SIZES = [16, 32, 64, 80, 128];

(async () => {
  const svg = fs.readFileSync(path.join(__dirname, '..', 'assets', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs() });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.join(__dirname, '..', 'assets', `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
  await browser.close();
  console.log(`wrote assets/icon-{${SIZES.join(',')}}.png`);
})();
