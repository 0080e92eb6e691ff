import { FIRST_VIEW_DATA_META, PRERENDER_ATTRIBUTE } from './prerender-markers';
import './styles.css';

/**
 * The entry point. The built page already shows the first view (prerendered): the browser
 * paints it first, and only then fetches and evaluates the app (React and the rest: compiling it
 * while the page is parsed delayed the first paint by about 40 ms on a slow machine, and asking
 * for it after the paint made the page live no later, measured by `npm run bench`). Without a
 * prerendered view the app starts at once.
 */
const startApp = () => import('./start');

/**
 * Asks for the first view's data: the app's own fetches of the same files are then answered from
 * these preloads. As preload links in the page's head they competed with its first paint.
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

if (document.getElementById('root')?.hasAttribute(PRERENDER_ATTRIBUTE)) {
  // The page is parsed (this module is deferred): its data is asked for now, its code after
  // the first paint. Asking for the data after the paint too made the page live about 20 ms later.
  // Only on a link without parameters (the guard's rule): another view may never read the first
  // indicator's file, and the browser warns of a preload left unused.
  if (window.location.search.length <= 1) preloadFirstViewData();
  requestAnimationFrame(() => setTimeout(() => void startApp()));
} else void startApp();
