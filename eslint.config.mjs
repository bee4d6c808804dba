// Lint, including the layering rule (ARCHITECTURE.md "Layers"): each folder may import only
// what its layer allows, so a crossing fails `npm test`. test/unit/lint/layering.test.ts proves it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import domainBoundaries from './eslint-rules/domain-boundaries.mjs';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'node:*'];
const nativeAndShell = ['electron', 'electron/*', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'electron-store'];

const restrict = (paths, patterns, message) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((pattern) => ({ message, ...pattern })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'native/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'bench/**', 'test/**', 'electron/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS launchers (bin/prw.cjs) load the bundle with require by design.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict(
        [...nodeBuiltins, ...nativeAndShell, 'react', 'react-dom', 'zustand'],
        [{ group: ['**/electron/**', '**/renderer/**', '**/test/**', 'react-dom/*'] }],
        'shared/ is pure TypeScript: no Node, Electron, DOM or UI code, and nothing of ours outside shared/.',
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', '__dirname', 'fetch'].map(
          (name) => ({ name, message: 'shared/ runs everywhere: it may not use host globals (DOM or Node).' }),
        ),
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(
      ['electron', 'electron-store', 'react', 'react-dom'],
      [{ group: ['electron/*', '**/electron/main/**', '**/main/**', '**/preload/**', '**/renderer/**'] }],
      'The core never imports Electron or UI code: take what you need through a port (electron/services/ports.ts).',
    ),
  },
  {
    // Domains reach each other only through index.ts; chronology, documents and terms stand on the
    // kernel, the export path and the PDF engine only (test/unit/lint/domain-boundaries.test.ts).
    files: ['electron/services/**/*.ts'],
    plugins: { local: { rules: { 'domain-boundaries': domainBoundaries } } },
    rules: {
      'local/domain-boundaries': [
        'error',
        { only: { chronology: ['kernel', 'exports', 'pdf'], documents: ['kernel', 'exports', 'pdf'], terms: ['kernel', 'exports', 'pdf'], kernel: ['workspace'] } },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, 'electron-store', 'better-sqlite3-multiple-ciphers', 'react'],
      [{ group: ['**/services/**', '**/main/**', '**/renderer/**'] }],
      'The preload only builds window.api from the contract.',
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict([], [{ group: ['**/renderer/**', '**/preload/**'] }], 'Main wires services to Electron; it does not import the renderer or preload.'),
  },
  {
    // The e2e test host serves the renderer through this file under plain Node, where 'electron'
    // is only a path string: so Node and shared/ only, and nothing of main's that could bring Electron in.
    files: ['electron/main/app-files.ts'],
    rules: restrict(
      [...nativeAndShell, 'react', 'react-dom'],
      // Any relative import but shared/ (electron/main/ is two folders down from it).
      [{ group: ['electron/*'] }, { regex: '^\\.\\.?/(?!\\.\\./shared(/|$))' }],
      'app-files.ts is also served by the e2e test host under plain Node: it may import only Node modules and shared/.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.mts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, ...nativeAndShell],
        [
          { group: ['**/electron/preload/**'], allowTypeImports: true },
          { group: ['**/electron/**', '!**/electron/preload/**', '**/test/**', '**/scripts/**', '**/bench/**'] },
        ],
        'The renderer imports only shared/ (and types from the preload API); it reaches the core through renderer/lib/api.ts.',
      ),
    },
  },
);
