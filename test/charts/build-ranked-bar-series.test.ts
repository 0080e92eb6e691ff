import { describe, expect, it } from 'vitest';
import { buildRankedBarSeries } from '../../src/charts/ranked-bar/build-ranked-bar-series';
import { rankedBarIsApplicable } from '../../src/charts/ranked-bar/ranked-bar-is-applicable';
import { asAreaCode, type AreaComparison } from '../../src/domain';

const row = (n: number, over: Partial<AreaComparison> = {}): AreaComparison => ({
  code: asAreaCode(`E090000${String(n).padStart(2, '0')}`),
  name: `Synthetic ${n}`,
  value: n * 10,
  outcome: { kind: 'similar', method: 'ci-overlap' },
  selected: false,
  ...over,
});

describe('buildRankedBarSeries', () => {
  it('carries each bar’s confidence interval, colour, symbol and selection marker', () => {
    const series = buildRankedBarSeries(
      [
        row(1, {
          interval: { lower: 8, upper: 13 },
          selected: true,
          outcome: { kind: 'worse', method: 'ci-overlap' },
        }),
        row(2),
      ],
      'low-is-good',
    );
    expect(series.data[0]).toEqual({
      code: 'E09000001',
      label: '► Synthetic 1',
      value: 10,
      ci: [8, 13],
      fill: '#d55e00',
      symbol: '−',
      valueLabel: '10 −',
      selected: true,
    });
    expect(series.data[1]).not.toHaveProperty('ci');
    expect(series.hasIntervals).toBe(true);
  });

  it('colours a quintile placement by polarity: darker is better whichever way the indicator runs', () => {
    const placed = (polarity: 'low-is-good' | 'high-is-good') =>
      buildRankedBarSeries(
        [row(1, { quintile: 1, outcome: { kind: 'not-compared', reason: 'no interval' } })],
        polarity,
      ).data[0];
    expect(placed('low-is-good')).toMatchObject({ fill: '#006d2c', symbol: 'Q1' });
    expect(placed('high-is-good')).toMatchObject({ fill: '#edf8e9', symbol: 'Q1' });
  });

  it('leaves areas without a value out of the bars and keeps 0 and every limit on the axis', () => {
    const series = buildRankedBarSeries(
      [row(1, { interval: { lower: -5, upper: 30 } }), row(2, { value: null })],
      'low-is-good',
    );
    expect(series.data.map((d) => d.code)).toEqual(['E09000001']);
    expect(series.domain).toEqual([-5, 30]);
    expect(rankedBarIsApplicable([row(1), row(2, { value: null })])).toBe(false);
  });

  it('ends the axis on nice values, and draws dots on an axis without zero where zero is not meaningful', () => {
    const rates = buildRankedBarSeries(
      [row(1, { value: 40, interval: { lower: 30, upper: 54.4086443653792 } })],
      'low-is-good',
    );
    expect(rates.domain).toEqual([0, 60]);
    expect(rates.mark).toBe('bar');
    const years = buildRankedBarSeries(
      [row(1, { value: 82.9, interval: { lower: 82.1, upper: 83.7 } }), row(2, { value: 87.1 })],
      'high-is-good',
      { zeroIsMeaningful: false },
    );
    expect(years.domain).toEqual([82, 88]);
    expect(years.mark).toBe('dot');
  });
});
