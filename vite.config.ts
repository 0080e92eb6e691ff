import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin, dataFilesPlugin } from './scripts/vite/data-files-plugin.ts';
import { firstViewChunkName } from './scripts/vite/first-view-chunk.ts';
import { prerenderPlugin } from './scripts/vite/prerender-plugin.ts';
import { SECURITY_HEADERS, securityHeadersPlugin } from './scripts/vite/security-headers.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

export default defineConfig({
  // Relative base: the built app works from any static host and any sub-path.
  base: './',
  // The Atlas's version, recorded in every saved snapshot.
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    react(),
    dataFilesPlugin(projectRoot),
    contentSecurityPolicyPlugin(),
    securityHeadersPlugin(),
    prerenderPlugin(projectRoot),
  ],
  server: { port: 5173 },
  // The preview (and the end-to-end tests) send the headers a real host should send.
  preview: { port: 4173, headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The chunk graph, read by the size budgets (test/e2e/size-budget.spec.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // The libraries the first chart needs, in chunks of their own: no chunk over 500 kB, and
        // the app's own code can change without invalidating them in a browser's cache.
        codeSplitting: {
          // A group takes only the modules it names: d3, which our own charts share with
          // Recharts, is not pulled into Recharts' chunk (the first view does not load it).
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'react',
              // Not react-dom's server renderer: only the image export draws with it (about
              // 190 kB, which sat in this chunk on the way to the first view going live).
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/](?!server|cjs[\\/]react-dom-server)/,
              priority: 2,
            },
            {
              name: 'recharts',
              test: /[\\/]node_modules[\\/](recharts|victory-vendor|@reduxjs|react-redux|redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|use-sync-external-store)[\\/]/,
              priority: 1,
            },
            { name: firstViewChunkName(projectRoot), debugName: 'first-view', priority: 0 },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          // Rendering the whole app in jsdom takes seconds on a loaded 2-core machine.
          testTimeout: 30_000,
          include: ['test/**/*.test.tsx'],
          setupFiles: ['test/setup/component-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.spec.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
