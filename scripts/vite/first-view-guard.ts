import { createHash } from 'node:crypto';
import {
  APP_ENTRY_META,
  APP_READY_ATTRIBUTE,
  EARLY_EVENTS_GLOBAL,
  OTHER_VIEW_CLASS,
  PRERENDER_ATTRIBUTE,
} from '../../src/app/prerender-markers.ts';

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
const HIDE_OTHER_VIEW = `if(${OPENS_ANOTHER_VIEW})document.documentElement.classList.add('${OTHER_VIEW_CLASS}');`;

/**
 * The recorder, in the head too: the prerendered page looks ready well before the app has
 * taken it over, so until then it keeps each click, key press and choice made in it (with the
 * element, which hydration keeps) for the app to replay once live. Links are left to work as
 * links; a checkbox is not ticked natively, so the replayed click ticks it once. Tab moves focus
 * natively; keys typed into a field or list are kept by the field's own input and change.
 * Only on prerendered markup: where the app draws afresh it takes the mark off #root first,
 * so a click the app has already answered is never replayed.
 */
const RECORD_EARLY_EVENTS = `{const q=window.${EARLY_EVENTS_GLOBAL}=[],h=document.documentElement,keep=e=>{const t=e.target;if(h.hasAttribute('${APP_READY_ATTRIBUTE}')||!e.isTrusted||!(t instanceof Element)||!t.closest('#root[${PRERENDER_ATTRIBUTE}]'))return;if(e.type==='click'){if(t.closest('a[href]'))return;if(t.matches('input[type=checkbox],input[type=radio]'))e.preventDefault();q.push({type:'click',target:t})}else if(e.type==='keydown'){if(e.key==='Tab'||e.ctrlKey||e.metaKey||e.altKey||t.matches('input,select,textarea'))return;q.push({type:'keydown',target:t,key:e.key,shiftKey:e.shiftKey})}else q.push({type:e.type,target:t,value:t.value})};for(const type of['click','keydown','input','change'])document.addEventListener(type,keep,true)}`;

const FIRST_VIEW_GUARD_SCRIPT = HIDE_OTHER_VIEW + RECORD_EARLY_EVENTS;

const FIRST_VIEW_GUARD_STYLE = `.${OTHER_VIEW_CLASS} #root{visibility:hidden}`;

/**
 * The loader, at the end of the body: adds the app's entry script once the first frame has been
 * drawn (the second frame's callbacks run after it), or at once on a link to another view
 * (nothing of the first view is shown). As a `<script type="module">` the entry was fetched and
 * run while the first frame was rastered, on a 2-core machine. Median of 51 cold loads, first
 * frame with the chart: 124 ms as a module script, 120 ms after one frame, 112 ms after two.
 * Fetching the chunks to go live as modulepreloads (from here, or as links in the page) made
 * the first chart 45 ms later, the preloads competing with its paint, and the page live only
 * about 20 ms sooner than fetching them from the entry (medians of 21 interleaved cold loads).
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
