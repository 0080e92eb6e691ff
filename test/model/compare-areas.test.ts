import { describe, expect, it } from 'vitest';
import { asAreaCode, ENGLAND, type DataPoint } from '../../src/domain';
import { compareAreas, type CompareAreasInput } from '../../src/model/compare-areas';
import { makeBorough, makeDataPoint, makeIndicator } from '../factories';

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

const input = (over: Partial<CompareAreasInput> = {}): CompareAreasInput => ({
  indicator: makeIndicator(),
  points: points(),
  units: boroughs,
  selected: [],
  benchmark: 'england',
  ci: '95',
  ...over,
});

describe('compareAreas', () => {
  it('shows the latest period by default and lists periods newest first', () => {
    const model = compareAreas(input());
    expect(model.period?.label).toBe('2021/22');
    expect(model.periods.map((p) => p.label)).toEqual(['2021/22', '2020/21']);
  });

  it('ranks best first for a low-is-good indicator, and highest first for no judgement', () => {
    expect(compareAreas(input()).rows.map((r) => r.value)).toEqual([10, 20, 30, 40, 50, 60]);
    const neutral = compareAreas(input({ indicator: makeIndicator({ polarity: 'no-judgement' }) }));
    expect(neutral.rows.map((r) => r.value)).toEqual([60, 50, 40, 30, 20, 10]);
  });

  it('compares by confidence interval with the England value when intervals exist', () => {
    const model = compareAreas(
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

  it('without intervals, compares nothing and places each area in its own quintile field', () => {
    const model = compareAreas(input());
    expect(model.method).toBe('quintiles');
    expect(model.rows.every((r) => r.outcome.kind === 'not-compared')).toBe(true);
    expect(model.rows.map((r) => r.quintile)).toEqual([1, 1, 2, 3, 4, 5]);
    expect(model.notices).toContain(
      'Synthetic has no confidence intervals in 2021/22: areas are not compared with England, only placed in fifths of London.',
    );
  });

  it('quotes an undated period where it names it, so the sentence reads as meant', () => {
    const undated = { label: 'not stated in source' };
    const model = compareAreas(
      input({
        points: boroughs.map((b, i) =>
          makeDataPoint({ code: b.code, period: undated, value: 10 * (i + 1) }),
        ),
      }),
    );
    expect(model.rows[0]?.outcome).toEqual({
      kind: 'not-compared',
      reason: 'no England value for the period “not stated in source”',
    });
  });

  it('at 99.8% where only 95% intervals are published, compares at 95% and says so', () => {
    const model = compareAreas(
      input({
        ci: '99.8',
        points: points((n) => ({ ci95: { lower: 10 * n - 1, upper: 10 * n + 1 } })),
      }),
    );
    expect(model.ciUsed).toBe('95');
    expect(model.method).toBe('ci-overlap');
    expect(model.notices).toContain(
      '99.8% intervals are not published for Synthetic; compared at 95%.',
    );
    expect(model.rows[0]).toMatchObject({ intervalSource: 'published', intervalLevel: '95' });
  });

  it('computes Wilson intervals from counts for a proportion, marked computed, at the chosen level', () => {
    const indicator = makeIndicator({
      valueType: 'proportion',
      ciMethod: 'wilson',
      multiplier: 100,
      unit: '%',
      polarity: 'high-is-good',
    });
    const model = compareAreas(
      input({
        indicator,
        ci: '99.8',
        points: points((n) => ({ value: 10 * n, count: 10 * n, denominator: 100 })),
      }),
    );
    expect(model.ciUsed).toBe('99.8');
    const top = model.rows[0]!;
    expect(top).toMatchObject({
      name: 'Synthetic borough 06',
      value: 60,
      intervalSource: 'computed',
      intervalLevel: '99.8',
    });
    // Wilson 99.8% for 60/100, z = 3.090232: (129.5495 ∓ 31.7482) / 219.0991 = 0.44638 to 0.73619, ×100.
    expect(top.interval?.lower).toBeCloseTo(44.638, 2);
    expect(top.interval?.upper).toBeCloseTo(73.619, 2);
    expect(top.outcome.kind).toBe('better');
  });

  it("gives both boroughs of a combined area the publisher's combined value with its note", () => {
    const combined = makeDataPoint({
      code: asAreaCode('E67000001'),
      period: latest,
      value: 42,
      note: 'Value for Hackney and City of London combined',
    });
    const city = makeBorough(1);
    const hackney = makeBorough(12);
    const model = compareAreas(
      input({
        units: [city, hackney, ...boroughs.slice(1)],
        points: [...points().filter((p) => p.code !== city.code), combined],
      }),
    );
    for (const code of [city.code, hackney.code]) {
      const row = model.rows.find((r) => r.code === code)!;
      expect(row).toMatchObject({ value: 42, combinedArea: 'City of London, Hackney' });
      expect(row.note).toBe(
        'Published for City of London, Hackney combined (E67000001): Value for Hackney and City of London combined',
      );
    }
  });

  it("checks the publisher's verdict against ours when the benchmark is England", () => {
    const model = compareAreas(
      input({
        points: points((n) => ({
          ci95: { lower: 10 * n - 1, upper: 10 * n + 1 },
          publishedComparison: n === 1 ? 'Better' : n === 6 ? 'Similar' : '',
        })),
      }),
    );
    expect(model.rows.find((r) => r.value === 10)).toMatchObject({
      outcome: { kind: 'better' },
      publishedAgrees: true,
    });
    expect(model.rows.find((r) => r.value === 60)).toMatchObject({
      outcome: { kind: 'worse' },
      publishedAgrees: false,
    });
    const london = compareAreas(
      input({
        benchmark: 'london',
        points: points((n) => ({ publishedComparison: n === 1 ? 'Better' : '' })),
      }),
    );
    expect(london.rows.every((r) => r.publishedAgrees === undefined)).toBe(true);
  });

  it('ranks areas with a value 1 to n', () => {
    expect(compareAreas(input()).rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('says so when the chosen benchmark has no value, and compares nothing against it', () => {
    const model = compareAreas(
      input({ benchmark: 'london', points: points(() => ({ ci95: { lower: 0, upper: 1 } })) }),
    );
    expect(model.notices[0]).toMatch(/No London value is published/);
    expect(model.rows.every((r) => r.outcome.kind === 'not-compared')).toBe(true);
  });

  it('keeps an area with no row visible, last, with the reason', () => {
    const model = compareAreas(
      input({ points: points().filter((p) => p.code !== boroughs[2]!.code) }),
    );
    expect(model.rows.at(-1)).toMatchObject({
      name: 'Synthetic borough 03',
      value: null,
      note: 'No row for this area in the published data',
    });
  });

  it('marks selected boroughs', () => {
    const model = compareAreas(input({ selected: [asAreaCode('E09000002')] }));
    expect(model.rows.filter((r) => r.selected).map((r) => r.code)).toEqual(['E09000002']);
  });

  it('falls back to the latest period with a notice when the asked-for period does not exist', () => {
    const model = compareAreas(input({ period: '1999/00' }));
    expect(model.period?.label).toBe('2021/22');
    expect(model.notices).toContain(
      'Synthetic has no period "1999/00"; showing the latest, 2021/22.',
    );
  });

  it('compares providers and ICBs the same way, by ODS code, with SHMI-style ratios computed from observed and expected', () => {
    const shmi = makeIndicator({
      level: 'provider',
      valueType: 'ratio',
      ciMethod: 'byar-exact',
      multiplier: 1,
      polarity: 'low-is-good',
      unit: 'ratio',
    });
    const providers = [
      { code: 'RAA', name: 'Synthetic trust A' },
      { code: 'RBB', name: 'Synthetic trust B' },
    ];
    const model = compareAreas({
      indicator: shmi,
      units: providers,
      selected: ['RBB'],
      benchmark: 'england',
      ci: '95',
      points: [
        makeDataPoint({ code: asAreaCode('E92000001'), period: latest, value: 1 }),
        makeDataPoint({
          code: 'RAA' as never,
          period: latest,
          value: 1.5,
          count: 150,
          denominator: 100,
        }),
        makeDataPoint({
          code: 'RBB' as never,
          period: latest,
          value: 1.02,
          count: 102,
          denominator: 100,
        }),
      ],
    });
    // 150 observed / 100 expected: Byar 95% limits 126.96 to 176.02 → 1.27 to 1.76, above 1.
    expect(model.rows.find((r) => r.code === 'RAA')).toMatchObject({
      outcome: { kind: 'worse' },
      intervalSource: 'computed',
    });
    expect(model.rows.find((r) => r.code === 'RBB')).toMatchObject({
      outcome: { kind: 'similar' },
      selected: true,
    });
  });
});
