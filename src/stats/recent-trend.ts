import type { Polarity } from '../domain';

export interface TrendPoint {
  readonly value: number | null;
  readonly lower?: number;
  readonly upper?: number;
}

export type RecentTrend =
  | {
      readonly kind: 'increasing' | 'decreasing';
      readonly judgement?: 'better' | 'worse';
      readonly slope: number;
      readonly chiSquare: number;
    }
  | { readonly kind: 'no-significant-change'; readonly slope: number; readonly chiSquare: number }
  | { readonly kind: 'cannot-be-calculated'; readonly reason: string };

/** χ²₁ at 99.8% (Fingertips' recent-trend threshold). */
const TREND_CHI_SQUARE = 9.5495;
const TREND_POINTS = 5;
/** Width of a 95% interval in standard errors: 2 × 1.96. */
const CI95_WIDTH = 3.92;

interface Weighted {
  readonly x: number;
  readonly y: number;
  readonly w: number;
}

/** Weighted least squares slope and its χ² = (slope / SE)². */
function wls(points: readonly Weighted[]): { slope: number; chiSquare: number } {
  const sw = points.reduce((s, p) => s + p.w, 0);
  const mx = points.reduce((s, p) => s + p.w * p.x, 0) / sw;
  const my = points.reduce((s, p) => s + p.w * p.y, 0) / sw;
  const sxx = points.reduce((s, p) => s + p.w * (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + p.w * (p.x - mx) * (p.y - my), 0);
  const slope = sxy / sxx;
  return { slope, chiSquare: slope * slope * sxx };
}

/**
 * Tests the slope of y over the last 5 points (weights 1/SE²). Significant when
 * (slope/SE)² > 9.5495 and the slope keeps its sign when any one point is dropped.
 */
function trendTest(points: readonly { y: number; se: number }[]) {
  const weighted = points.map((p, x) => ({ x, y: p.y, w: 1 / (p.se * p.se) }));
  const { slope, chiSquare } = wls(weighted);
  const robust = weighted.every(
    (_, drop) => Math.sign(wls(weighted.filter((__, i) => i !== drop)).slope) === Math.sign(slope),
  );
  return { slope, chiSquare, significant: chiSquare > TREND_CHI_SQUARE && robust && slope !== 0 };
}

/** The last 5 points, all with a value and a valid 95% CI, or the reason they are not there. */
function lastFive(points: readonly TrendPoint[]): { y: number; se: number }[] | string {
  const recent = points.slice(-TREND_POINTS);
  if (recent.length < TREND_POINTS) return `needs ${TREND_POINTS} periods (has ${recent.length})`;
  const usable = recent.flatMap((p) =>
    p.value !== null && p.lower !== undefined && p.upper !== undefined && p.upper > p.lower
      ? [{ y: p.value, se: (p.upper - p.lower) / CI95_WIDTH }]
      : [],
  );
  return usable.length === TREND_POINTS
    ? usable
    : 'a recent period has no value or no 95% confidence interval';
}

/**
 * Fingertips' recent-trend rule (methods.md, "Recent trend"; OHID Fingertips technical
 * guidance): over the 5 most recent points with valid 95% CIs, the weighted least squares
 * slope (weights 1/SE², SE = (U − L)/3.92) is significant when (slope/SE_slope)² > 9.5495 and
 * its sign holds when any one point is dropped. Polarity turns the direction into better/worse.
 * Points are in time order, oldest first.
 */
export function recentTrend(points: readonly TrendPoint[], polarity: Polarity): RecentTrend {
  const usable = lastFive(points);
  if (typeof usable === 'string') return { kind: 'cannot-be-calculated', reason: usable };
  const { slope, chiSquare, significant } = trendTest(usable);
  if (!significant) return { kind: 'no-significant-change', slope, chiSquare };
  const kind = slope > 0 ? 'increasing' : 'decreasing';
  if (polarity === 'no-judgement') return { kind, slope, chiSquare };
  const better = slope > 0 === (polarity === 'high-is-good');
  return { kind, judgement: better ? 'better' : 'worse', slope, chiSquare };
}

export type GapTrend =
  | {
      readonly kind: 'closing' | 'widening' | 'no-significant-change';
      readonly slope: number;
      readonly chiSquare: number;
      readonly meanGap: number;
    }
  | { readonly kind: 'cannot-be-calculated'; readonly reason: string };

/**
 * The Atlas's "is the gap closing?": the recent-trend test applied to the gap area − benchmark,
 * whose SE is √(SE_area² + SE_benchmark²) (the benchmark's SE is 0 when it has no CI). The
 * gap is closing when its slope is significant and points towards zero. Points are aligned by
 * period, oldest first. Polarity is not needed: closing means nearer the benchmark either way.
 */
export function gapTrend(area: readonly TrendPoint[], benchmark: readonly TrendPoint[]): GapTrend {
  if (area.length !== benchmark.length)
    return { kind: 'cannot-be-calculated', reason: 'area and benchmark periods do not line up' };
  const areaFive = lastFive(area);
  if (typeof areaFive === 'string') return { kind: 'cannot-be-calculated', reason: areaFive };
  const benchFive = benchmark.slice(-TREND_POINTS);
  if (benchFive.some((b) => b.value === null))
    return { kind: 'cannot-be-calculated', reason: 'a recent benchmark value is missing' };
  const gaps = areaFive.map((a, i) => {
    const b = benchFive[i]!;
    const seB =
      b.lower !== undefined && b.upper !== undefined ? (b.upper - b.lower) / CI95_WIDTH : 0;
    return { y: a.y - (b.value as number), se: Math.sqrt(a.se * a.se + seB * seB) };
  });
  const meanGap = gaps.reduce((s, g) => s + g.y, 0) / gaps.length;
  const { slope, chiSquare, significant } = trendTest(gaps);
  if (!significant) return { kind: 'no-significant-change', slope, chiSquare, meanGap };
  return {
    kind: Math.sign(slope) === -Math.sign(meanGap) ? 'closing' : 'widening',
    slope,
    chiSquare,
    meanGap,
  };
}
