import { describe, expect, it } from 'vitest';
import { ENGLAND, type DataPoint } from '../../../src/domain';
import { chartCsv } from '../../../src/export/csv';
import {
  buildIndicatorModel,
  compareIndicator,
} from '../../../src/views/indicator/build-indicator-model';
import { makeBorough, makeDataPoint, makeIndicator } from '../../factories';

/** Synthetic: six boroughs and England over two periods; borough n at 10·n (+5 in the later). */
const boroughs = [1, 2, 3, 4, 5, 6].map((n) => makeBorough(n));
const periods = [
  { label: '2020/21', start: '2020-04-01', end: '2021-03-31' },
  { label: '2021/22', start: '2021-04-01', end: '2022-03-31' },
];
const points: DataPoint[] = periods.flatMap((period, p) => [
  ...boroughs.map((b, i) =>
    makeDataPoint({
      code: b.code,
      period,
      value: 10 * (i + 1) + 5 * p,
      ci95: { lower: 10 * (i + 1) + 5 * p - 3, upper: 10 * (i + 1) + 5 * p + 3 },
    }),
  ),
  makeDataPoint({ code: ENGLAND, period, value: 36 }),
]);
const indicator = makeIndicator({ polarity: 'low-is-good' });
const context = { dataVersion: 'synthetic-version', dataLabel: 'Synthetic' };
const build = (period?: string) =>
  buildIndicatorModel(
    indicator,
    points,
    boroughs,
    { boroughs: [boroughs[1]!.code], benchmark: 'england', ci: '95', ...(period && { period }) },
    context,
  );

describe('buildIndicatorModel', () => {
  it('gives the ranked chart its title, period, source with extract date, stamp and file name', () => {
    const { rankedSpec } = build();
    expect(rankedSpec.title).toBe('Synthetic test indicator: London boroughs ranked');
    expect(rankedSpec.subtitle).toMatch(/^2021\/22 · /);
    expect(rankedSpec.source).toBe('Synthetic test data. Extracted 2026-01-01 (Synthetic).');
    expect(rankedSpec.stamp).toEqual({
      periods: ['2021/22'],
      extractDates: ['2026-01-01'],
      dataVersion: 'synthetic-version',
    });
    expect(rankedSpec.fileParts).toEqual([
      'Synthetic',
      '2021/22',
      undefined,
      'london-boroughs',
      'vs-England',
    ]);
    expect(rankedSpec.table.rows.map((r) => r.value)).toEqual([15, 25, 35, 45, 55, 65]);
  });

  it('follows the chosen period, and shades the best quartile of a judged indicator', () => {
    const { rankedSpec, good } = build('2020/21');
    expect(rankedSpec.stamp.periods).toEqual(['2020/21']);
    expect(good.kind).toBe('judged');
    expect(rankedSpec.marks.bestQuartile).toBeDefined();
  });

  it('draws a trend, a spread by period and a map from the same rows', () => {
    const { trendSpec, distributionSpec, tileSpec } = build();
    expect(trendSpec?.stamp.periods).toEqual(['2020/21', '2021/22']);
    expect(trendSpec?.marks.series.lines.map((l) => l.name)).toEqual([
      'Synthetic borough 02',
      'England',
    ]);
    // The trend's CSV is tidy: a row per line and period.
    const csv = chartCsv(trendSpec!).trim().split('\r\n');
    expect(csv).toHaveLength(1 + 2 * 2);
    expect(distributionSpec?.table.rows).toHaveLength(2);
    expect(tileSpec?.table.rows.map((r) => r.name)).toEqual(boroughs.map((b) => b.name));
  });

  it('for the first frame after a switch, draws the same ranked chart without the bootstrap or the charts below', () => {
    const selection = { boroughs: [boroughs[1]!.code], benchmark: 'england', ci: '95' } as const;
    const all = build();
    const first = buildIndicatorModel(
      indicator,
      points,
      boroughs,
      selection,
      context,
      compareIndicator(indicator, points, boroughs, selection, false),
      'first',
    );
    expect(first.rankedSpec.marks).toEqual(all.rankedSpec.marks);
    expect(first.rankedSpec.title).toBe(all.rankedSpec.title);
    expect(all.model.rows.some((r) => r.rankInterval)).toBe(true);
    expect(first.model.rows.some((r) => r.rankInterval)).toBe(false);
    expect([first.trendSpec, first.distributionSpec, first.tileSpec]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('draws no trend from a single period', () => {
    const one = buildIndicatorModel(
      indicator,
      points.filter((p) => p.period.label === '2021/22'),
      boroughs,
      { boroughs: [], benchmark: 'england', ci: '95' },
      context,
    );
    expect(one.trendSpec).toBeUndefined();
    expect(one.distributionSpec).toBeUndefined();
  });

  it('marks a picked borough on a comparison computed once, with the same rows as computing it afresh', () => {
    const choice = { benchmark: 'england', ci: '95' } as const;
    const compared = compareIndicator(indicator, points, boroughs, choice);
    expect(compared.rows.every((r) => !r.selected)).toBe(true);
    const picked = [boroughs[3]!.code];
    const reused = buildIndicatorModel(
      indicator,
      points,
      boroughs,
      { ...choice, boroughs: picked },
      context,
      compared,
    );
    const afresh = buildIndicatorModel(
      indicator,
      points,
      boroughs,
      { ...choice, boroughs: picked },
      context,
    );
    expect(reused.model.rows).toEqual(afresh.model.rows);
    expect(reused.model.rows.filter((r) => r.selected).map((r) => r.code)).toEqual(picked);
    // The comparison itself is left as it was: nothing selected.
    expect(compared.rows.some((r) => r.selected)).toBe(false);
  });
});
