/**
 * The marks the build leaves in index.html for the browser (no imports: the entry reads them
 * before it loads the app).
 */

/** On #root: the fingerprint of the data the prerendered first view was drawn from. */
export const PRERENDER_ATTRIBUTE = 'data-prerendered';

/** On <html>, set by the inline guard: the link opens another view, so #root stays hidden. */
export const OTHER_VIEW_CLASS = 'atlas-other-view';

/**
 * A meta tag listing the data files the first view reads (space-separated, relative to the
 * page). The entry asks for them once the page is parsed: preloading them from the page's head
 * made them compete with its first paint.
 */
export const FIRST_VIEW_DATA_META = 'atlas-first-view-data';

/**
 * A meta tag naming the app's entry script. In a prerendered page the entry is not a
 * `<script type="module">` (the browser would fetch and run it while painting the page): an inline
 * loader adds it once the first frame is painted (scripts/vite/first-view-guard.ts).
 */
export const APP_ENTRY_META = 'atlas-entry';

/**
 * On the link to the styles after the first screen (src/app/styles-later.css), which the build
 * places inside the prerendered view just before its first table twin: the browser paints the
 * chart before it parses the rest. The app moves the link to the head before taking over #root.
 */
export const LATER_STYLES_ATTRIBUTE = 'data-later-styles';

/** On <html> from the moment the app is live: its handlers attached (src/app/app.tsx). */
export const APP_READY_ATTRIBUTE = 'data-app-ready';

/**
 * The window property where the inline recorder keeps what was clicked, typed or chosen on the
 * prerendered page before the app was live (scripts/vite/first-view-guard.ts); the app replays
 * it once live (src/app/replay-early-events.ts).
 */
export const EARLY_EVENTS_GLOBAL = '__atlasEarlyEvents';
