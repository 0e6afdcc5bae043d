import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Files that only tests run: they may use the MSW mocks.
const APP_TESTS = ['src/**/*.test.{ts,tsx}', 'src/test/**'];
const SERVER_TESTS = ['server/**/*.test.ts', 'server/test/**'];

/**
 * One layer of the code: `files` are the importers, each zone a folder they
 * must not import from (`except`: what inside it stays allowed). The layer
 * blocks never overlap, so each file gets exactly one set of zones.
 */
function layer(name, files, zones, ignores = []) {
  const options = { basePath: import.meta.dirname, zones: zones.map((zone) => ({ target: '.', ...zone })) };
  return { name: `layers/${name}`, files, ignores, rules: { 'import-x/no-restricted-paths': ['error', options] } };
}

const SHARED = 'src/shared runs in the browser and on the server: it imports only itself and packages.';
const APP_TO_SERVER = 'The app talks to the server over HTTP only (its tests may use mocks/).';
const SERVER_TO_APP = {
  from: 'src',
  except: ['shared', 'entry-server.tsx'],
  message: 'The server uses the app only through src/entry-server.tsx and src/shared.',
};
const NOT_TOOLS = 'scripts/ and e2e/ are tools: nothing the server or the app runs imports them.';
const MOCKS = 'mocks/ stands in for the server: it shares only src/shared with the app and the server.';
const TOOLS = 'scripts/ and e2e/ use the app over HTTP or in a browser; facts they share with it belong in src/shared.';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'data',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },

  // Layers. A zone only fires on an import the resolver finds, so a relative
  // import that does not resolve is an error too: nothing slips past unseen.
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: { 'import-x/no-unresolved': ['error', { ignore: ['^[^.]'] }] },
  },
  layer(
    'shared',
    ['src/shared/**'],
    [
      { from: 'src', except: ['shared'], message: SHARED },
      { from: ['server', 'mocks', 'scripts', 'e2e'], message: SHARED },
    ],
  ),
  layer(
    'app',
    ['src/**'],
    [
      { from: ['server', 'mocks'], message: APP_TO_SERVER },
      { from: ['scripts', 'e2e'], message: NOT_TOOLS },
    ],
    ['src/shared/**', ...APP_TESTS],
  ),
  layer(
    'app tests',
    APP_TESTS,
    [
      { from: 'server', message: APP_TO_SERVER },
      { from: ['scripts', 'e2e'], message: NOT_TOOLS },
    ],
    ['src/shared/**'],
  ),
  layer(
    'server',
    ['server/**'],
    [
      SERVER_TO_APP,
      { from: 'mocks', message: 'Only tests use mocks/.' },
      { from: ['scripts', 'e2e'], message: NOT_TOOLS },
    ],
    SERVER_TESTS,
  ),
  // Server tests may share helpers with the tools (e2e/free-port.ts).
  layer('server tests', SERVER_TESTS, [SERVER_TO_APP]),
  layer(
    'mocks',
    ['mocks/**'],
    [
      { from: 'src', except: ['shared'], message: MOCKS },
      // The mocks render Markdown with the server's own renderer, and name generated covers as it
      // does, so both serve the same body HTML and the same cover files.
      { from: 'server', except: ['content/render-body.ts', 'content/generated-cover.ts'], message: MOCKS },
      { from: ['scripts', 'e2e'], message: MOCKS },
    ],
  ),
  // scripts/ and e2e/ may import each other (e2e/free-port.ts serves both).
  layer(
    'tools',
    ['scripts/**', 'e2e/**'],
    [
      { from: 'src', except: ['shared'], message: TOOLS },
      { from: 'mocks', message: TOOLS },
    ],
  ),
);
