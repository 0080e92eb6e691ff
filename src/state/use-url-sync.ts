import { useEffect } from 'react';
import { useNoticesStore } from './notices-store';
import { selectUrlState, useSelectionStore } from './selection-store';
import { parseUrlState, serialiseUrlState } from './url-state';

/**
 * Keeps the selection store and the address bar in step: the URL is read on start and on
 * back/forward, and every selection change pushes a history entry. Only the query string
 * changes, so the app works from any static host and sub-path.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const readLocation = () => {
      const { state, notices } = parseUrlState(window.location.search);
      useSelectionStore.getState().replace(state);
      if (notices.length) useNoticesStore.getState().add(notices);
    };
    readLocation();
    // The link may have carried bad parameters: show the cleaned-up URL.
    const cleaned = serialiseUrlState(selectUrlState(useSelectionStore.getState()));
    if (cleaned !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${cleaned}`);

    const unsubscribe = useSelectionStore.subscribe((store) => {
      const search = serialiseUrlState(selectUrlState(store));
      const url = `${window.location.pathname}${search}`;
      if (store.replaceHistory) {
        // A correction of the link (an unknown code dropped): the entry is replaced, once. The
        // address is replaced before the flag is cleared, since clearing it calls this again.
        if (search !== window.location.search) window.history.replaceState(null, '', url);
        useSelectionStore.setState({ replaceHistory: false });
      } else if (search !== window.location.search) window.history.pushState(null, '', url);
    });
    window.addEventListener('popstate', readLocation);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', readLocation);
    };
  }, []);
}
