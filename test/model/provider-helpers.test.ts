import { describe, expect, it } from 'vitest';
import type { AreaCode, OdsCode, Provider } from '../../src/domain';
import {
  isAggregateCode,
  londonReference,
  LONDON_NHS_REGION,
} from '../../src/model/london-reference';
import { groupMeasures } from '../../src/model/measure-topics';
import { displayOrganisationName, organisationsForLevel } from '../../src/model/organisation-names';
import { lineage, providerTrendRows } from '../../src/model/provider-trend';
import { asIndicatorId, ENGLAND } from '../../src/domain';
import { makeBorough, makeDataPoint, makeIndicator } from '../factories';

const trust = (code: string, overrides: Partial<Provider> = {}): Provider => ({
  code: code as OdsCode,
  name: `${code} NHS TRUST`,
  kind: 'mental-health-trust',
  status: 'active',
  boroughsServed: [],
  ...overrides,
});

describe('organisation names', () => {
  it('shows capitals in title case with NHS acronyms, and mixed case as published', () => {
    expect(displayOrganisationName('SOUTH LONDON AND MAUDSLEY NHS FOUNDATION TRUST')).toBe(
      'South London and Maudsley NHS Foundation Trust',
    );
    expect(
      displayOrganisationName("SOUTH WEST LONDON AND ST GEORGE'S MENTAL HEALTH NHS TRUST"),
    ).toBe("South West London and St George's Mental Health NHS Trust");
    expect(displayOrganisationName('NHS Barnet CCG')).toBe('NHS Barnet CCG');
  });

  it("marks London's by the file's region, the reference tables, or a CCG's borough name", () => {
    const boroughs = [makeBorough(1, { name: 'Kingston upon Thames' })];
    const map = organisationsForLevel('ccg', {
      register: [
        { code: 'A1', name: 'SERVICE A', type: 'Provider', region: 'London' },
        { code: 'B1', name: 'SERVICE B', type: 'Provider', region: 'South East' },
        { code: 'E38000090', name: 'NHS Kingston CCG', type: 'CCG', region: '' },
        { code: 'E38000999', name: 'NHS Kent CCG', type: 'CCG', region: '' },
      ],
      providers: [trust('RV5')],
      icbs: [],
      boroughs,
    });
    expect(map.get('A1')?.london).toBe(true);
    expect(map.get('B1')?.london).toBe(false);
    expect(map.get('E38000090')?.london).toBe(true);
    expect(map.get('E38000999')?.london).toBe(false);
    expect(map.get('RV5')).toEqual({ name: 'RV5 NHS Trust', london: true });
  });
});

describe("a merged trust's trend", () => {
  const providers = [
    trust('G6V2S', { openDate: '2024-11-01' }),
    trust('RRP', { status: 'closed', successor: 'G6V2S' as OdsCode }),
    trust('TAF', { status: 'closed', successor: 'G6V2S' as OdsCode }),
  ];
  it('follows the successor and its predecessors, each with its own rows', () => {
    expect(lineage('G6V2S', providers)).toEqual(['G6V2S', 'RRP', 'TAF']);
    expect(lineage('RRP', providers)).toEqual(['RRP']);
    const indicator = makeIndicator({
      valueType: 'proportion',
      ciMethod: 'wilson',
      multiplier: 100,
    });
    const early = { label: '2024 Q2', start: '2024-07-01', end: '2024-09-30' };
    const late = { label: '2025 Q1', start: '2025-01-01', end: '2025-03-31' };
    const rows = providerTrendRows(
      indicator,
      [
        makeDataPoint({ code: 'RRP' as OdsCode, period: early, value: 40, denominator: 500 }),
        makeDataPoint({ code: 'TAF' as OdsCode, period: early, value: null }),
        makeDataPoint({ code: 'G6V2S' as OdsCode, period: late, value: 60, denominator: 900 }),
        makeDataPoint({ code: ENGLAND, period: early, value: 50 }),
        makeDataPoint({ code: ENGLAND, period: late, value: 50 }),
      ],
      lineage('G6V2S', providers),
    );
    expect(rows.map((r) => [r.period.label, r.code, r.verdict])).toEqual([
      ['2024 Q2', 'RRP', 'Low (0.001)'],
      ['2024 Q2', 'TAF', 'no value'],
      ['2025 Q1', 'G6V2S', 'High (0.001)'],
    ]);
  });
});

describe("London's reference value", () => {
  const indicator = makeIndicator({ valueType: 'proportion', ciMethod: 'wilson', multiplier: 100 });
  it("uses the publisher's London row where there is one", () => {
    const ref = londonReference(
      indicator,
      [makeDataPoint({ code: LONDON_NHS_REGION as AreaCode, value: 1.1 })],
      [],
    );
    expect(ref).toEqual({ value: 1.1, label: 'London', published: true });
  });
  it("otherwise pools London's published counts and says it is computed", () => {
    const ref = londonReference(
      indicator,
      [
        makeDataPoint({ code: 'A' as OdsCode, value: 50, count: 50, denominator: 100 }),
        makeDataPoint({ code: 'B' as OdsCode, value: 20, count: 60, denominator: 300 }),
      ],
      [{ code: 'A' }, { code: 'B' }],
    );
    expect(ref?.value).toBeCloseTo(27.5, 10);
    expect(ref?.published).toBe(false);
    expect(ref?.label).toContain('computed');
  });
});

describe('measure topics', () => {
  it('groups by collection, with the user’s files last', () => {
    const groups = groupMeasures(
      [
        makeIndicator({ id: asIndicatorId('mine'), level: 'provider' }),
        makeIndicator({ id: asIndicatorId('mhsds-mrs01b-icb'), level: 'icb' }),
        makeIndicator({ id: asIndicatorId('nhstt-annual-recovery'), level: 'provider' }),
        makeIndicator({ id: asIndicatorId('mhsds-mrs01b-provider'), level: 'provider' }),
      ],
      (i) => i.id === 'mine',
    );
    expect(groups.map((g) => [g.topic, g.measures.map((m) => m.id)])).toEqual([
      ['NHS Talking Therapies', ['nhstt-annual-recovery']],
      ['Community mental health waits (MHSDS)', ['mhsds-mrs01b-provider', 'mhsds-mrs01b-icb']],
      ['Your files', ['mine']],
    ]);
  });
});

describe('benchmark rows in organisation files', () => {
  it('are England, ONS regions and NHS regions, never an organisation', () => {
    expect(['E92000001', 'E12000007', 'E40000003'].map(isAggregateCode)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['E38000027', 'RV5', 'E09000001', 'E4000000'].map(isAggregateCode)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
