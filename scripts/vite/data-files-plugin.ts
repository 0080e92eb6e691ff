import { APP_LOADER_HASH, FIRST_VIEW_GUARD_HASH } from './first-view-guard.ts';
import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The app fetches its published data at run time from `data/` beside index.html, so that
 * `npm run data:update` can replace it without a rebuild. The dev server already serves the
 * project root; this copies `data/` into the build output so `vite preview` and any static
 * host serve the same files.
 */
export function dataFilesPlugin(projectRoot: string): Plugin {
  let outDir = resolve(projectRoot, 'dist');
  return {
    name: 'atlas-data-files',
    // Not for the prerender's Node build (scripts/vite/prerender-plugin.ts): it reads dist/.
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const source = resolve(projectRoot, 'data');
      // ATLAS_BUNDLED_ONLY=1 leaves out data/local/ (the tests' builds must not depend on it).
      const bundledOnly = process.env.ATLAS_BUNDLED_ONLY === '1';
      const local = resolve(source, 'local');
      if (existsSync(source))
        cpSync(source, resolve(outDir, 'data'), {
          recursive: true,
          filter: (path) => !(bundledOnly && path.startsWith(local)),
        });
    },
  };
}

/**
 * A strict Content-Security-Policy for the built app. Dev mode injects inline scripts for
 * hot reload, so the policy is only added at build time. Inline style attributes are allowed
 * because Recharts positions SVG elements with them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The inline first-view guard and app loader only, by their hashes (first-view-guard.ts).
  `script-src 'self' ${FIRST_VIEW_GUARD_HASH} ${APP_LOADER_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}
