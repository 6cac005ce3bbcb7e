// ESLint over every .ts/.tsx (typed rules from typescript-eslint) and the Node scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import * as espree from 'espree';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'out/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core is pure: no DOM, no Office, no Node.
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'require'],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'react', 'exceljs', 'office-*'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Runs in Internet Explorer 11 as written: ES5 syntax only, a classic browser script. ESLint's
    // own parser, since typescript-eslint's accepts any syntax whatever ecmaVersion says.
    files: ['src/legacy/**/*.js'],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser, Office: 'readonly' } },
  },
);
