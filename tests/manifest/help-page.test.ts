import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const HELP_SOURCE = path.join(ROOT, 'src', 'help', 'help.html');

interface CopyPattern {
  from: string;
  to: string;
}

/** The copy patterns the production webpack config hands to CopyWebpackPlugin. */
async function productionCopyPatterns(): Promise<CopyPattern[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ plugins: object[] }>;
  // The config warns that this build's manifest still points at localhost: expected here.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const config = await makeConfig({}, { mode: 'production' });
  warn.mockRestore();
  return config.plugins.flatMap((plugin) => ((plugin as { patterns?: CopyPattern[] }).patterns ?? []));
}

test('SupportUrl and the GetStarted LearnMoreUrl both point at the help page', () => {
  expect(MANIFEST).toContain('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>');
  expect(MANIFEST).toContain('<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>');
  expect(MANIFEST).toContain('<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"/>');
});

test('the build ships the help page at the URL the manifest names', async () => {
  expect(fs.existsSync(HELP_SOURCE)).toBe(true);
  const patterns = await productionCopyPatterns();
  expect(patterns).toContainEqual({ from: 'src/help/help.html', to: 'help.html' });
});

test('the help page says, in Vietnamese first and then English, what it does, how to sideload, where data stays and whom to contact', () => {
  const html = fs.readFileSync(HELP_SOURCE, 'utf8');
  expect(html).toMatch(/<html lang="vi">/);
  const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
  expect(headings).toEqual([
    'Phần bổ trợ làm gì',
    'Cài đặt (nạp phần bổ trợ)',
    'Dữ liệu nằm ở đâu',
    'Liên hệ',
    'What the add-in does',
    'Installing (sideloading)',
    'Where your data stays',
    'Contact',
  ]);
  expect(html).toContain('lang="en"');
  expect(html).toContain('[Tên đơn vị, người phụ trách, số điện thoại, email hỗ trợ]');
  expect(html).toContain('[Organisation, person in charge, phone, support email]');
});

test('no AppDomain repeats the origin of the SourceLocation (Office trusts that one already)', () => {
  const source = /<SourceLocation DefaultValue="([^"]+)"\/>/.exec(MANIFEST)![1];
  const appDomains = [...MANIFEST.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
  expect(appDomains).not.toContain(new URL(source).origin);
});
