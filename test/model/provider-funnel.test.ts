import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCatalogueEntry } from '../../scripts/catalogue/define';
import { RAW_PROVIDER_INDICATORS } from '../../scripts/catalogue/raw-indicators';
import { collectOrganisations } from '../../src/data/organisations';
import { importPublishedFile } from '../../src/data/import/import-published-file';
import { ENGLAND, type DataPoint, type OdsCode } from '../../src/domain';
import {
  buildProviderFunnel,
  periodsNewestFirst,
  whyNoFunnel,
  type FunnelOrganisation,
} from '../../src/model/provider-funnel';
import { organisationsForLevel } from '../../src/model/organisation-names';
import { funnelLimits, overdispersion } from '../../src/stats';
import { makeDataPoint, makeIndicator } from '../factories';
import { hasShared, sharedPath } from '../setup/shared-data';

const proportion = makeIndicator({
  valueType: 'proportion',
  ciMethod: 'wilson',
  multiplier: 100,
  unit: '%',
  polarity: 'high-is-good',
  level: 'provider',
});
const period = { label: '2024-25', start: '2024-04-01', end: '2025-03-31' };
const unit = (code: string, value: number | null, denominator?: number, count?: number) =>
  makeDataPoint({
    code: code as OdsCode,
    period,
    value,
    ...(denominator !== undefined && { denominator }),
    ...(count !== undefined && { count }),
  });
// Synthetic organisations: three London, the rest elsewhere.
const orgs = new Map<string, FunnelOrganisation>([
  ['LON1', { name: 'London high', london: true }],
  ['LON2', { name: 'London average', london: true }],
  ['LON3', { name: 'London low', london: true }],
  ['ELS1', { name: 'Elsewhere', london: false }],
]);
const points: DataPoint[] = [
  unit(ENGLAND, 50, 10000, 5000),
  unit('LON1', 80, 100),
  unit('LON2', 52, 100),
  unit('LON3', 30, 100),
  unit('ELS1', 57, 400),
  unit('ELS2', null),
  unit('ELS3', 45),
];

