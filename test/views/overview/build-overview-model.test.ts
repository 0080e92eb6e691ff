import { describe, expect, it } from 'vitest';
import { asIndicatorId, ENGLAND, LONDON, type DataPoint } from '../../../src/domain';
import { buildOverviewModel } from '../../../src/views/overview/build-overview-model';
import { makeBorough, makeDataPoint, makeIndicator } from '../../factories';

/**
 * Synthetic: six boroughs; one indicator for Persons with intervals over two periods, one
 * published only by sex and without intervals.
 */
const boroughs = [1, 2, 3, 4, 5, 6].map((n) => makeBorough(n));
const withCi = makeIndicator({ id: asIndicatorId('synthetic-with-ci'), shortName: 'With CI' });
const bySex = makeIndicator({
  id: asIndicatorId('synthetic-by-sex'),
  shortName: 'By sex',
  polarity: 'high-is-good',
});
const later = { label: '2021/22', start: '2021-04-01', end: '2022-03-31' };
const earlier = { label: '2020/21', start: '2020-04-01', end: '2021-03-31' };
const ciPoints: DataPoint[] = [earlier, later].flatMap((period, p) => [
  ...boroughs.map((b, i) =>
    makeDataPoint({
      indicatorId: withCi.id,
      code: b.code,
      period,
      value: 10 * (i + 1) + p,
      ci95: { lower: 10 * (i + 1) + p - 2, upper: 10 * (i + 1) + p + 2 },
    }),
  ),
  makeDataPoint({ indicatorId: withCi.id, code: ENGLAND, period, value: 35 }),
  makeDataPoint({ indicatorId: withCi.id, code: LONDON, period, value: 33 }),
]);
const sexPoints: DataPoint[] = (['Female', 'Male'] as const).flatMap((sex, s) =>
  boroughs.map((b, i) =>
    makeDataPoint({ indicatorId: bySex.id, code: b.code, sex, value: 50 + i + s, period: later }),
  ),
);
const points = new Map<string, readonly DataPoint[]>([
  [withCi.id, ciPoints],
  [bySex.id, sexPoints],
]);
const context = { dataVersion: 'synthetic-version', dataLabel: 'Synthetic' };
const choice = { boroughs: [boroughs[0]!.code], benchmark: 'england', ci: '95' } as const;

describe('buildOverviewModel', () => {
  it("compares each indicator's latest period, and each sex as its own row where there is no Persons", () => {
    const { inputs } = buildOverviewModel([withCi, bySex], points, boroughs, choice, context);
    expect(inputs.map((i) => [i.indicator.id, i.sex, i.periodLabel, i.method])).toEqual([
      ['synthetic-with-ci', 'Persons', '2021/22', 'ci'],
      ['synthetic-by-sex', 'Female', '2021/22', 'quintiles'],
      ['synthetic-by-sex', 'Male', '2021/22', 'quintiles'],
    ]);
    expect(inputs[0]).toMatchObject({ england: 35, london: 33, benchmarkName: 'England' });
    const first = inputs[0]!.rows.find((r) => r.code === boroughs[0]!.code);
    expect(first).toMatchObject({ value: 11, selected: true, outcome: { kind: 'better' } });
  });

  it('gives the rug its spec: title, benchmark in the subtitle and file name, stamp', () => {
    const { spec } = buildOverviewModel([withCi, bySex], points, boroughs, choice, context);
    expect(spec.title).toBe('London boroughs compared, mental and physical health');
    expect(spec.subtitle).toContain('compared with England');
    expect(spec.fileParts).toEqual(['london-overview', 'vs-England']);
    expect(spec.stamp.dataVersion).toBe('synthetic-version');
    expect(spec.stamp.periods).toContain('2021/22');
  });

  it('compares with London when asked, and has no rows before the boroughs are known', () => {
    const london = buildOverviewModel(
      [withCi],
      points,
      boroughs,
      { ...choice, benchmark: 'london' },
      context,
    );
    expect(london.inputs[0]!.benchmarkName).toBe('London');
    expect(london.spec.fileParts).toEqual(['london-overview', 'vs-London']);
    expect(buildOverviewModel([withCi], points, [], choice, context).inputs).toEqual([]);
  });
});
