#!/usr/bin/env node
// Runs the browser tests (tests/e2e) in Debian's Chromium against the production build in dist/.
// Without Chromium a developer's run skips with a visible message; under CI (CI=true) it fails.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { chromiumPath } = require('./chromium');

const ROOT = path.resolve(__dirname, '..');
const ci = /^(1|true)$/i.test(process.env.CI || '');

if (!chromiumPath()) {
  const message = 'Chromium not found at /usr/bin/chromium (apt-get install -y --no-install-recommends chromium)';
  if (ci) {
    console.error(`✗ e2e: ${message}. CI must run the browser tests.`);
    process.exit(1);
  }
  console.warn(`\n⚠ e2e SKIPPED: ${message}.\n`);
  process.exit(0);
}
if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) {
  console.log('e2e: dist/ missing, building it first (npm run build)…');
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--ci', '-c', 'jest.e2e.config.js', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(jest.status === null ? 1 : jest.status);
