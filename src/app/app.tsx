import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Notices } from '../components/notices';
import { useNoticesStore } from '../state/notices-store';
import { useSelectionStore } from '../state/selection-store';
import { useUserDataStore } from '../state/user-data-store';
import { useUrlSync } from '../state/use-url-sync';
import { ErrorBoundary } from './error-boundary';
import { Header } from './header';
import { APP_READY_ATTRIBUTE } from './prerender-markers';
import { replayEarlyEvents } from './replay-early-events';
import { VIEW_REGISTRY, type ViewProps } from './view-registry';
import { ViewToolbar } from './view-toolbar';
import { SkipLinks } from './skip-links';
import { useDataNotices } from './use-data-notices';

/**
 * After the view changes (a rug cell, a link, back/forward), focus moves to the new view's
 * heading instead of falling to the page body; not on the first load.
 */
function useFocusOnViewChange(view: string, enabled: boolean) {
  // The view last focused for; StrictMode's second run of the effect sees no change.
  const previous = useRef(view);
  // A link opened fresh changes the view as it loads: focus moves only once the user has acted.
  const acted = useRef(false);
  useEffect(() => {
    const mark = () => {
      acted.current = true;
    };
    window.addEventListener('pointerdown', mark, { capture: true });
    window.addEventListener('keydown', mark, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', mark, { capture: true });
      window.removeEventListener('keydown', mark, { capture: true });
    };
  }, []);
  useEffect(() => {
    if (previous.current === view) return;
    previous.current = view;
    if (!enabled || !acted.current) return;
    // The new view may move focus itself (e.g. to the catalogue row a source line opened), even
    // before this runs: focus inside the view's own content is left where the view put it.
    const focusMovedByView = () => {
      const focused = document.activeElement;
      const main = document.getElementById('main');
      return (
        !!focused &&
        !!main &&
        focused !== main &&
        main.contains(focused) &&
        !focused.closest('.view-toolbar')
      );
    };
    let tries = 0;
    const timer = window.setInterval(() => {
      const heading = document.querySelector<HTMLHeadingElement>('main h1');
      if (heading || ++tries > 40) {
        window.clearInterval(timer);
        if (!heading || focusMovedByView()) return;
        heading.tabIndex = -1;
        heading.focus();
      }
    }, 50);
    return () => window.clearInterval(timer);
  }, [view, enabled]);
}

/** Published files do not change while the page is open (FingertipsNext lib/reactQueryClient.ts). */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: 1, refetchOnWindowFocus: false },
    },
  });

function Shell({ chartWidth }: { readonly chartWidth?: number }) {
  useDataNotices();
  useUrlSync();
  const view = useSelectionStore((s) => s.view);
  const setView = useSelectionStore((s) => s.setView);
  const notices = useNoticesStore((s) => s.notices);
  const dismiss = useNoticesStore((s) => s.dismiss);
  const [focus, setFocus] = useState<ViewProps['focus']>();
  const View = VIEW_REGISTRY[view].component;
  useFocusOnViewChange(view, focus === undefined);
  const content = (
    <>
      <View chartWidth={chartWidth} focus={focus} />
      <LiveMark />
    </>
  );
  return (
    <>
      <SkipLinks view={view} />
      <Header
        view={view}
        onNavigate={(next) => {
          setFocus(undefined);
          setView(next);
        }}
        onLoadData={() => {
          setFocus('load-data');
          setView('data');
        }}
      />
      <main id="main" className="main" tabIndex={-1}>
        <ViewToolbar />
        <Notices notices={notices} onDismiss={dismiss} />
        <ErrorBoundary key={view}>
          {/* The landing view is in the app's code, so it needs no Suspense boundary: React
              hydrates a boundary only after the shell, at idle priority, which kept the
              prerendered view dead for about 100 ms after the rest was live. */}
          {VIEW_REGISTRY[view].bundled ? (
            content
          ) : (
            <Suspense fallback={<p aria-busy="true">Loading the view…</p>}>{content}</Suspense>
          )}
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <p>
          Published figures only: nothing is estimated or filled in, and missing or suppressed
          values stay missing with the reason. Contains public sector information licensed under the{' '}
          <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
            Open Government Licence v3.0
          </a>
          .
        </p>
      </footer>
    </>
  );
}

/**
 * Marks the page live once the view is: rendered after the view, with it (in its Suspense
 * boundary for a lazy view), so this commits only when the view's own handlers are attached.
 * Then replays what was clicked or chosen on the prerendered page before. Marked at the shell's
 * commit instead, a click replayed there reached a view not yet hydrated.
 */
function LiveMark() {
  useLayoutEffect(() => {
    document.documentElement.setAttribute(APP_READY_ATTRIBUTE, '');
    performance.mark('atlas:live');
  }, []);
  useEffect(() => {
    // After every effect of this commit: the shell's URL sync, whose first run sets the state
    // from the link, runs after this one (a parent's effects follow its children's).
    const timer = window.setTimeout(replayEarlyEvents);
    return () => window.clearTimeout(timer);
  }, []);
  return null;
}

export function App({
  queryClient,
  chartWidth,
}: {
  readonly queryClient?: QueryClient;
  readonly chartWidth?: number;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // The user's saved files are read at start, whichever view opens first.
  useEffect(() => {
    void useUserDataStore.getState().hydrate();
  }, []);
  return (
    <QueryClientProvider client={client}>
      <ErrorBoundary>
        <Shell chartWidth={chartWidth} />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
