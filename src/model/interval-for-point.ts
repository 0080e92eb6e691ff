import type { CiLevel, DataPoint, Indicator, Interval } from '../domain';
import { rateInterval, ratioInterval, wilsonInterval } from '../stats';

export type IntervalResult =
  | { readonly interval: Interval; readonly source: 'published' | 'computed' }
  | { readonly reason: string };

const confidenceOf = (level: CiLevel): 0.95 | 0.998 => (level === '99.8' ? 0.998 : 0.95);

/**
 * A point's interval at a confidence level: the published one where published, otherwise
 * computed from its count and denominator by the indicator's CI method (Wilson for
 * proportions, exact Poisson / Byar for rates and ratios; methods.md), otherwise a reason.
 * Dobson intervals need counts by age band, which no bundled file has, so they are never
 * computed here.
 */
export function intervalForPoint(
  point: DataPoint,
  indicator: Indicator,
  level: CiLevel,
): IntervalResult {
  const published = level === '99.8' ? point.ci998 : point.ci95;
  if (published) return { interval: published, source: 'published' };
  const { count, denominator } = point;
  if (point.value === null) return { reason: 'no value' };
  if (count === undefined || denominator === undefined || !(denominator > 0))
    return {
      reason: `no ${level}% interval published and no count and denominator to compute one`,
    };
  const confidence = confidenceOf(level);
  switch (indicator.ciMethod) {
    case 'wilson':
      if (count > denominator) return { reason: 'count larger than its denominator' };
      return {
        interval: wilsonInterval(count, denominator, confidence, indicator.multiplier),
        source: 'computed',
      };
    case 'byar-exact': {
      const limits =
        indicator.valueType === 'ratio'
          ? ratioInterval(count, denominator, confidence, indicator.multiplier)
          : rateInterval(count, denominator, confidence, indicator.multiplier);
      return { interval: { lower: limits.lower, upper: limits.upper }, source: 'computed' };
    }
    default:
      return {
        reason: `no ${level}% interval published; the ${indicator.ciMethod} method cannot be computed from this file's counts`,
      };
  }
}
