import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the page is drawn at build time and while the browser takes that markup over
 * (hydration); true on every render after, and on a page drawn in the browser from the start.
 * Parts below the first screen wait for it, so the prerendered page is lighter to paint.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
