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
 * Asks for the first view's data while the app's code loads: the app's own fetches of the same
 * files are then answered from these preloads. As preload links in the page's head they competed
 * with its first paint; asked for by the app itself, the page went live about 20 ms later.
 */
function preloadFirstViewData(): void {
  const files = document.querySelector(`meta[name="${FIRST_VIEW_DATA_META}"]`);
  for (const href of files?.getAttribute('content')?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}

// Only on a link without parameters (the guard's rule): another view may never read the first
// indicator's file, and the browser warns of a preload left unused.
if (
  document.getElementById('root')?.hasAttribute(PRERENDER_ATTRIBUTE) &&
  window.location.search.length <= 1
)
  preloadFirstViewData();
void startApp();
