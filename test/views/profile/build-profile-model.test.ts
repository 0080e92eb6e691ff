import { describe, expect, it } from 'vitest';
import { asIndicatorId, ENGLAND, type DataPoint } from '../../../src/domain';
import { buildProfileModel, findPeers } from '../../../src/views/profile/build-profile-model';
import { makeBorough, makeDataPoint, makeIndicator } from '../../factories';

const boroughs = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) =>
  makeBorough(n, { subRegion: n <= 3 ? 'NCL' : 'SEL' }),
);
/** Synthetic IMD scores: borough n scores 10·n. */
const imd = new Map(boroughs.map((b, i) => [b.code as string, 10 * (i + 1)]));

describe('findPeers', () => {
  it('takes the sub-region and the 5 nearest by IMD score, each once', () => {
    expect(findPeers(boroughs[0]!, boroughs, imd).map((b) => b.code)).toEqual([
      'E09000002',
      'E09000003',
      'E09000004',
      'E09000005',
      'E09000006',
    ]);
    // Borough 5 (SEL, score 50): SEL is 4, 6, 7, 8, 9; its 5 nearest by score are 4, 6 (±10),
    // 3, 7 (±20) and 2 (30 away, before 8 by name).
    expect(findPeers(boroughs[4]!, boroughs, imd).map((b) => b.code)).toEqual([
      'E09000004',
      'E09000006',
      'E09000007',
      'E09000008',
      'E09000009',
      'E09000003',
      'E09000002',
    ]);
  });
});

describe('buildProfileModel', () => {
  const indicator = makeIndicator({
    id: asIndicatorId('synthetic-mental'),
    polarity: 'low-is-good',
  });
  const points: DataPoint[] = [
    ...boroughs.map((b, i) =>
      makeDataPoint({
        indicatorId: indicator.id,
        code: b.code,
        value: 10 * (i + 1),
        ci95: { lower: 10 * (i + 1) - 2, upper: 10 * (i + 1) + 2 },
      }),
    ),
    makeDataPoint({ indicatorId: indicator.id, code: ENGLAND, value: 45 }),
  ];
  const imdIndicator = makeIndicator({
    id: asIndicatorId('mhclg-imd2019-score'),
    domain: 'context',
    polarity: 'no-judgement',
  });
  const imdPoints = boroughs.map((b, i) =>
    makeDataPoint({ indicatorId: imdIndicator.id, code: b.code, value: 10 * (i + 1) }),
  );

  it('places the borough against London’s spread and the benchmark, names the best peer and sums up each section', () => {
    const model = buildProfileModel({
      borough: boroughs[7]!,
      boroughs,
      indicators: [indicator, imdIndicator],
      points: new Map([
        [indicator.id, points],
        [imdIndicator.id, imdPoints],
      ]),
      benchmark: 'england',
      ci: '95',
    });
    const mental = model.sections.find((s) => s.domain === 'mental')!;
    expect(mental.rows[0]).toMatchObject({
      min: 10,
      max: 90,
      q1: 30,
      median: 50,
      q3: 70,
      benchmark: 45,
      borough: { value: 80, outcome: { kind: 'worse' } },
    });
    // Peers of borough 8 (SEL): 4, 5, 6, 7, 9, which are also its 5 nearest by IMD; the lowest (best) value is borough 4's 40.
    expect(mental.rows[0]?.bestPeer).toEqual({ name: 'Synthetic borough 04', value: 40 });
    expect(mental.summary).toBe(
      'Worse than England on 1 of 1 mental health row compared by confidence interval; better on 0.',
    );
    expect(model.sections.find((s) => s.domain === 'context')?.summary).toBe(
      'No context indicator here has confidence intervals to compare with England; 1 row placed by quintile within London only.',
    );
  });
});
