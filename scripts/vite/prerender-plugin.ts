import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import type { PrerenderedView } from '../../src/app/prerender.tsx';
import {
  FIRST_VIEW_DATA_META,
  LATER_STYLES_ATTRIBUTE,
  PRERENDER_ATTRIBUTE,
} from '../../src/app/prerender-markers.ts';
import { appEntryMetaHtml, appLoaderHtml, firstViewGuardHtml } from './first-view-guard.ts';

type OutputBundle = Rollup.OutputBundle;

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Points `fetch` for relative addresses at the build's output folder, as the browser would
 * fetch them beside index.html; returns the function that puts the real `fetch` back.
 */
function fetchFrom(outDir: string, served: string[]): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const address = input instanceof Request ? input.url : String(input);
    if (/^[a-z][a-z0-9+.-]*:/i.test(address)) return original(input, init);
    const file = resolve(outDir, decodeURIComponent(address.split(/[?#]/)[0] ?? ''));
    if (!file.startsWith(outDir + sep) || !existsSync(file))
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    served.push(address);
    return new Response(readFileSync(file), {
      status: 200,
      headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' },
    });
  };
  return () => {
    globalThis.fetch = original;
  };
}

/**
 * The stylesheet written into the page instead of linked: the first paint does not wait for
 * another request (about 4 KB gzip; the page's policy allows inline styles).
 */
function inlineStylesheets(html: string, bundle: OutputBundle | undefined): string {
  if (!bundle) return html;
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
    (link, file: string) => {
      const asset = bundle[file];
      return asset?.type === 'asset' && typeof asset.source === 'string'
        ? `<style>${asset.source}</style>`
        : link;
    },
  );
}

/** Where the first screen ends in the prerendered view: its first chart's table twin. */
const FIRST_TABLE_TWIN = '<details class="chart-frame__table"';

/**
 * Links the styles after the first screen just before the first table twin, not in the head.
 * Chromium does not parse past a stylesheet link in the body until it has loaded, and paints
 * what it has parsed meanwhile: the chart is painted before the table and everything after it
 * are parsed and laid out (first frame with the chart, medians of cold loads: 96-104 ms, was
 * 116-124). On localhost the preload scanner's request sometimes comes back before parsing
 * starts; the page is then painted whole in one frame, as before.
 */
function withLaterStyles(html: string, stylesheet: string | undefined): string {
  if (!stylesheet) throw new Error('the app has no stylesheet for after the first screen');
  const at = html.indexOf(FIRST_TABLE_TWIN);
  if (at < 0) throw new Error('the prerendered view has no table twin');
  const link = `<link rel="stylesheet" href="./${stylesheet}" ${LATER_STYLES_ATTRIBUTE}="" />`;
  return html.slice(0, at) + link + html.slice(at);
}

/**
 * Prerenders the first view into the built index.html (issue 13): the indicator view's chart,
 * legend, table and source line are in the first paint and readable without JavaScript, and
 * the browser hydrates that markup. Runs after the data files are copied (it reads what the
 * build ships), by building src/app/prerender.tsx for Node and calling it.
 */
export function prerenderPlugin(projectRoot: string): Plugin {
  let config: ResolvedConfig;
  /** The stylesheet of src/app/start.tsx: the styles after the first screen (styles-later.css). */
  let laterStyles: string | undefined;
  return {
    name: 'atlas-prerender',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const guarded = html.replace('</title>', `</title>\n    ${firstViewGuardHtml()}`);
        return inlineStylesheets(guarded, context.bundle);
      },
    },
    writeBundle(_options, bundle) {
      const start = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith('/src/app/start.tsx'),
      );
      laterStyles =
        start?.type === 'chunk' ? [...(start.viteMetadata?.importedCss ?? [])][0] : undefined;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        // Inside the project, so Node finds the libraries the Node build leaves external.
        const cache = join(projectRoot, 'node_modules', '.cache');
        mkdirSync(cache, { recursive: true });
        const work = mkdtempSync(join(cache, 'atlas-prerender-'));
        try {
          await build({
            configFile: config.configFile,
            root: config.root,
            mode: config.mode,
            logLevel: 'warn',
            build: {
              ssr: resolve(projectRoot, 'src/app/prerender.tsx'),
              outDir: work,
              emptyOutDir: true,
              copyPublicDir: false,
            },
          });
          const entry = pathToFileURL(join(work, 'prerender.js')).href;
          const { prerenderFirstView } = (await import(entry)) as {
            prerenderFirstView: () => Promise<PrerenderedView>;
          };
          const served: string[] = [];
          const restoreFetch = fetchFrom(outDir, served);
          let view: PrerenderedView;
          try {
            view = await prerenderFirstView();
          } finally {
            restoreFetch();
          }
          const indexFile = join(outDir, 'index.html');
          const page = readFileSync(indexFile, 'utf8');
          if (!page.includes('<div id="root"></div>'))
            throw new Error('index.html has no empty #root');
          // Named for the entry, which asks for them once the page is parsed: as preload links
          // in the head they competed with the first paint.
          const preloads = `<meta name="${FIRST_VIEW_DATA_META}" content="${served.map((file) => `./${encodeURI(file)}`).join(' ')}" />`;
          // The entry is added by the loader once the page is painted (see APP_LOADER_SCRIPT).
          const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(
            page,
          );
          if (!entryTag?.[1]) throw new Error('index.html has no module entry script');
          writeFileSync(
            indexFile,
            page
              .replace(entryTag[0], '')
              .replace('</head>', `  ${preloads}\n    ${appEntryMetaHtml(entryTag[1])}\n  </head>`)
              .replace('</body>', `  ${appLoaderHtml()}\n  </body>`)
              .replace(
                '<div id="root"></div>',
                `<div id="root" ${PRERENDER_ATTRIBUTE}="${view.fingerprint}">${withLaterStyles(view.html, laterStyles)}</div>`,
              ),
          );
        } catch (error) {
          // The app still works without it: it draws the first view in the browser instead.
          config.logger.warn(
            `index.html is not prerendered: ${error instanceof Error ? error.message : String(error)}`,
          );
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      },
    },
  };
}
