// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withProductionUrl, localhostManifestWarning } = require('../../scripts/manifest-url') as {
  withProductionUrl: (m: string, url?: string) => string;
  localhostManifestWarning: (mode: string | undefined, url?: string) => string | undefined;
};
import * as fs from 'fs';
import * as path from 'path';

const manifest = fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');

test('a production build names the production host everywhere the dev server was named', () => {
  const out = withProductionUrl(manifest, 'https://planner.example.vn/plan-tracker');
  expect(out).not.toContain('localhost');
  expect(out).toContain('<SourceLocation DefaultValue="https://planner.example.vn/plan-tracker/taskpane.html"/>');
  expect(out).toContain('<SupportUrl DefaultValue="https://planner.example.vn/plan-tracker/help.html"/>');
  expect(out).toContain('<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://planner.example.vn/plan-tracker/help.html"/>');
  expect(out).toContain('DefaultValue="https://planner.example.vn/plan-tracker/assets/icon-16.png"');
});

test('without ADDIN_PRODUCTION_URL the manifest is unchanged; a non-https URL is refused', () => {
  expect(withProductionUrl(manifest, undefined)).toBe(manifest);
  expect(() => withProductionUrl(manifest, 'http://insecure.example')).toThrow(/https/);
});

test('a production build without ADDIN_PRODUCTION_URL is warned that its manifest still points at localhost', () => {
  expect(localhostManifestWarning('production', undefined)).toBe(
    '[plan-tracker] ADDIN_PRODUCTION_URL is not set: dist/manifest.xml still points at https://localhost:3000/ and works only next to the dev server. Set ADDIN_PRODUCTION_URL=https://host/path/ for a deployment.',
  );
  expect(localhostManifestWarning('production', '')).toContain('ADDIN_PRODUCTION_URL is not set');
  expect(localhostManifestWarning('production', 'https://planner.example.vn/plan-tracker/')).toBeUndefined();
  expect(localhostManifestWarning('development', undefined)).toBeUndefined();
});
