import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { parseUrlState } from '../state/url-state';
import { useSelectionStore } from '../state/selection-store';
import { App, createQueryClient } from './app';
import { firstViewFingerprint, opensFirstView, prefetchFirstView } from './first-view';
import { LATER_STYLES_ATTRIBUTE, OTHER_VIEW_CLASS, PRERENDER_ATTRIBUTE } from './prerender-markers';
import './styles-later.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * The built page links the styles after the first screen from inside the prerendered view (so
 * the chart is painted before the rest is parsed). React must find only its own markup there,
 * so the link is copied into the head and, once the copy applies, taken out of #root: moved, its
 * rules would be dropped until the sheet was loaded again.
 */
async function moveLaterStylesToHead(container: HTMLElement): Promise<void> {
  const links = container.querySelectorAll<HTMLLinkElement>(`link[${LATER_STYLES_ATTRIBUTE}]`);
  await Promise.all(
    [...links].map(
      (link) =>
        new Promise<void>((resolve) => {
          const copy = document.createElement('link');
          copy.rel = 'stylesheet';
          copy.href = link.href;
          copy.addEventListener('load', () => resolve());
          copy.addEventListener('error', () => resolve());
          document.head.append(copy);
        }),
    ),
  );
  links.forEach((link) => link.remove());
}

/**
 * The built page already shows the first view (prerendered at build time). On a link to it,
 * the app reads the same data and takes that markup over; on any other link, or when the data
 * has changed since the build (`data:update`), it draws afresh.
 */
async function start(container: HTMLElement): Promise<void> {
  // The link's choices are in the store before the first render: the view it names is the
  // first drawn (and the page live only once that view is), not the landing view for a frame.
  // useUrlSync reads the link again on mount, for its notices and the cleaned-up address.
  useSelectionStore.getState().replace(parseUrlState(window.location.search).state);
  // Phases of the start, read by `npm run bench` (performance marks cost nothing measurable).
  performance.mark('atlas:app-code');
  const client = createQueryClient();
  const app = (
    <StrictMode>
      <App queryClient={client} />
    </StrictMode>
  );
  // Copied while the first view's data is read; in place before React touches #root.
  const stylesMoved = moveLaterStylesToHead(container);
  const prerendered = container.getAttribute(PRERENDER_ATTRIBUTE);
  let hydrate = false;
  if (prerendered && opensFirstView(window.location.search)) {
    await prefetchFirstView(client).catch(() => undefined);
    hydrate = firstViewFingerprint(client) === prerendered;
  }
  await stylesMoved;
  performance.mark('atlas:data-read');
  if (hydrate) hydrateRoot(container, app);
  else {
    // Drawn afresh: nothing here is the prerendered page any more, so the recorder stops.
    container.removeAttribute(PRERENDER_ATTRIBUTE);
    container.replaceChildren();
    createRoot(container).render(app);
  }
  // The guard in index.html hid the prerendered view on any link with parameters, including
  // one that names only the defaults (?v=indicator), which is taken over as it is.
  document.documentElement.classList.remove(OTHER_VIEW_CLASS);
}

void start(root);
