/** Two projects: pure code runs under node, the task pane under jsdom. */
const tsJest = ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', ignoreDeprecations: '6.0', isolatedModules: true } }];
const common = {
  // pdf.js ships ES modules only: tests/jest/esm-to-commonjs.js makes them CommonJS for jest.
  transform: { '^.+\\.tsx?$': tsJest, '/node_modules/pdfjs-dist/.+\\.mjs$': '<rootDir>/tests/jest/esm-to-commonjs.js' },
  transformIgnorePatterns: ['/node_modules/(?!pdfjs-dist/)'],
  moduleNameMapper: {
    // office-addin-manifest's entry pulls ESM-only packages; office-addin-mock only needs this file.
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
};
module.exports = {
  projects: [
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'], testPathIgnorePatterns: ['/e2e/'] },
    {
      ...common,
      displayName: 'jsdom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
      testPathIgnorePatterns: ['/e2e/'],
      setupFiles: ['<rootDir>/tests/jest/jsdom-text-decoder.ts', '<rootDir>/tests/jest/jsdom-resize-observer.ts'],
    },
  ],
  // The core decides everything a planner sees: `npm test` keeps its line coverage at 90% or more.
  collectCoverageFrom: ['src/core/**/*.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { './src/core/': { lines: 90 } },
};
