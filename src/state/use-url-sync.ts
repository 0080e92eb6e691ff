import { useEffect } from 'react';
import { useNoticesStore } from './notices-store';
import { selectUrlState, useSelectionStore } from './selection-store';
import { parseUrlState, serialiseUrlState } from './url-state';

/** Runs `task` after the next frame is painted (a task queued from that frame's callback). */
function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') setTimeout(task, 0);
  else requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Keeps the selection store and the address bar in step: the URL is read on start and on
 * back/forward, and each task that changes the selection pushes one history entry, once the
 * change's frame is painted. Only the query string changes, so the app works from any static
 * host and sub-path.
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

    // Addresses to push once the change's frame is painted, one per task that changed the
    // selection: pushState costs 2-3 ms, and a handler that sets two fields (a measure and its
    // view) makes one entry, not one for the state between them.
    const queued: string[] = [];
    let taskOpen = false;
    const pushQueued = () => {
      for (const search of queued.splice(0))
        if (search !== window.location.search)
          window.history.pushState(null, '', `${window.location.pathname}${search}`);
    };
    const unsubscribe = useSelectionStore.subscribe((store) => {
      if (store.replaceHistory) {
        // A correction of the link (an unknown code dropped): the entry is replaced, once. The
        // address is replaced before the flag is cleared, since clearing it calls this again.
        pushQueued();
        const search = serialiseUrlState(selectUrlState(store));
        if (search !== window.location.search)
          window.history.replaceState(null, '', `${window.location.pathname}${search}`);
        useSelectionStore.setState({ replaceHistory: false });
      } else if (!taskOpen) {
        taskOpen = true;
        queueMicrotask(() => {
          taskOpen = false;
          const search = serialiseUrlState(selectUrlState(useSelectionStore.getState()));
          // Compared now, as the address may be corrected before the push (a link's unknown codes).
          if (search === (queued.at(-1) ?? window.location.search)) return;
          if (queued.length === 0) afterNextPaint(pushQueued);
          queued.push(search);
        });
      }
    });
    window.addEventListener('popstate', readLocation);
    return () => {
      // Written at once: the app may be taken down (a reload) before the next frame.
      pushQueued();
      unsubscribe();
      window.removeEventListener('popstate', readLocation);
    };
  }, []);
}
