import { PRERENDER_ATTRIBUTE } from './prerender-markers';
import './styles.css';

/**
 * The entry point. The built page already shows the first view (prerendered): the browser
 * paints it first, and only then fetches and evaluates the app (React and the rest: compiling it
 * while the page is parsed delayed the first paint by about 40 ms on a slow machine, and asking
 * for it after the paint made the page live no later, measured by `npm run bench`). Without a
 * prerendered view the app starts at once.
 */
const startApp = () => import('./start');

if (document.getElementById('root')?.hasAttribute(PRERENDER_ATTRIBUTE))
  requestAnimationFrame(() => setTimeout(() => void startApp()));
else void startApp();
