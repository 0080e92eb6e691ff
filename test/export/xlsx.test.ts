import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildRankedBarSeries } from '../../src/charts/ranked-bar/build-ranked-bar-series';
import { trendChartSpec } from '../../src/charts/specs/indicator-chart-specs';
import { rankedChartSpec } from '../../src/charts/specs/ranked-chart-spec';
import { buildTrendSeries } from '../../src/charts/trend/build-trend-series';
import { ENGLAND, type DataPoint } from '../../src/domain';
import { chartToXlsx } from '../../src/export/xlsx';
import { compareAreas } from '../../src/model/compare-areas';
import { makeBorough, makeDataPoint, makeIndicator } from '../factories';

/** Synthetic: six boroughs over two periods; England in each. */
const boroughs = [1, 2, 3, 4, 5, 6].map((n) => makeBorough(n));
const periods = [
  { label: '2011/12', start: '2011-04-01', end: '2012-03-31' },
  { label: '2012/13', start: '2012-04-01', end: '2013-03-31' },
];
const points: DataPoint[] = periods.flatMap((period, p) => [
  ...boroughs.map((b, i) =>
    makeDataPoint({
      code: b.code,
      period,
      value: 10 * (i + 1) + p + 0.1 + 0.2, // 0.30000000000000004: noise of our own arithmetic
      ci95: { lower: 10 * (i + 1) - 5, upper: 10 * (i + 1) + 5 },
    }),
  ),
  makeDataPoint({ code: ENGLAND, period, value: 35 }),
]);
const indicator = makeIndicator();
const model = compareAreas({
  indicator,
  points,
  units: boroughs,
  selected: [boroughs[0]!.code],
  benchmark: 'england',
  ci: '95',
});
const context = { dataVersion: 'synthetic-version', dataLabel: 'Synthetic' };
const footer = { permalink: 'https://atlas.example/?i=x', madeOn: '2026-12-07' };

const bytes = async (blob: Blob) => Buffer.from(await blob.arrayBuffer());

describe('chartToXlsx', () => {
  it('writes the ranked table as typed cells: numbers as numbers, periods as text', async () => {
    const spec = rankedChartSpec(
      indicator,
      model,
      buildRankedBarSeries(model.rows, indicator.polarity),
      context,
    );
    const file = await bytes(await chartToXlsx(spec, footer));
    const data = await readSheet(file, 'Data');
    const headers = data[0] as string[];
    const first = data[1]!;
    expect(first[headers.indexOf('Period')]).toBe('2012/13');
    expect(typeof first[headers.indexOf('Value (per 100,000)')]).toBe('number');
    expect(first[headers.indexOf('Value (per 100,000)')]).toBe(11.3);
    expect(data).toHaveLength(1 + 6);
    const notes = await readSheet(file, 'Notes');
    const about = Object.fromEntries(notes.slice(1).map((r) => [r[0], r[1]]));
    expect(about['Chart']).toBe(spec.title);
    expect(about['Source and licence']).toContain('Synthetic test data.');
    expect(about['Data version']).toBe('synthetic-version');
    expect(about['Link to this view']).toBe('https://atlas.example/?i=x');
  });

  it('writes a trend as its tidy data: a row per area and period', async () => {
    const trend = buildTrendSeries({
      points,
      sex: 'Persons',
      boroughs,
      selected: [boroughs[0]!.code],
      polarity: 'low-is-good',
      benchmark: 'england',
    });
    const spec = trendChartSpec(indicator, model, trend, context);
    const data = await readSheet(await bytes(await chartToXlsx(spec, footer)), 'Data');
    const headers = data[0] as string[];
    expect(headers).toEqual(
      expect.arrayContaining(['Area code', 'Period', 'Value', 'Lower 95% limit']),
    );
    // Two lines (the borough and England) over two periods.
    expect(data).toHaveLength(1 + 4);
    expect(data.slice(1).map((r) => r[headers.indexOf('Period')])).toEqual([
      '2011/12',
      '2012/13',
      '2011/12',
      '2012/13',
    ]);
  });
});
