import { lazy, Suspense } from 'react';
import type { TrendChartProps } from './trend-chart';

/** The trend chart's height, reserved while its code loads so nothing below it moves. */
export const TREND_CHART_HEIGHT = 320;

const TrendChartLoaded = lazy(() =>
  import('./trend-chart').then((m) => ({ default: m.TrendChart })),
);

/**
 * The trend chart, loaded on demand: it is the first view's only Recharts chart, so Recharts
 * (over 100 KB gzip) is fetched beside the first view instead of before it. The build's
 * prerender waits for it, and the browser keeps that markup until the code arrives.
 */
export function LazyTrendChart(props: TrendChartProps) {
  return (
    <Suspense
      fallback={
        <div style={{ height: TREND_CHART_HEIGHT }} aria-busy="true">
          Loading the chart…
        </div>
      }
    >
      <TrendChartLoaded {...props} />
    </Suspense>
  );
}
