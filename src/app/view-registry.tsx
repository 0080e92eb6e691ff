import { lazy, type ComponentType } from 'react';
import type { ViewKey } from '../state/url-state';
import { IndicatorView } from '../views/indicator/indicator-view';

export interface ViewProps {
  readonly chartWidth?: number;
  /** A part of the view to move focus to once shown, e.g. from the header's "Load data". */
  readonly focus?: 'load-data';
}

const lazyView = (load: () => Promise<ComponentType<ViewProps>>) =>
  lazy(() => load().then((component) => ({ default: component })));

interface ViewEntry {
  /** The name in the navigation. */
  readonly label: string;
  readonly component: ComponentType<ViewProps>;
  /** Whether the page has a tile map, so "Skip to the map" has somewhere to go. */
  readonly hasMap?: boolean;
  /** In the app's own code (the landing view), not loaded on first use. */
  readonly bundled?: boolean;
}

/**
 * Every screen by its URL key, in navigation order: its label, its component and its parts. The
 * landing view is bundled with the app; the others load on first use, keeping the first chart's
 * JavaScript small. A new view is one entry here and its key in `VIEW_KEYS`.
 */
export const VIEW_REGISTRY: Readonly<Record<ViewKey, ViewEntry>> = {
  overview: {
    label: 'Overview',
    component: lazyView(() =>
      import('../views/overview/overview-view').then((m) => m.OverviewView),
    ),
  },
  indicator: { label: 'Indicator', component: IndicatorView, hasMap: true, bundled: true },
  profile: {
    label: 'Borough profile',
    component: lazyView(() => import('../views/profile/profile-view').then((m) => m.ProfileView)),
  },
  parity: {
    label: 'Parity',
    component: lazyView(() => import('../views/parity/parity-view').then((m) => m.ParityView)),
  },
  providers: {
    label: 'Providers',
    component: lazyView(() =>
      import('../views/providers/providers-view').then((m) => m.ProvidersView),
    ),
    hasMap: true,
  },
  data: {
    label: 'Data and methods',
    component: lazyView(() => import('../views/data/data-view').then((m) => m.DataView)),
  },
};
