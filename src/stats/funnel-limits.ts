import { invalidArgument } from './errors';
import { exactPoissonLimits } from './poisson-interval';
import { wilsonInterval } from './wilson-interval';

/**
 * Funnel plots compare units of different sizes with a target (methods.md, "Funnel plots";
 * Spiegelhalter, Stat Med 2005). Limits match PHEindicatormethods `calculate_funnel_limits`:
 *
 * - proportion: for each denominator n, the lower limit is the observed proportion whose Wilson
 *   upper bound equals the target (and vice versa), clamped to [0, 1] × multiplier;
 * - ratio (O/E): for each observed count O, the lower limit sits at expected E = exact Poisson
 *   upper bound of O, ratio O/E × multiplier (and the upper limit at E = exact lower bound);
 * - rate: for each observed count O, lower limit = target × O / U(O) at population
 *   U(O) × multiplier / target (per year: ÷ years); upper limit with the exact lower bound.
 *
 * 95% limits use p = 0.025/0.975 ("2σ"), 99.8% limits p = 0.001/0.999 ("3σ").
 */
export type FunnelSpec =
  | { readonly type: 'proportion'; readonly target: number; readonly multiplier?: number }
  | { readonly type: 'ratio'; readonly multiplier?: number }
  | {
      readonly type: 'rate';
      readonly target: number;
      readonly multiplier: number;
      readonly years?: number;
    };

interface FunnelPoint {
  /** Denominator (proportion), expected events (ratio) or population per year (rate). */
  readonly x: number;
  readonly y: number;
}

export interface FunnelLimitLines {
  readonly target: number;
  readonly lower95: readonly FunnelPoint[];
  readonly upper95: readonly FunnelPoint[];
  readonly lower998: readonly FunnelPoint[];
  readonly upper998: readonly FunnelPoint[];
}

const CONFIDENCE = { '95': 0.95, '998': 0.998 } as const;

/** The observed proportion whose Wilson bound at n equals the target (by bisection). */
function proportionLimit(
  target: number,
  n: number,
  confidence: number,
  side: 'lower' | 'upper',
): number {
  // Lower control limit: the proportion whose Wilson *upper* bound is the target.
  const bound = (p: number) => {
    const w = wilsonInterval(p * n, n, confidence);
    return side === 'lower' ? w.upper : w.lower;
  };
  if (side === 'lower' && bound(0) >= target) return 0;
  if (side === 'upper' && bound(1) <= target) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 0; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (bound(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Control limits for a funnel plot. `axis` holds denominators for proportions and observed
 * event counts for ratios and rates (PHEindicatormethods builds its axis the same way).
 *
 * @example funnelLimits({ type: 'proportion', target: 0.80642448, multiplier: 100 }, [1]).lower95
 *   → [{ x: 1, y: 3.204264 }] (testdata_funnel_prop_outputs, population 1)
 */
export function funnelLimits(spec: FunnelSpec, axis: readonly number[]): FunnelLimitLines {
  if (axis.some((a) => !(a > 0)))
    invalidArgument('funnelLimits', 'axis', 'must hold positive numbers');
  switch (spec.type) {
    case 'proportion': {
      const m = spec.multiplier ?? 100;
      if (!(spec.target > 0 && spec.target < 1))
        invalidArgument(
          'funnelLimits',
          'spec.target',
          `must be a proportion between 0 and 1 (got ${spec.target})`,
        );
      const line = (c: number, side: 'lower' | 'upper') =>
        axis.map((n) => ({ x: n, y: proportionLimit(spec.target, n, c, side) * m }));
      return {
        target: spec.target * m,
        lower95: line(CONFIDENCE['95'], 'lower'),
        upper95: line(CONFIDENCE['95'], 'upper'),
        lower998: line(CONFIDENCE['998'], 'lower'),
        upper998: line(CONFIDENCE['998'], 'upper'),
      };
    }
    case 'ratio': {
      const m = spec.multiplier ?? 1;
      const line = (c: number, side: 'lower' | 'upper') =>
        axis.map((o) => {
          const limits = exactPoissonLimits(o, c);
          const expected = side === 'lower' ? limits.upper : limits.lower;
          return { x: expected, y: (o / expected) * m };
        });
      return {
        target: m,
        lower95: line(CONFIDENCE['95'], 'lower'),
        upper95: line(CONFIDENCE['95'], 'upper'),
        lower998: line(CONFIDENCE['998'], 'lower'),
        upper998: line(CONFIDENCE['998'], 'upper'),
      };
    }
    case 'rate': {
      const years = spec.years ?? 1;
      if (!(spec.target > 0))
        invalidArgument('funnelLimits', 'spec.target', `must be positive (got ${spec.target})`);
      const line = (c: number, side: 'lower' | 'upper') =>
        axis.map((o) => {
          const limits = exactPoissonLimits(o, c);
          const expected = side === 'lower' ? limits.upper : limits.lower;
          return {
            x: (expected * spec.multiplier) / spec.target / years,
            y: (spec.target * o) / expected,
          };
        });
      return {
        target: spec.target,
        lower95: line(CONFIDENCE['95'], 'lower'),
        upper95: line(CONFIDENCE['95'], 'upper'),
        lower998: line(CONFIDENCE['998'], 'lower'),
        upper998: line(CONFIDENCE['998'], 'upper'),
      };
    }
  }
}

export type FunnelSignificance =
  'High (0.001)' | 'High (0.025)' | 'Not significant' | 'Low (0.025)' | 'Low (0.001)';

export type FunnelUnit =
  | {
      readonly type: 'proportion';
      readonly numerator: number;
      readonly denominator: number;
      readonly target: number;
    }
  | { readonly type: 'ratio'; readonly observed: number; readonly expected: number }
  | {
      readonly type: 'rate';
      readonly observed: number;
      readonly population: number;
      readonly target: number;
      readonly multiplier: number;
    };

/**
 * Where a unit falls against the funnel: its own interval (Wilson for proportions, exact
 * Poisson for counts) compared with the target, which is equivalent to comparing the unit
 * with the control limits at its size. Labels as PHEindicatormethods `assign_funnel_significance`.
 *
 * @example funnelSignificance({ type: 'ratio', observed: 151, expected: 106.443 }) → 'High (0.001)'
 *   (testdata_funnel_ratio_inputs)
 */
export function funnelSignificance(unit: FunnelUnit): FunnelSignificance {
  const interval = (c: number) => {
    switch (unit.type) {
      case 'proportion':
        return { ...wilsonInterval(unit.numerator, unit.denominator, c), target: unit.target };
      case 'ratio':
        return { ...exactPoissonLimits(unit.observed, c), target: unit.expected };
      case 'rate': {
        const scale = unit.multiplier / unit.population;
        const l = exactPoissonLimits(unit.observed, c);
        return { lower: l.lower * scale, upper: l.upper * scale, target: unit.target };
      }
    }
  };
  const at998 = interval(0.998);
  if (at998.lower > at998.target) return 'High (0.001)';
  if (at998.upper < at998.target) return 'Low (0.001)';
  const at95 = interval(0.95);
  if (at95.lower > at95.target) return 'High (0.025)';
  if (at95.upper < at95.target) return 'Low (0.025)';
  return 'Not significant';
}
