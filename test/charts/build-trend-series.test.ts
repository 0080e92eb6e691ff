import { describe, expect, it } from 'vitest';
import {
  buildTrendSeries,
  describeGap,
  describeTrend,
  trendValueDomain,
  trendValueTicks,
} from '../../src/charts/trend/build-trend-series';
import { asAreaCode, ENGLAND, type DataPoint } from '../../src/domain';
import { makeBorough, makeDataPoint } from '../factories';

const boroughs = [makeBorough(1), makeBorough(2)];
const year = (y: number) => ({ label: String(y), start: `${y}-01-01`, end: `${y}-12-31` });

/** Synthetic series: borough 1 falls 15 → 11 towards England's flat 10, borough 2 is flat at 12. */
const points: DataPoint[] = [0, 1, 2, 3, 4].flatMap((i) => [
  makeDataPoint({
    code: boroughs[0]!.code,
    period: year(2015 + i),
    value: 15 - i,
    ci95: { lower: 14.5 - i, upper: 15.5 - i },
  }),
  makeDataPoint({
    code: boroughs[1]!.code,
    period: year(2015 + i),
    value: 12,
    ci95: { lower: 11.5, upper: 12.5 },
  }),
  makeDataPoint({
    code: ENGLAND,
    period: year(2015 + i),
    value: 10,
    ci95: { lower: 9.9, upper: 10.1 },
  }),
  makeDataPoint({ code: boroughs[0]!.code, period: year(2015 + i), sex: 'Male', value: 99 }),
]);

describe('buildTrendSeries', () => {
  const series = buildTrendSeries({
    points,
    sex: 'Persons',
    boroughs,
    selected: [boroughs[0]!.code],
    polarity: 'low-is-good',
    benchmark: 'england',
  });

  it('has one row per period, oldest first, with values and CI bands for the selected boroughs and England', () => {
    expect(series.data.map((r) => r.period)).toEqual(['2015', '2016', '2017', '2018', '2019']);
    expect(series.data[0]).toEqual({
      period: '2015',
      E09000001: 15,
      E09000001Ci: [14.5, 15.5],
      E92000001: 10,
      E92000001Ci: [9.9, 10.1],
    });
    expect(series.lines.map((l) => [l.name, l.isBenchmark])).toEqual([
      ['Synthetic borough 01', false],
      ['England', true],
    ]);
  });

  it('reports the recent trend by polarity and whether the gap is closing', () => {
    const [borough, england] = series.lines;
    expect(describeTrend(borough!.trend)).toBe('Decreasing and getting better');
    expect(describeGap(borough!.gap, 'England')).toBe('The gap to England is closing');
    expect(describeTrend(england!.trend)).toBe('No significant change');
  });

  it('says why a trend cannot be calculated', () => {
    const short = buildTrendSeries({
      points: points.filter((p) => p.period.label !== '2019'),
      sex: 'Persons',
      boroughs,
      selected: [boroughs[1]!.code],
      polarity: 'low-is-good',
      benchmark: 'england',
    });
    expect(describeTrend(short.lines[0]!.trend)).toBe(
      'Cannot be calculated (needs 5 periods (has 4))',
    );
  });
});

describe('trendValueDomain', () => {
  it('spans every value and interval, rounded out to nice ticks', () => {
    const domain = trendValueDomain({
      data: [
        { period: '2019', a: 81.7, aCi: [80.9, 82.6], b: null },
        { period: '2020', a: 83.2, b: 86.95 },
      ],
    });
    expect(domain).toEqual([80, 87]);
    expect(trendValueTicks(domain)).toEqual([80, 81, 82, 83, 84, 85, 86, 87]);
    expect(trendValueTicks([20, 70])).toEqual([20, 30, 40, 50, 60, 70]);
  });

  it('gives a span for a single value and for no value at all', () => {
    expect(trendValueDomain({ data: [{ period: '2020', a: 5 }] })).toEqual([5, 6]);
    expect(trendValueDomain({ data: [{ period: '2020', a: null }] })).toEqual([0, 1]);
  });
});

describe('buildTrendSeries: one answer per area', () => {
  it('gives Hackney the combined City of London and Hackney value where only that is published, and says so', () => {
    const hackney = makeBorough(12, { code: asAreaCode('E09000012'), name: 'Hackney' });
    const period = { label: '2020-22', start: '2020-01-01', end: '2022-12-31' };
    const later = { label: '2021-23', start: '2021-01-01', end: '2023-12-31' };
    const series = buildTrendSeries({
      points: [
        makeDataPoint({ code: asAreaCode('E67000001'), period, value: 41.3 }),
        makeDataPoint({ code: asAreaCode('E09000012'), period: later, value: 40 }),
      ],
      sex: 'Persons',
      boroughs: [hackney],
      selected: [hackney.code],
      polarity: 'low-is-good',
      benchmark: 'england',
    });
    const line = series.lines.find((l) => l.key === 'E09000012')!;
    expect(line.name).toBe('Hackney (value for City of London, Hackney combined)');
    // The combined value fills the period Hackney lacks; Hackney's own value is kept where it has one.
    expect(series.data.map((row) => row['E09000012'])).toEqual([41.3, 40]);
  });
});
