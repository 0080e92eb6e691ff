import { describe, expect, it } from 'vitest';
import { olsFit, potentialGain, variationSummary } from '../../src/stats';

describe('variationSummary', () => {
  it('worked example: [2, 4, 4, 4, 5, 5, 7, 9], trimming 1 at each end', () => {
    // Hand calculation: mean 5, sample sd √(32/7) = 2.138090, PERCENTILE.INC quartiles 4 and 5.5.
    const summary = variationSummary([2, 4, 4, 4, 5, 5, 7, 9], 1);
    expect(summary).toMatchObject({
      n: 8,
      min: 2,
      max: 9,
      range: 7,
      foldDifference: 4.5,
      trimmedFoldDifference: 1.75,
      trimmed: 1,
      q1: 4,
      median: 4.5,
      q3: 5.5,
      iqr: 1.5,
      mean: 5,
    });
    if ('kind' in summary) throw new Error('not computable');
    expect(summary.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(summary.coefficientOfVariation).toBeCloseTo(Math.sqrt(32 / 7) / 5, 12);
  });

  it('leaves the fold difference out when the minimum is not positive, and skips trimming when too few values', () => {
    const summary = variationSummary([0, 1, 2]);
    expect(summary).not.toHaveProperty('foldDifference');
    expect(summary).toMatchObject({ trimmed: 0 });
    expect(summary).not.toHaveProperty('trimmedFoldDifference');
  });

  it('is not computable for fewer than 2 values', () => {
    expect(variationSummary([3])).toEqual({
      kind: 'not-computable',
      reason: 'needs at least 2 values (got 1)',
    });
  });
});

describe('potentialGain', () => {
  it('events per year if a low-is-good area matched the threshold, with an interval from its CI', () => {
    // (12 − 9) × 250,000 / 100,000 / 3 = 2.5; limits (10 − 9) and (14 − 9) → 0.8333 and 4.1667.
    const gain = potentialGain(
      { value: 12, denominator: 250000, lower: 10, upper: 14 },
      9,
      'low-is-good',
      3,
      100000,
    );
    expect(gain).toMatchObject({ kind: 'gain', perYear: 2.5 });
    expect('lower' in gain && gain.lower).toBeCloseTo(0.833333, 5);
    expect('upper' in gain && gain.upper).toBeCloseTo(4.166667, 5);
  });

  it('floors the interval at 0 when the CI reaches the threshold', () => {
    expect(
      potentialGain(
        { value: 60, denominator: 1000, lower: 55, upper: 72 },
        70,
        'high-is-good',
        1,
        100,
      ),
    ).toMatchObject({ kind: 'gain', perYear: 100, lower: 0, upper: 150 });
  });

  it('is zero for an area at or better than the threshold, and never for no-judgement indicators', () => {
    expect(potentialGain({ value: 8, denominator: 1000 }, 9, 'low-is-good', 1, 100)).toEqual({
      kind: 'at-or-better',
      perYear: 0,
    });
    expect(potentialGain({ value: 8, denominator: 1000 }, 9, 'no-judgement', 1, 100)).toEqual({
      kind: 'not-computable',
      reason: 'the indicator has no judgement of better or worse',
    });
  });
});

describe('olsFit', () => {
  it('worked example x = 1..5, y = 2, 4, 5, 4, 5', () => {
    // Sxx = 10, Sxy = 6, SSE = 2.4, SST = 6; s² = 0.8; t(0.975, 3) = 3.182446.
    const fit = olsFit([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(2.2, 12);
    expect(fit.r2).toBeCloseTo(0.6, 12);
    expect(fit.residualSe).toBeCloseTo(Math.sqrt(0.8), 12);
    const at3 = fit.predict(3);
    expect(at3.fit).toBeCloseTo(4, 12);
    expect(at3.upper - at3.fit).toBeCloseTo(3.182446305 * Math.sqrt(0.96), 8);
  });

  it('rejects too few points and constant x', () => {
    expect(() => olsFit([1, 2], [1, 2])).toThrow('olsFit: x needs at least 3 points (got 2)');
    expect(() => olsFit([1, 1, 1], [1, 2, 3])).toThrow('olsFit: x must not all be equal');
  });
});
