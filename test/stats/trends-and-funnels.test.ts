import { describe, expect, it } from 'vitest';
import {
  gapTrend,
  overdispersedLimits,
  overdispersion,
  rankIntervals,
  recentTrend,
  type TrendPoint,
} from '../../src/stats';

/** Synthetic series: values with a 95% CI of ±(1.96 × se). */
const series = (values: (number | null)[], se = 0.5): TrendPoint[] =>
  values.map((v) =>
    v === null ? { value: null } : { value: v, lower: v - 1.96 * se, upper: v + 1.96 * se },
  );

describe('recentTrend (Fingertips rule)', () => {
  it('finds a steady rise significant, and judges it by polarity', () => {
    // Slope 1 per period, SE of each point 0.5 → SE(slope) = 0.5/√10 → χ² = 40 > 9.5495.
    const rising = series([10, 11, 12, 13, 14]);
    expect(recentTrend(rising, 'low-is-good')).toMatchObject({
      kind: 'increasing',
      judgement: 'worse',
      slope: expect.closeTo(1, 10),
      chiSquare: expect.closeTo(40, 8),
    });
    expect(recentTrend(rising, 'high-is-good')).toMatchObject({
      kind: 'increasing',
      judgement: 'better',
    });
    expect(recentTrend(rising, 'no-judgement')).not.toHaveProperty('judgement');
  });

  it('uses only the 5 most recent points', () => {
    expect(recentTrend(series([50, 0, 10, 11, 12, 13, 14]), 'low-is-good')).toMatchObject({
      kind: 'increasing',
    });
  });

  it('reports no significant change when χ² is below 9.5495', () => {
    // Slope 0.2 with SE(slope) = 0.5/√10: χ² = 1.6.
    expect(recentTrend(series([10, 10.2, 10.4, 10.6, 10.8]), 'low-is-good')).toMatchObject({
      kind: 'no-significant-change',
      chiSquare: expect.closeTo(1.6, 8),
    });
  });

  it('requires the sign to hold when any one point is dropped', () => {
    // A single high last point drives the slope; dropping it reverses the sign.
    const spike = [10, 9.9, 9.8, 9.7, 30].map((v) => ({
      value: v,
      lower: v - 0.01,
      upper: v + 0.01,
    }));
    expect(recentTrend(spike, 'low-is-good').kind).toBe('no-significant-change');
  });

  it('cannot be calculated with fewer than 5 periods or a missing CI', () => {
    expect(recentTrend(series([1, 2, 3, 4]), 'low-is-good')).toEqual({
      kind: 'cannot-be-calculated',
      reason: 'needs 5 periods (has 4)',
    });
    expect(recentTrend(series([1, 2, null, 4, 5]), 'low-is-good')).toEqual({
      kind: 'cannot-be-calculated',
      reason: 'a recent period has no value or no 95% confidence interval',
    });
  });
});

describe('gapTrend (is the gap closing?)', () => {
  it('finds a gap above the benchmark closing when the area falls towards it', () => {
    const benchmark = [{ value: 10 }, { value: 10 }, { value: 10 }, { value: 10 }, { value: 10 }];
    expect(gapTrend(series([15, 14, 13, 12, 11]), benchmark)).toMatchObject({
      kind: 'closing',
      meanGap: 3,
    });
    expect(gapTrend(series([11, 12, 13, 14, 15]), benchmark)).toMatchObject({ kind: 'widening' });
    expect(gapTrend(series([12, 12, 12, 12, 12]), benchmark)).toMatchObject({
      kind: 'no-significant-change',
    });
  });

  it('adds the benchmark’s uncertainty to the gap', () => {
    const noisyBenchmark = series([10, 10, 10, 10, 10], 5);
    expect(gapTrend(series([15, 14, 13, 12, 11]), noisyBenchmark).kind).toBe(
      'no-significant-change',
    );
  });
});

describe('overdispersion (Spiegelhalter 2005)', () => {
  it('worked example with four ratio units around θ = 1', () => {
    // z = (O/E − 1)/√(1/E) with E = 10: 3.1623, −1.5811, 0, 0. PERCENTILE.INC 10th/90th of z:
    // −1.1068 and 2.2136 (= 0.7 × 3.1623). φ = (2.2136² + 1.1068²)/4 = (4.9 + 1.225)/4 = 1.53125.
    // w = 10 each: τ² = (4 × 1.53125 − 3)/(40 − 400/40) = 3.125/30 = 0.1041667.
    const units = [
      { type: 'ratio', observed: 20, expected: 10 },
      { type: 'ratio', observed: 5, expected: 10 },
      { type: 'ratio', observed: 10, expected: 10 },
      { type: 'ratio', observed: 10, expected: 10 },
    ] as const;
    const result = overdispersion(units, 1);
    expect(result.phi).toBeCloseTo(1.53125, 10);
    expect(result.tau2).toBeCloseTo(3.125 / 30, 10);
    const multiplicative = overdispersedLimits('ratio', 1, 10, result, 'multiplicative');
    expect(multiplicative.upper - 1).toBeCloseTo(1.959964 * Math.sqrt(0.1) * Math.sqrt(1.53125), 5);
    const additive = overdispersedLimits('ratio', 1, 10, result, 'additive');
    expect(additive.upper - 1).toBeCloseTo(1.959964 * Math.sqrt(0.1 + 3.125 / 30), 5);
  });

  it('gives τ² = 0 and unwidened limits when units agree with the target', () => {
    const units = [0, 1, 2].map(
      () => ({ type: 'proportion', numerator: 50, denominator: 100 }) as const,
    );
    const result = overdispersion(units, 0.5);
    expect(result).toMatchObject({ phi: 0, tau2: 0, k: 3 });
    expect(overdispersedLimits('proportion', 0.5, 100, result, 'multiplicative').upper).toBeCloseTo(
      0.5 + 1.959964 * 0.05,
      5,
    );
  });

  it('needs at least 3 units', () => {
    expect(() => overdispersion([{ type: 'ratio', observed: 1, expected: 1 }], 1)).toThrow(
      'overdispersion: units needs at least 3 units (got 1)',
    );
  });
});

describe('rankIntervals', () => {
  const areas = [
    { code: 'A', count: 400, denominator: 10000 },
    { code: 'B', count: 200, denominator: 10000 },
    { code: 'C', count: 205, denominator: 10000 },
    { code: 'D', count: 20, denominator: 10000 },
  ];

  it('is reproducible for a seed and brackets each observed rank', () => {
    const first = rankIntervals(areas, { draws: 500, seed: 7 });
    expect(rankIntervals(areas, { draws: 500, seed: 7 })).toEqual(first);
    for (const r of first) {
      expect(r.lower).toBeLessThanOrEqual(r.rank);
      expect(r.upper).toBeGreaterThanOrEqual(r.rank);
    }
  });

  it('separates clear leaders and overlaps close neighbours', () => {
    const byCode = Object.fromEntries(
      rankIntervals(areas, { draws: 1000, seed: 1 }).map((r) => [r.code, r]),
    );
    expect(byCode.A).toMatchObject({ rank: 1, lower: 1, upper: 1 });
    expect(byCode.D).toMatchObject({ rank: 4, lower: 4, upper: 4 });
    expect(byCode.B).toMatchObject({ lower: 2, upper: 3 });
    expect(byCode.C).toMatchObject({ lower: 2, upper: 3 });
  });
});
