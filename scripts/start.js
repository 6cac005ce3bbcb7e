#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload into desktop Excel as `office-addin-debugging start`
// does. On Linux there is no desktop Excel: start the dev server and say what to do next.
// `npm start -- web --document URL` sideloads into Excel on the web on any system.
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const port = process.env.npm_package_config_dev_server_port || 3000;
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (process.platform !== 'linux' || args[0] === 'web') {
  run(bin('office-addin-debugging'), ['start', 'manifest.xml', ...args]);
} else {
  const base = `https://localhost:${port}`;
  console.log(`
Theo dõi Kế hoạch — máy chủ phát triển / development server: ${base}

Desktop Excel does not exist on Linux. Next steps:
  1. Preview in a browser (no Excel needed): ${base}/taskpane.html
     (the certificate comes from office-addin-dev-certs; see README "Trusting the dev certificate on Linux")
  2. Sideload into Excel on the web: open a workbook at https://www.office.com, then
     Home > Add-ins > More Settings > Upload My Add-in, and choose ${path.join(ROOT, 'manifest.xml')}
     — or let the tool do it:  npm start -- web --document <URL of the workbook>
Stop with Ctrl+C.
`);
  run(bin('webpack'), ['serve', '--mode', 'development']);
}
