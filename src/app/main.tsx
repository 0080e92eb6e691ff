import { fetchEarly } from '../data/early-fetch';
import { BUNDLED_ROOT, LOCAL_ROOT } from '../data/data-roots';
import { FIRST_VIEW_DATA_META, PRERENDER_ATTRIBUTE } from './prerender-markers';
import './styles.css';

/**
 * The entry point. The built page already shows the first view (prerendered), and its inline
 * loader adds this script only once that is painted (scripts/vite/first-view-guard.ts): the app
 * (React and the rest) is fetched and evaluated after the first paint, not while the page is
 * parsed and painted, which delayed the first paint by about 40 ms for the app and 12 ms for this
 * entry on a 2-core machine (measured by `npm run bench` and cold loads). Without a prerendered
 * view (dev, or a failed prerender) this is a plain module script and the app starts at once.
 */
const startApp = () => import('./start');

/**
 * Asks for the data while the app's code loads, and hands the requests to the data layer
 * (src/data/early-fetch.ts): the catalogues on every link (every view reads one first, the
 * updated one where `data:update` wrote it), and on a link to the first view its reference tables
 * and indicator file too (another view may never read them). As preload links in the page's head
 * they competed with its first paint; a preload of the updated catalogue, usually absent, would
 * be an error in the console.
 */
function fetchDataEarly(): void {
  fetchEarly(`${LOCAL_ROOT}catalogue.json`);
  fetchEarly(`${BUNDLED_ROOT}catalogue.json`);
  if (!document.getElementById('root')?.hasAttribute(PRERENDER_ATTRIBUTE)) return;
  if (window.location.search.length > 1) return;
  const files = document.querySelector(`meta[name="${FIRST_VIEW_DATA_META}"]`);
  for (const href of files?.getAttribute('content')?.split(' ').filter(Boolean) ?? [])
    fetchEarly(href);
}

performance.mark('atlas:entry');
// The app's code first: over HTTP/1.1 a browser opens six connections to a host, and the six
// data requests, asked for first, held the four chunks of code back by 45-80 ms, which is the
// longer path to going live (their download and compile, 150 ms, against the data's 10 ms).
void startApp();
fetchDataEarly();
