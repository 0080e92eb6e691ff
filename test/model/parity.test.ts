import { describe, expect, it } from 'vitest';
import {
  asAreaCode,
  asIndicatorId,
  ENGLAND,
  type DataPoint,
  type Indicator,
} from '../../src/domain';
import { buildParityModel, isFitted, MIN_PAIRS } from '../../src/model/parity';
import { makeBorough, makeDataPoint, makeIndicator } from '../factories';

const boroughs = Array.from({ length: 10 }, (_, i) => makeBorough(i + 1));
const period = { label: '2022', start: '2022-01-01', end: '2022-12-31' };
const indicator = (id: string, polarity: Indicator['polarity'], shortName: string) =>
  makeIndicator({ id: asIndicatorId(id), polarity, shortName, unit: 'u', ciMethod: 'published' });
const series = (id: string, values: readonly (number | null)[], p = period): DataPoint[] => [
  ...values.map((value, i) =>
    makeDataPoint({ indicatorId: asIndicatorId(id), code: boroughs[i]!.code, period: p, value }),
  ),
  makeDataPoint({ indicatorId: asIndicatorId(id), code: ENGLAND, period: p, value: 5 }),
];

// Synthetic values. x = 1…10, y = [2,4,5,4,5,7,8,9,10,12]; fitted outside our code (numpy
// polyfit, corrcoef): slope 1.006061, intercept 1.066667, R² 0.944604; Fisher z 95% CI for r
// squared: 0.777975 to 0.987132.
const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const y = [2, 4, 5, 4, 5, 7, 8, 9, 10, 12];
const mental = indicator('synthetic-mental', 'low-is-good', 'Synthetic mental');
const physical = indicator('synthetic-physical', 'low-is-good', 'Synthetic physical');

