// Where Debian's Chromium is and how it must be started on these machines (no network, root).
const fs = require('fs');

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && fs.existsSync(p)) || null;
}

/** Flags for playwright's launch (it adds --headless and a fresh profile of its own). */
function chromiumArgs() {
  return [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ];
}

module.exports = { chromiumPath, chromiumArgs };
