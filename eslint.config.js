import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import testingLibrary from 'eslint-plugin-testing-library';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns for each layer of src/, so a rule can forbid the layers above a file. */
const layer = (name) => [`**/${name}`, `**/${name}/**`, `../${name}/*`, `./${name}/*`];
const uiLibraries = [
  'react',
  'react-dom',
  'react/*',
  'zustand',
  'zustand/*',
  '@tanstack/*',
  'recharts',
];

/** Every view folder, read from src/views/ (shared/ is what views share, not a view). */
const VIEW_FOLDERS = readdirSync(join(import.meta.dirname, 'src', 'views'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

/**
 * What a pure layer may not touch: the page, the clock or chance. A statistic or a model that
 * reads them cannot be tested against published values, or gives two answers to one question.
 */
const pure = {
  'no-restricted-globals': [
    'error',
    ...[
      'window',
      'document',
      'navigator',
      'localStorage',
      'sessionStorage',
      'fetch',
      'performance',
    ].map((name) => ({ name, message: 'stats/ and model/ are pure: no page, network or clock.' })),
  ],
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: 'Pure code takes a seeded generator, never Math.random.',
    },
    { object: 'Date', property: 'now', message: 'Pure code takes the time as an argument.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Pure code takes the time as an argument, never new Date().',
    },
  ],
};

/** Layers are one-way: domain → data → stats → state → charts → views (see docs/architecture.md). */
const restrict = (forbiddenLayers, { ui = false } = {}) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: forbiddenLayers.flatMap(layer),
          message: 'Layers are one-way: see docs/architecture.md.',
        },
        ...(ui
          ? [{ group: uiLibraries, message: 'This layer is pure: no React, stores or queries.' }]
          : []),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'data', '.scratch', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A scrolling table region must take keyboard focus to be scrolled (axe scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      // Two modules that import each other have no order to load or to reason in.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      // The cycle rule reads each imported module: TypeScript files are parsed as TypeScript.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // A test may assert through a helper (expectRow(...)); the helper's expect counts.
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect*', 'assert*', 'check*'] }],
      // expect(value, 'what failed, where') names the file, row and column of a failure.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  {
    files: ['test/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // Charts are SVG: their marks have no role or label to query by, so tests find a mark by
      // its data-code and read its fill, as a user reads the picture.
      'testing-library/no-node-access': 'off',
      'testing-library/no-container': 'off',
    },
  },
  // Reference tests walk the publisher's own rows, and a row's case decides what is checked
  // (PHEindicatormethods gives NA, or fewer than 10 events): the branch is the published case.
  {
    files: ['test/stats/*-reference.test.ts', 'test/stats/intervals-edge-cases.test.ts'],
    rules: { 'vitest/no-conditional-expect': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: restrict(['data', 'stats', 'state', 'charts', 'views', 'export', 'components', 'app'], {
      ui: true,
    }),
  },
  {
    files: ['src/data/**'],
    ignores: ['src/data/use-*.ts'],
    rules: restrict(['stats', 'state', 'charts', 'views', 'export', 'components', 'app'], {
      ui: true,
    }),
  },
  // The query hooks are data's only React: still never a store, a chart or a view.
  {
    files: ['src/data/use-*.ts'],
    rules: restrict(['stats', 'state', 'charts', 'views', 'export', 'components', 'app']),
  },
  {
    files: ['src/stats/**'],
    rules: {
      ...restrict(['data', 'state', 'charts', 'views', 'export', 'components', 'app'], {
        ui: true,
      }),
      ...pure,
    },
  },
  {
    files: ['src/model/**'],
    rules: {
      ...restrict(['data', 'state', 'charts', 'views', 'export', 'components', 'app'], {
        ui: true,
      }),
      ...pure,
    },
  },
  // No view imports another view: what two views share lives in model/, charts/ or views/shared.
  ...VIEW_FOLDERS.map((view) => ({
    files: [`src/views/${view}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: VIEW_FOLDERS.filter((other) => other !== view).flatMap((other) => [
                `../${other}/*`,
                `**/views/${other}/**`,
              ]),
              message: 'A view never imports another view: share through model/ or views/shared.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/state/**'],
    rules: restrict(['model', 'charts', 'views', 'export', 'components', 'app']),
  },
  // Charts draw props and build specs: never data loading, stores, exports or views.
  {
    files: ['src/charts/**'],
    rules: restrict(['data', 'state', 'views', 'export', 'components', 'app']),
  },
  // Components are generic controls: they know the domain's types and nothing else of ours.
  {
    files: ['src/components/**'],
    rules: restrict(['data', 'stats', 'model', 'state', 'charts', 'views', 'export', 'app']),
  },
  {
    files: ['src/export/**'],
    rules: restrict(['state', 'views', 'app']),
  },
  prettier,
);
