import type { Polarity } from '../domain';
import { invalidArgument, notComputable, type NotComputable } from './errors';

export interface GainInput {
  readonly value: number;
  readonly denominator: number;
  readonly lower?: number;
  readonly upper?: number;
}

export type PotentialGain =
  | {
      readonly kind: 'gain';
      readonly perYear: number;
      readonly lower?: number;
      readonly upper?: number;
    }
  | { readonly kind: 'at-or-better'; readonly perYear: 0 };

/**
 * Events (or people) per year that would be avoided, or gained, if an area matched a threshold
 * such as the best-quartile value (methods.md, "What good looks like"; NHS RightCare Atlas of
 * Variation, "opportunity"):
 *
 *   gain = |value − threshold| × denominator / multiplier / years,
 *
 * only when the area is worse than the threshold. The interval comes from the area's CI
 * (each limit put in place of the value, floored at 0). Never for no-judgement indicators.
 *
 * @example potentialGain({ value: 12, denominator: 250000, lower: 10, upper: 14 }, 9, 'low-is-good', 3, 100000)
 *   → { kind: 'gain', perYear: 2.5, lower: 0.8333, upper: 4.1667 }
 */
export function potentialGain(
  point: GainInput,
  threshold: number,
  polarity: Polarity,
  years: number,
  multiplier: number,
): PotentialGain | NotComputable {
  if (polarity === 'no-judgement')
    return notComputable('the indicator has no judgement of better or worse');
  if (!(years > 0)) invalidArgument('potentialGain', 'years', `must be positive (got ${years})`);
  if (!(multiplier > 0))
    invalidArgument('potentialGain', 'multiplier', `must be positive (got ${multiplier})`);
  if (!(point.denominator > 0)) return notComputable('no denominator');
  const shortfall = (v: number) =>
    Math.max(0, polarity === 'low-is-good' ? v - threshold : threshold - v);
  const scale = point.denominator / multiplier / years;
  const central = shortfall(point.value);
  if (central === 0) return { kind: 'at-or-better', perYear: 0 };
  const limits =
    point.lower !== undefined && point.upper !== undefined
      ? [shortfall(point.lower) * scale, shortfall(point.upper) * scale]
      : undefined;
  return {
    kind: 'gain',
    perYear: central * scale,
    ...(limits && { lower: Math.min(...limits), upper: Math.max(...limits) }),
  };
}
