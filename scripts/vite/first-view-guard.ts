import { createHash } from 'node:crypto';
import { OTHER_VIEW_CLASS } from '../../src/app/prerender-markers.ts';

/**
 * The built index.html holds the first view drawn at build time (scripts/vite/prerender-plugin.ts).
 * A link with parameters opens another view or indicator, so before the page is first painted
 * this hides the prerendered markup on such links: nobody sees a chart they did not ask for
 * while the scripts load. src/app/start.tsx shows the page again once it has drawn the right view.
 * Inline, so it runs before the first paint; allowed by its hash in the Content-Security-Policy.
 */
export const FIRST_VIEW_GUARD_SCRIPT = `if(location.search.length>1)document.documentElement.classList.add('${OTHER_VIEW_CLASS}')`;

export const FIRST_VIEW_GUARD_STYLE = `.${OTHER_VIEW_CLASS} #root{visibility:hidden}`;

/** The script's CSP source expression: 'sha256-<base64 of its SHA-256>'. */
export const FIRST_VIEW_GUARD_HASH = `'sha256-${createHash('sha256').update(FIRST_VIEW_GUARD_SCRIPT).digest('base64')}'`;

export const firstViewGuardHtml = (): string =>
  `<style>${FIRST_VIEW_GUARD_STYLE}</style>\n    <script>${FIRST_VIEW_GUARD_SCRIPT}</script>`;
