import { createHash } from 'node:crypto';
import { APP_ENTRY_META, OTHER_VIEW_CLASS } from '../../src/app/prerender-markers.ts';

/**
 * The built index.html holds the first view drawn at build time (scripts/vite/prerender-plugin.ts).
 * Two inline scripts look after it, each allowed by its hash in the Content-Security-Policy.
 */

/** A link with parameters opens another view or indicator than the one prerendered. */
const OPENS_ANOTHER_VIEW = 'location.search.length>1';

/**
 * The guard, in the head: on a link to another view it hides the prerendered markup before the
 * page is first painted, so nobody sees a chart they did not ask for while the scripts load.
 * src/app/start.tsx shows the page again once it has drawn the right view.
 */
const FIRST_VIEW_GUARD_SCRIPT = `if(${OPENS_ANOTHER_VIEW})document.documentElement.classList.add('${OTHER_VIEW_CLASS}')`;

const FIRST_VIEW_GUARD_STYLE = `.${OTHER_VIEW_CLASS} #root{visibility:hidden}`;

/**
 * The loader, at the end of the body: adds the app's entry script once the first frame has been
 * drawn (the second frame's callbacks run after it), or at once on a link to another view
 * (nothing of the first view is shown). As a `<script type="module">` the entry was fetched and
 * run while the first frame was rastered, on a 2-core machine. Median of 51 cold loads, first
 * frame with the chart: 124 ms as a module script, 120 ms after one frame, 112 ms after two.
 */
const APP_LOADER_SCRIPT = `{const s=document.createElement('script');s.type='module';s.src=document.querySelector('meta[name="${APP_ENTRY_META}"]').content;const load=()=>document.head.append(s);${OPENS_ANOTHER_VIEW}?load():requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(load)))}`;

/** A script's CSP source expression: 'sha256-<base64 of its SHA-256>'. */
const cspHash = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

export const FIRST_VIEW_GUARD_HASH = cspHash(FIRST_VIEW_GUARD_SCRIPT);
export const APP_LOADER_HASH = cspHash(APP_LOADER_SCRIPT);

export const firstViewGuardHtml = (): string =>
  `<style>${FIRST_VIEW_GUARD_STYLE}</style>\n    <script>${FIRST_VIEW_GUARD_SCRIPT}</script>`;

/** The entry named in the head, for the loader at the end of the body. */
export const appEntryMetaHtml = (entry: string): string =>
  `<meta name="${APP_ENTRY_META}" content="${entry}" />`;

export const appLoaderHtml = (): string => `<script>${APP_LOADER_SCRIPT}</script>`;
