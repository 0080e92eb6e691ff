import './styles.css';

/**
 * The entry point. The built page already shows the first view (prerendered): the browser
 * paints it first, and only then evaluates the app (React and the rest, a hundred milliseconds
 * or more on a slow machine), whose files it has been fetching meanwhile (modulepreload, added by
 * scripts/vite/prerender-plugin.ts). Without a prerendered view the app starts at once.
 */
const startApp = () => import('./start');

if (document.getElementById('root')?.hasAttribute('data-prerendered'))
  requestAnimationFrame(() => setTimeout(() => void startApp()));
else void startApp();