describe('the provider funnel', () => {
  const funnel = buildProviderFunnel({
    indicator: proportion,
    points,
    period,
    organisations: orgs,
    selected: ['LON3'],
    dispersion: 'off',
  });
  if (funnel.kind !== 'funnel') throw new Error('expected a funnel');

  it("targets England's published value and places each unit by its Wilson interval", () => {
    expect(funnel.target).toBe(50);
    expect(funnel.targetSource).toBe('england');
    const place = (code: string) => funnel.units.find((u) => u.code === code);
    expect(place('LON1')).toMatchObject({ at95: 'above', at998: 'above', judgement: 'better' });
    expect(place('LON2')).toMatchObject({ at95: 'within', at998: 'within', judgement: 'within' });
    expect(place('LON3')).toMatchObject({ at998: 'below', judgement: 'worse', selected: true });
    // 57% of 400: outside 95% (Wilson lower 52.1) but inside 99.8% (lower 49.2).
    expect(place('ELS1')).toMatchObject({ at95: 'above', at998: 'within' });
    expect(funnel.londonOutside998).toBe(2);
  });

  it('lists units it cannot plot with the reason, and never England', () => {
    expect(funnel.units.map((u) => u.code)).not.toContain(ENGLAND);
    expect(funnel.offFunnel).toEqual([
      expect.objectContaining({ code: 'ELS2', reason: 'no value' }),
      expect.objectContaining({ code: 'ELS3', reason: 'no denominator published' }),
    ]);
  });

  it("draws the statistics module's limits", () => {
    const at = funnel.limits[40]!;
    const expected = funnelLimits({ type: 'proportion', target: 0.5, multiplier: 100 }, [at.x]);
    expect(at.upper998).toBeCloseTo(expected.upper998[0]!.y, 10);
    expect(at.lower95).toBeCloseTo(expected.lower95[0]!.y, 10);
  });

  it('reports φ as the statistics module computes it and widens the limits', () => {
    const wide = buildProviderFunnel({
      indicator: proportion,
      points,
      period,
      organisations: orgs,
      selected: [],
      dispersion: 'multiplicative',
    });
    if (wide.kind !== 'funnel') throw new Error('expected a funnel');
    const phi = overdispersion(
      [
        { type: 'proportion', numerator: 80, denominator: 100 },
        { type: 'proportion', numerator: 52, denominator: 100 },
        { type: 'proportion', numerator: 30, denominator: 100 },
        { type: 'proportion', numerator: 228, denominator: 400 },
      ],
      0.5,
    ).phi;
    expect(wide.dispersion?.phi).toBeCloseTo(phi, 12);
    expect(wide.dispersion?.widened).toBe(true);
    const i = 60;
    expect(wide.limits[i]!.upper95 - 50).toBeGreaterThan(funnel.limits[i]!.upper95 - 50);
    expect(wide.units.filter((u) => u.at998 !== 'within').length).toBeLessThan(
      funnel.units.filter((u) => u.at998 !== 'within').length,
    );
  });

  it('pools the organisations when England is not published', () => {
    const pooled = buildProviderFunnel({
      indicator: proportion,
      points: points.filter((p) => p.code !== ENGLAND),
      period,
      organisations: orgs,
      selected: [],
      dispersion: 'off',
    });
    if (pooled.kind !== 'funnel') throw new Error('expected a funnel');
    expect(pooled.target).toBeCloseTo(((80 + 52 + 30 + 228) / 700) * 100, 10);
    expect(pooled.targetSource).toBe('pooled');
  });

  it('says why a measure has no funnel', () => {
    expect(whyNoFunnel(makeIndicator({ valueType: 'count' }), points)).toContain('count');
    expect(
      whyNoFunnel(makeIndicator({ valueType: 'proportion', ciMethod: 'none' }), points),
    ).toContain('no numerator');
    expect(whyNoFunnel(proportion, points.slice(0, 3))).toContain('fewer than three');
    expect(whyNoFunnel(makeIndicator({ valueType: 'median', ciMethod: 'none' }), points)).toContain(
      'median',
    );
  });

  it('places a ratio by the exact Poisson interval of its observed count', () => {
    const shmi = makeIndicator({ valueType: 'ratio', ciMethod: 'byar-exact', multiplier: 1 });
    const ratio = buildProviderFunnel({
      indicator: shmi,
      points: [unit('A', 1.3, 1000, 1300), unit('B', 1.0, 1000, 1000), unit('C', 0.8, 1000, 800)],
      period,
      organisations: new Map(),
      selected: [],
      dispersion: 'off',
    });
    if (ratio.kind !== 'funnel') throw new Error('expected a funnel');
    expect(ratio.target).toBe(1);
    expect(ratio.units.map((u) => u.at998)).toEqual(['above', 'within', 'below']);
    expect(ratio.xLabel).toBe('Expected deaths');
  });
});

const raw = sharedPath('data', 'raw', 'providers', 'talkingtherapies_annual_recovery_rate.csv');
describe.runIf(hasShared(raw))('the funnel on published Talking Therapies recovery', () => {
  it('gives φ and London organisations outside the limits for 2024-25', () => {
    const text = readFileSync(raw, 'utf8');
    const indicators = RAW_PROVIDER_INDICATORS.map(toCatalogueEntry);
    const imported = importPublishedFile(text, 'tt.csv', {
      indicators,
      boroughCodes: new Set(),
      today: '2026-11-29',
    });
    const indicator = imported.indicators.find((i) => i.id === 'nhstt-annual-recovery')!;
    const mine = imported.points.filter((p) => p.indicatorId === indicator.id);
    const latest = periodsNewestFirst(mine)[0]!;
    expect(latest.label).toMatch(/^2024-25/);
    const organisations = organisationsForLevel('provider', {
      register: collectOrganisations(text, 'tt.csv'),
      providers: [],
      icbs: [],
      boroughs: [],
    });
    const build = (dispersion: 'off' | 'multiplicative' | 'additive') => {
      const f = buildProviderFunnel({
        indicator,
        points: mine.filter((p) => p.period.label === latest.label),
        period: latest,
        organisations,
        selected: [],
        dispersion,
      });
      if (f.kind !== 'funnel') throw new Error(f.reason);
      return f;
    };
    const off = build('off');
    expect(off.target).toBe(50.5); // England as published
    expect(off.units).toHaveLength(136);
    expect(off.units.filter((u) => u.london)).toHaveLength(32);
    expect(off.londonOutside998).toBe(10);
    const multiplicative = build('multiplicative');
    expect(multiplicative.dispersion?.phi).toBeCloseTo(10.91, 2);
    expect(multiplicative.londonOutside998).toBe(2);
    expect(build('additive').londonOutside998).toBe(3);
  });
});