describe('buildParityModel', () => {
  it('fits mental against physical with R² and its interval, and says so in words', () => {
    const model = buildParityModel({
      mental,
      physical,
      mentalPoints: series('synthetic-mental', y),
      physicalPoints: series('synthetic-physical', x),
      boroughs,
      selected: [boroughs[0]!.code],
    });
    const fit = model.scatter.fit;
    if (!isFitted(fit)) throw new Error('expected a fitted line');
    expect(fit.slope).toBeCloseTo(1.006061, 6);
    expect(fit.intercept).toBeCloseTo(1.066667, 6);
    expect(fit.r2).toBeCloseTo(0.944604, 6);
    expect(fit.r2Interval.lower).toBeCloseTo(0.777975, 5);
    expect(fit.r2Interval.upper).toBeCloseTo(0.987132, 5);
    expect(model.scatter.points[0]).toMatchObject({ selected: true, position: 'within' });
    expect(model.summary[0]).toBe(
      'Boroughs with higher Synthetic physical, 2022 tend to have higher Synthetic mental, 2022 (R² = 0.94, 95% CI 0.78 to 0.99, 10 boroughs).',
    );
    expect(model.periodsDiffer).toBe(false);
  });

  it('draws no line and says why when too few boroughs have both values', () => {
    const few = y.map((v, i) => (i < MIN_PAIRS - 1 ? v : null));
    const model = buildParityModel({
      mental,
      physical,
      mentalPoints: series('synthetic-mental', few),
      physicalPoints: series('synthetic-physical', x),
      boroughs,
      selected: [],
    });
    expect(isFitted(model.scatter.fit)).toBe(false);
    expect(model.summary[0]).toBe(
      `No line is fitted: only ${MIN_PAIRS - 1} boroughs have both values; a line needs at least ${MIN_PAIRS}.`,
    );
  });

  it('says when the two periods differ, and calls a weak correlation not significant', () => {
    const model = buildParityModel({
      mental,
      physical,
      mentalPoints: series('synthetic-mental', [5, 3, 6, 2, 7, 4, 5, 3, 6, 4]),
      physicalPoints: series('synthetic-physical', x, {
        label: '2019',
        start: '2019-01-01',
        end: '2019-12-31',
      }),
      boroughs,
      selected: [],
    });
    expect(model.periodsDiffer).toBe(true);
    expect(model.summary[0]).toMatch(
      /^Synthetic mental, 2022 is not significantly correlated with Synthetic physical, 2019 /,
    );
  });

  it('names boroughs doing better or worse than their deprivation predicts, and uses higher/lower without a judgement', () => {
    // y rises with deprivation except borough 5, below the 95% prediction band (checked outside
    // our code with numpy: only index 4 is outside); low is good, so it does better than predicted.
    const depr = indicator('synthetic-imd', 'no-judgement', 'IMD');
    const model = buildParityModel({
      mental,
      physical: indicator('synthetic-neutral', 'no-judgement', 'Synthetic neutral'),
      mentalPoints: series('synthetic-mental', [1, 2, 3, 4, -8, 6, 7, 8, 9, 10]),
      physicalPoints: series('synthetic-neutral', [1, 2, 3, 4, -8, 6, 7, 8, 9, 10]),
      imd: { indicator: depr, points: series('synthetic-imd', x) },
      boroughs,
      selected: [],
    });
    const [onMental, onNeutral] = model.deprivation;
    expect(onMental?.doingBetter).toEqual(['Synthetic borough 05']);
    // No judgement: "doing better" holds the boroughs higher than predicted, so borough 5 is lower.
    expect(onNeutral?.doingWorse).toEqual(['Synthetic borough 05']);
    expect(model.summary).toContain(
      'On Synthetic mental, 2022: Synthetic borough 05 better than its deprivation predicts.',
    );
    expect(model.summary).toContain(
      'On Synthetic neutral, 2022: Synthetic borough 05 lower than its deprivation predicts.',
    );
    expect(model.summary.join(' ')).not.toMatch(/Synthetic neutral[^.]*(better|worse)/);
    void asAreaCode;
  });

  it('ranks boroughs on both indicators, 1 = best, and calls a gap significant only where rank intervals do not overlap', () => {
    const withCi = (id: string, values: readonly number[], half: number) =>
      series(id, values).map((p) =>
        p.value === null ? p : { ...p, ci95: { lower: p.value - half, upper: p.value + half } },
      );
    const model = buildParityModel({
      mental,
      physical,
      // Mental: borough 1 lowest (best, low is good); physical: borough 1 highest (worst).
      mentalPoints: withCi('synthetic-mental', x, 0.01),
      physicalPoints: withCi('synthetic-physical', [...x].reverse(), 0.01),
      boroughs,
      selected: [],
    });
    const first = model.ranks.rows.find((r) => r.code === boroughs[0]!.code)!;
    expect(first).toMatchObject({ mentalRank: 1, physicalRank: 10, gap: -9, significant: true });
    expect(first.mentalInterval).toEqual({ lower: 1, upper: 1 });
    expect(model.ranks.significantCount).toBe(10);
    expect(model.summary).toContain(
      '10 of 10 boroughs rank significantly differently on the two indicators (their 95% rank intervals do not overlap).',
    );
  });

  it('says why no rank gap can be significant without intervals, and shows a borough relative to England over time', () => {
    const model = buildParityModel({
      mental,
      physical,
      mentalPoints: series('synthetic-mental', y),
      physicalPoints: series('synthetic-physical', x),
      boroughs,
      selected: [],
      borough: boroughs[1],
    });
    expect(model.summary).toContain(
      'No parity gap in rank is called significant: Synthetic mental has no published intervals or counts; Synthetic physical has no published intervals or counts, so ranks have no intervals.',
    );
    // Borough 2: mental 4 and physical 2 against England's 5.
    expect(model.overTime?.mental).toEqual([{ period: '2022', end: '2022-12-31', ratio: 0.8 }]);
    expect(model.overTime?.physical[0]?.ratio).toBeCloseTo(0.4, 10);
    expect(model.overTime?.gap).toEqual({
      kind: 'cannot-be-calculated',
      reason:
        'the two indicators share 1 period for Synthetic borough 02 relative to England; 5 are needed',
    });
  });
});
