import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers: app -> ui -> store -> core. Each zone lists what it may not import.
const coreBans = {
  paths: [],
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'src/core is pure TypeScript: no React.' },
    { group: ['zustand', 'zustand/*', 'idb', 'idb-keyval', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'src/core does not touch stores or storage.' },
    { group: ['@tiptap/*', 'react-router', 'react-router/*'], message: 'src/core does not depend on UI libraries.' },
    { group: ['**/store/**', '**/ui/**', '**/app/**'], message: 'Imports flow app -> ui -> store -> core, never back.' },
  ],
};
const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'history'];

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'playwright-report', 'test-results', 'bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', coreBans],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core runs in plain Node: no browser globals.' }))],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/app/**', 'react-router', 'react-router/*'], message: 'store sits below ui and app.' }] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/**'], message: 'ui sits below app.' }] }],
    },
  },
  {
    // The CLI is a Node layer on top of core: files and processes, but no app, store, UI or browser.
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...coreBans.patterns.slice(0, 3), { group: ['**/store/**', '**/ui/**', '**/app/**'], message: 'src/cli stands on src/core alone: no app, store or UI code.' }] }],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/cli runs in Node: no browser globals.' }))],
    },
  },
  {
    // The sync server is a Node layer on top of core, like the CLI.
    files: ['src/server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...coreBans.patterns.slice(0, 3), { group: ['**/store/**', '**/ui/**', '**/app/**', '**/cli/**'], message: 'src/server stands on src/core alone: no app, store, UI or CLI code.' }] }],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/server runs in Node: no browser globals.' }))],
    },
  },
  {
    files: ['*.{js,ts}', 'bin/**/*.js', 'e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'src/cli/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
