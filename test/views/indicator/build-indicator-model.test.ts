import { describe, expect, it } from 'vitest';
import { asAreaCode, ENGLAND, type DataPoint } from '../../../src/domain';
import {
  buildIndicatorModel,
  type IndicatorModelInput,
} from '../../../src/views/indicator/build-indicator-model';
import { makeBorough, makeDataPoint, makeIndicator } from '../../factories';

const boroughs = [1, 2, 3, 4, 5, 6].map((n) => makeBorough(n));
const latest = { label: '2021/22', start: '2021-04-01', end: '2022-03-31' };
const older = { label: '2020/21', start: '2020-04-01', end: '2021-03-31' };

/** Synthetic values: borough n has value 10·n; England 35. */
function points(overrides: (n: number) => Partial<DataPoint> = () => ({})): DataPoint[] {
  return [
    ...boroughs.map((b, i) =>
      makeDataPoint({ code: b.code, period: latest, value: 10 * (i + 1), ...overrides(i + 1) }),
    ),
    makeDataPoint({ code: ENGLAND, period: latest, value: 35 }),
    makeDataPoint({ code: boroughs[0]!.code, period: older, value: 99 }),
  ];
}

const input = (over: Partial<IndicatorModelInput> = {}): IndicatorModelInput => ({
  indicator: makeIndicator(),
  points: points(),
  boroughs,
  selected: [],
  benchmark: 'england',
  ci: '95',
  ...over,
});

describe('buildIndicatorModel', () => {
  it('shows the latest period by default and lists periods newest first', () => {
    const model = buildIndicatorModel(input());
    expect(model.period?.label).toBe('2021/22');
    expect(model.periods.map((p) => p.label)).toEqual(['2021/22', '2020/21']);
  });

  it('ranks best first for a low-is-good indicator, and highest first for no judgement', () => {
    expect(buildIndicatorModel(input()).rows.map((r) => r.value)).toEqual([10, 20, 30, 40, 50, 60]);
    const neutral = buildIndicatorModel(
      input({ indicator: makeIndicator({ polarity: 'no-judgement' }) }),
    );
    expect(neutral.rows.map((r) => r.value)).toEqual([60, 50, 40, 30, 20, 10]);
  });

  it('compares by confidence interval with the England value when intervals exist', () => {
    const model = buildIndicatorModel(
      input({ points: points((n) => ({ ci95: { lower: 10 * n - 6, upper: 10 * n + 6 } })) }),
    );
    expect(model.method).toBe('ci-overlap');
    expect(model.benchmarkValue).toBe(35);
    expect(model.rows.map((r) => r.outcome.kind)).toEqual([
      'better',
      'better',
      'similar',
      'similar',
      'worse',
      'worse',
    ]);
    expect(model.references).toEqual([{ label: 'England', value: 35 }]);
  });

  it('falls back to quintiles within London when the data has no intervals', () => {
    const model = buildIndicatorModel(input());
    expect(model.method).toBe('quintiles');
    expect(model.rows.map((r) => r.outcome.kind)).toEqual(['q1', 'q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('says so when the chosen benchmark has no value, and compares nothing against it', () => {
    const model = buildIndicatorModel(
      input({ benchmark: 'london', points: points(() => ({ ci95: { lower: 0, upper: 1 } })) }),
    );
    expect(model.notices[0]).toMatch(/No London value is published/);
    expect(model.rows.every((r) => r.outcome.kind === 'not-compared')).toBe(true);
  });

  it('keeps an area with no row visible, last, with the reason', () => {
    const model = buildIndicatorModel(
      input({ points: points().filter((p) => p.code !== boroughs[2]!.code) }),
    );
    expect(model.rows.at(-1)).toMatchObject({
      name: 'Synthetic borough 03',
      value: null,
      note: 'No row for this area in the published data',
    });
  });

  it('marks selected boroughs', () => {
    const model = buildIndicatorModel(input({ selected: [asAreaCode('E09000002')] }));
    expect(model.rows.filter((r) => r.selected).map((r) => r.code)).toEqual(['E09000002']);
  });

  it('falls back to the latest period with a notice when the asked-for period does not exist', () => {
    const model = buildIndicatorModel(input({ period: '1999/00' }));
    expect(model.period?.label).toBe('2021/22');
    expect(model.notices).toContain(
      'Synthetic has no period "1999/00"; showing the latest, 2021/22.',
    );
  });
});
