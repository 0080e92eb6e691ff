import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
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
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
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
    },
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
  {
    files: ['src/stats/**'],
    rules: restrict(['data', 'state', 'charts', 'views', 'export', 'components', 'app'], {
      ui: true,
    }),
  },
  {
    files: ['src/model/**'],
    rules: restrict(['data', 'state', 'charts', 'views', 'export', 'components', 'app'], {
      ui: true,
    }),
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
  {
    files: ['src/charts/**', 'src/components/**'],
    rules: restrict(['data', 'state', 'views', 'app']),
  },
  {
    files: ['src/export/**'],
    rules: restrict(['state', 'views', 'app']),
  },
  prettier,
);
