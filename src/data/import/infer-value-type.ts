import type { DataPoint, Indicator } from '../../domain';

/** Rows needed, and the share of them that must agree, before a value type is inferred. */
const MIN_ROWS = 3;
const AGREEMENT = 0.9;

/**
 * A file the catalogue does not know says nothing about its value type, but its rows can: where
 * value = 100 × numerator ÷ denominator (within rounding: publishers round counts to 5 and
 * percentages to whole numbers) in at least 90% of rows with all three, it is a percentage,
 * and Wilson intervals and a funnel plot apply. Otherwise nothing is inferred.
 */
export function inferPercentage(
  points: readonly DataPoint[],
): { readonly reason: string } | undefined {
  const full = points.filter(
    (p) => p.value !== null && p.count !== undefined && (p.denominator ?? 0) > 0 && p.count >= 0,
  );
  if (full.length < MIN_ROWS) return undefined;
  const agree = full.filter((p) => {
    const ratio = (100 * (p.count ?? 0)) / (p.denominator ?? 1);
    return Math.abs(ratio - (p.value ?? 0)) <= Math.max(1.5, 0.05 * Math.abs(p.value ?? 0));
  }).length;
  if (agree / full.length < AGREEMENT || full.some((p) => (p.value ?? 0) > 100)) return undefined;
  return {
    reason: `value = 100 × numerator ÷ denominator (within rounding) in ${agree} of ${full.length} rows with all three`,
  };
}

/** The indicator as a percentage with Wilson intervals, saying why. */
export const asPercentage = (indicator: Indicator, reason: string): Indicator => ({
  ...indicator,
  valueType: 'proportion',
  unit: '%',
  multiplier: 100,
  ciMethod: 'wilson',
  caveats: [`Read as a percentage because ${reason}.`, ...indicator.caveats],
});
