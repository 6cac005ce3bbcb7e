/** Browser tests: real Chromium against the production build (run through scripts/e2e.js). */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', ignoreDeprecations: '6.0', isolatedModules: true } }] },
  testTimeout: 60000,
  maxWorkers: 1,
};
