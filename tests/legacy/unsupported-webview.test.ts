/** @jest-environment jsdom */
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = fs.readFileSync(path.join(ROOT, 'src', 'legacy', 'unsupported-webview.js'), 'utf8');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const MANIFEST_FUNCTIONS = [...MANIFEST.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);

const MESSAGE_VI =
  'Phiên bản Excel này không chạy được Theo dõi Kế hoạch: trình duyệt nhúng của nó (Internet Explorer 11 hoặc Edge cũ) ' +
  'không chạy được JavaScript hiện đại. Hãy dùng Microsoft 365 hoặc Excel 2021 trở lên trên Windows, Excel trên web, ' +
  'hoặc Excel for Mac bản hiện hành.';
const MESSAGE_EN =
  'This version of Excel cannot run Plan Tracker: its built-in browser (Internet Explorer 11 or the old Edge) cannot ' +
  'run modern JavaScript. Use Microsoft 365 or Excel 2021 or later on Windows, Excel on the web, or the current Excel for Mac.';

type Handler = (event: { completed: () => void }) => void;

/** Runs the script as a classic <script> would, in this jsdom window, with `office` as the Office global. */
function runScript(office: unknown): void {
  (window as unknown as { Office: unknown }).Office = office;
  window.eval(SCRIPT);
}

afterEach(() => {
  delete (window as unknown as { Office?: unknown }).Office;
  for (const name of MANIFEST_FUNCTIONS) delete (window as unknown as Record<string, unknown>)[name];
  document.body.innerHTML = '';
});

test('the fallback is ES5, so Internet Explorer 11 can parse it', () => {
  expect(() => acorn.parse(SCRIPT, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  expect(() => acorn.parse('const a = 1;', { ecmaVersion: 5 })).toThrow();
});

test('in the task pane it replaces the loading text by the Vietnamese then English explanation', () => {
  document.body.innerHTML = '<div id="root"><p>Đang khởi động…</p></div>';
  runScript(undefined);
  const paragraphs = [...document.querySelectorAll('#root p')].map((p) => [p.getAttribute('lang'), p.textContent]);
  expect(paragraphs).toEqual([
    ['vi', MESSAGE_VI],
    ['en', MESSAGE_EN],
  ]);
});

test('in the commands page every ribbon function is associated and completes its event', () => {
  const associated: Record<string, Handler> = {};
  runScript({ actions: { associate: (name: string, handler: Handler) => (associated[name] = handler) } });
  expect(MANIFEST_FUNCTIONS).toEqual(['loadPlan', 'validatePlan', 'summarizePlan']);
  expect(Object.keys(associated)).toEqual(MANIFEST_FUNCTIONS);
  for (const name of MANIFEST_FUNCTIONS) {
    const completed = jest.fn();
    associated[name]({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  }
});

test('without Office.actions (older office.js) the ribbon functions are globals that complete their event', () => {
  runScript({});
  for (const name of MANIFEST_FUNCTIONS) {
    const completed = jest.fn();
    (window as unknown as Record<string, Handler>)[name]({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  }
});

test.each([
  ['task pane', 'src/taskpane/taskpane.html'],
  ['commands', 'src/commands/commands.html'],
])('the %s page loads the fallback for browsers without modules', (_page, template) => {
  const html = fs.readFileSync(path.join(ROOT, template), 'utf8');
  expect(html).toContain('<script nomodule src="legacy/unsupported-webview.js"></script>');
});

test('webpack copies the fallback as is to the path the pages name', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ plugins: object[] }>;
  const config = await makeConfig({}, { mode: 'development' });
  const patterns = config.plugins.flatMap((plugin) => (plugin as { patterns?: object[] }).patterns ?? []);
  expect(patterns).toContainEqual({ from: 'src/legacy/unsupported-webview.js', to: 'legacy/unsupported-webview.js' });
});
