#!/usr/bin/env node
// The task pane must open fast on a government office's connection: the scripts taskpane.html loads
// at start (not the chunks loaded later on demand, such as ExcelJS) must stay within a gzip budget.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUDGET_KB = 180;
const DIST = path.resolve(__dirname, '..', 'dist');

const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
const local = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
if (!local.length) {
  console.error('✗ check-bundle-size: taskpane.html loads no local script');
  process.exit(1);
}
let total = 0;
for (const src of local) {
  const bytes = zlib.gzipSync(fs.readFileSync(path.join(DIST, src)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${src}: ${(bytes / 1024).toFixed(1)} KB gzip`);
}
const ok = total <= BUDGET_KB * 1024;
console.log(`${ok ? '✓' : '✗'} task pane start-up scripts: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
process.exit(ok ? 0 : 1);
