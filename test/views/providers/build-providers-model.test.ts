import { describe, expect, it } from 'vitest';
import { ENGLAND, type DataPoint, type OdsCode, type Provider } from '../../../src/domain';
import {
  buildProvidersCharts,
  choosePeriod,
  emphasis,
} from '../../../src/views/providers/build-providers-model';
import { makeDataPoint, makeIndicator } from '../../factories';

/** Synthetic: 12 organisations (4 in London), a proportion with counts, over two periods. */
const periods = [
  { label: '2022-23', start: '2022-04-01', end: '2023-03-31' },
  { label: '2023-24', start: '2023-04-01', end: '2024-03-31' },
];
const codes = Array.from({ length: 12 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`);
const measure = makeIndicator({
  id: 'synthetic-recovery' as never,
  level: 'provider',
  unit: '%',
  multiplier: 100,
  valueType: 'proportion',
  polarity: 'high-is-good',
  ciMethod: 'wilson',
});
const points: DataPoint[] = periods.flatMap((period, p) => [
  ...codes.map((code, i) => {
    const denominator = 200 + 50 * i;
    const count = Math.round(denominator * (0.4 + 0.02 * i + 0.01 * p));
    return makeDataPoint({
      code: code as OdsCode,
      period,
      value: (100 * count) / denominator,
      count,
      denominator,
    });
  }),
  makeDataPoint({ code: ENGLAND, period, value: 50 }),
]);
const organisations = new Map(
  codes.map((code, i) => [code, { name: `Synthetic trust ${i + 1}`, london: i < 4 }]),
);
const names = new Map([...organisations].map(([code, o]) => [code, o.name]));
const context = { dataVersion: 'synthetic-version', dataLabel: 'Synthetic' };
const provider = (code: string, successor?: string): Provider => ({
  code: code as OdsCode,
  name: `Synthetic trust ${code}`,
  kind: 'mental-health-trust',
  status: successor ? 'closed' : 'active',
  boroughsServed: [],
  ...(successor && { successor: successor as OdsCode }),
});

describe('choosePeriod', () => {
  it('shows the period asked for, or the latest with a notice when the measure lacks it', () => {
    expect(choosePeriod(measure, points, '2022-23').period?.label).toBe('2022-23');
    const missing = choosePeriod(measure, points, '2019-20');
    expect(missing.period?.label).toBe('2023-24');
    expect(missing.notice).toBe('Synthetic has no period "2019-20"; showing the latest, 2023-24.');
  });
});

describe('emphasis', () => {
  it('emphasises a merged trust with its predecessors, each its own line', () => {
    const providers = [provider('R01'), provider('R09', 'R01')];
    expect(emphasis(['R01'], providers)).toEqual({
      lineages: [['R01', 'R09']],
      emphasised: ['R01', 'R09'],
    });
  });
});

describe('buildProvidersCharts', () => {
  const { lineages, emphasised } = emphasis(['R02'], []);
  const charts = buildProvidersCharts(
    {
      measure,
      points,
      period: periods[1]!,
      organisations,
      names,
      chosen: ['R02'],
      lineages,
      emphasised,
      dispersion: 'off',
      ci: '95',
    },
    context,
  );

  it('funnels every organisation in England, and says how many and when', () => {
    expect(charts.funnelSpec?.table.rows).toHaveLength(12);
    expect(charts.funnelSpec?.subtitle).toMatch(
      /^2023-24 · 12 organisations in England, 4 in London/,
    );
    expect(charts.funnelSpec?.stamp.periods).toEqual(['2023-24']);
  });

  it("ranks London's organisations only, with England's line", () => {
    expect(charts.rankedSpec?.table.rows.map((r) => r.code)).toHaveLength(4);
    expect(charts.rankedSpec?.marks.references.map((r) => r.label)).toContain('England');
  });

  it('follows the chosen organisation over time', () => {
    expect(charts.chosen).toBe('R02');
    expect(charts.trendSpec?.title).toBe('Is it changing? Synthetic trust 2: Synthetic over time');
    expect(charts.trendSpec?.table.rows).toHaveLength(2);
  });
});
