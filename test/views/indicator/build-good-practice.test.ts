import { describe, expect, it } from 'vitest';
import type { AreaComparison } from '../../../src/domain';
import { asAreaCode } from '../../../src/domain';
import {
  describeComparisonCounts,
  buildGoodPractice,
  buildVariationPanel,
  periodYears,
} from '../../../src/views/indicator/build-good-practice';
import { makeIndicator } from '../../factories';

/** Synthetic rows: borough n has value 10·n, count n·10 and denominator 100,000. */
const rows = (selected: number[] = []): AreaComparison[] =>
  [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
    code: asAreaCode(`E090000${String(n).padStart(2, '0')}`),
    name: `Synthetic ${n}`,
    value: 10 * n,
    interval: { lower: 10 * n - 5, upper: 10 * n + 5 },
    outcome:
      n <= 2
        ? { kind: 'better', method: 'ci-overlap' }
        : n >= 7
          ? { kind: 'worse', method: 'ci-overlap' }
          : { kind: 'similar', method: 'ci-overlap' },
    selected: selected.includes(n),
    count: 10 * n,
    denominator: 100000,
  }));
const threeYears = { label: '2015 - 17', start: '2015-01-01', end: '2017-12-31' };

describe('periodYears', () => {
  it('counts whole years in a period, 1 when undated', () => {
    expect(periodYears(threeYears)).toBe(3);
    expect(periodYears({ label: '2020/21', start: '2020-04-01', end: '2021-03-31' })).toBe(1);
    expect(periodYears({ label: 'not stated' })).toBe(1);
  });
});

describe('buildGoodPractice', () => {
  it('sets the best quartile by polarity and names the significantly better boroughs', () => {
    // Values 10..80: PERCENTILE.INC 25th = 27.5, 75th = 62.5.
    const low = buildGoodPractice(makeIndicator({ polarity: 'low-is-good' }), rows(), threeYears);
    expect(low).toMatchObject({
      kind: 'judged',
      threshold: 27.5,
      direction: 'or lower',
      significantlyBetter: ['Synthetic 1', 'Synthetic 2'],
    });
    expect(
      buildGoodPractice(makeIndicator({ polarity: 'high-is-good' }), rows(), threeYears),
    ).toMatchObject({ threshold: 62.5, direction: 'or higher' });
  });

  it('gives each selected borough its gap and potential gain per year with an interval', () => {
    // Borough 6: (60 − 27.5) × 100,000 / 100,000 / 3 years = 10.83 a year; limits 55 and 65.
    const good = buildGoodPractice(
      makeIndicator({ polarity: 'low-is-good', multiplier: 100000 }),
      rows([1, 6]),
      threeYears,
    );
    if (good.kind !== 'judged') throw new Error(good.kind);
    expect(good.selected[0]).toMatchObject({
      name: 'Synthetic 1',
      gap: 0,
      gain: { kind: 'at-or-better' },
    });
    expect(good.selected[1]).toMatchObject({ name: 'Synthetic 6', gap: 32.5 });
    expect(good.selected[1]?.gain).toMatchObject({
      kind: 'gain',
      perYear: expect.closeTo(32.5 / 3, 10),
      lower: expect.closeTo(27.5 / 3, 10),
      upper: expect.closeTo(37.5 / 3, 10),
    });
  });

  it('gives nothing for a no-judgement indicator', () => {
    expect(
      buildGoodPractice(makeIndicator({ polarity: 'no-judgement' }), rows(), threeYears),
    ).toEqual({ kind: 'no-judgement' });
  });
});

describe('buildVariationPanel', () => {
  it('summarises the spread and counts the comparisons', () => {
    const panel = buildVariationPanel(rows());
    expect(panel.counts).toEqual({ better: 2, similar: 4, worse: 2 });
    expect(panel.summary).toMatchObject({
      n: 8,
      min: 10,
      max: 80,
      foldDifference: 8,
      trimmedFoldDifference: 2,
      trimmed: 2,
    });
  });
});

describe('describeComparisonCounts', () => {
  it('reads right for none, one and all compared', () => {
    expect(describeComparisonCounts({ 'not-compared': 33 })).toBe(
      'None compared: no confidence intervals for any of the 33 boroughs',
    );
    expect(describeComparisonCounts({ 'not-compared': 1 })).toBe(
      'None compared: no confidence intervals for the 1 borough',
    );
    expect(describeComparisonCounts({ better: 1 })).toBe('Better 1 (of 1 borough compared)');
    expect(describeComparisonCounts({ better: 3, similar: 25, worse: 4, 'not-compared': 1 })).toBe(
      'Better 3, similar 25, worse 4 (of 32 boroughs compared); 1 borough not compared',
    );
    expect(describeComparisonCounts({})).toBe('No boroughs to compare');
  });
});
