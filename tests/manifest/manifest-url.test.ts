// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withProductionUrl } = require('../../scripts/manifest-url') as { withProductionUrl: (m: string, url?: string) => string };
import * as fs from 'fs';
import * as path from 'path';

const manifest = fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');

test('a production build names the production host everywhere the dev server was named', () => {
  const out = withProductionUrl(manifest, 'https://planner.example.vn/plan-tracker');
  expect(out).not.toContain('localhost');
  expect(out).toContain('<SourceLocation DefaultValue="https://planner.example.vn/plan-tracker/taskpane.html"/>');
  expect(out).toContain('<AppDomain>https://planner.example.vn/plan-tracker</AppDomain>');
  expect(out).toContain('DefaultValue="https://planner.example.vn/plan-tracker/assets/icon-16.png"');
});

test('without ADDIN_PRODUCTION_URL the manifest is unchanged; a non-https URL is refused', () => {
  expect(withProductionUrl(manifest, undefined)).toBe(manifest);
  expect(() => withProductionUrl(manifest, 'http://insecure.example')).toThrow(/https/);
});
