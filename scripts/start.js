#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload into desktop Excel as `office-addin-debugging start`
// does. On Linux there is no desktop Excel: start the dev server, and say "ready" with what to do
// next only once the bundle has compiled (before that the pane's URL answers nothing useful).
// `npm start -- web --document URL` sideloads into Excel on the web on any system.
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function readyMessage(base) {
  return `
✓ Sẵn sàng / ready: ${base}/  (the task pane; ${base}/taskpane.html)

Desktop Excel does not exist on Linux. Next steps:
  1. Preview in a browser (no Excel needed): ${base}/
     (the certificate comes from office-addin-dev-certs; see README "Trusting the dev certificate on Linux")
  2. Sideload into Excel on the web: open a workbook at https://www.office.com, then
     Home > Add-ins > More Settings > Upload My Add-in, and choose ${path.join(ROOT, 'manifest.xml')}
     — or let the tool do it:  npm start -- web --document <URL of the workbook>
Changes rebuild on save. Stop with Ctrl+C.
`;
}

/** The dev server through webpack-dev-server's API, so "ready" follows the compiler, not a guess. */
async function serve() {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = await require(path.join(ROOT, 'webpack.config.js'))({ WEBPACK_SERVE: true }, { mode: 'development' });
  config.mode = 'development';
  // Errors and warnings are printed below, once, before saying whether the pane is ready.
  config.stats = 'none';
  const compiler = webpack(config);
  const base = `https://localhost:${port}`;
  console.log(`Theo dõi Kế hoạch — đang biên dịch / compiling for ${base} …`);
  let listening = false;
  let compiled = null; // null until the first build ends; then whether it had errors
  let announced = false;
  const announce = () => {
    if (!listening || compiled === null) return;
    if (compiled === 'errors') {
      console.error(`\n✗ Chưa sẵn sàng / not ready: the bundle has errors (above). Fix them; it rebuilds on save.\n`);
    } else if (!announced) {
      announced = true;
      console.log(readyMessage(base));
    } else {
      console.log(`✓ Đã biên dịch lại / rebuilt — reload the pane.`);
    }
  };
  compiler.hooks.done.tap('plan-tracker-ready', (stats) => {
    const problems = stats.toString({ all: false, errors: true, warnings: true, colors: true });
    if (problems.trim()) console.log(problems);
    compiled = stats.hasErrors() ? 'errors' : 'ok';
    announce();
  });
  const server = new WebpackDevServer(config.devServer, compiler);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      server.stop().finally(() => process.exit(0));
    });
  }
  await server.start();
  listening = true;
  announce();
}

if (process.platform !== 'linux' || args[0] === 'web') {
  run(bin('office-addin-debugging'), ['start', 'manifest.xml', ...args]);
} else {
  serve().catch((error) => {
    console.error(`✗ The dev server did not start: ${error.message}`);
    process.exit(1);
  });
}
