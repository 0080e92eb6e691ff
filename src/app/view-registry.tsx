import { lazy, type ComponentType } from 'react';
import type { ViewKey } from '../state/url-state';
import { IndicatorView } from '../views/indicator/indicator-view';

export interface ViewProps {
  readonly chartWidth?: number;
  /** A part of the view to move focus to once shown, e.g. from the header's "Load data". */
  readonly focus?: 'load-data';
}

/**
 * Every screen by its URL key. The landing view is bundled with the app; the others load on
 * first use, keeping the first chart's JavaScript small. A new view is one entry here and one
 * label in VIEWS.
 */
export const VIEW_COMPONENTS: Record<ViewKey, ComponentType<ViewProps>> = {
  indicator: IndicatorView,
  overview: lazy(() =>
    import('../views/overview/overview-view').then((m) => ({ default: m.OverviewView })),
  ),
  profile: lazy(() =>
    import('../views/profile/profile-view').then((m) => ({ default: m.ProfileView })),
  ),
  parity: lazy(() =>
    import('../views/parity/parity-view').then((m) => ({ default: m.ParityView })),
  ),
  providers: lazy(() =>
    import('../views/providers/providers-view').then((m) => ({ default: m.ProvidersView })),
  ),
  data: lazy(() => import('../views/data/data-view').then((m) => ({ default: m.DataView }))),
};
