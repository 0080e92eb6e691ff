import { describe, expect, it } from 'vitest';
import { buildProviderTrendSeries } from '../../src/charts/trend/build-provider-trend-series';
import { ENGLAND, type OdsCode } from '../../src/domain';
import { makeDataPoint, makeIndicator } from '../factories';

const indicator = makeIndicator({
  valueType: 'proportion',
  ciMethod: 'wilson',
  multiplier: 100,
  polarity: 'high-is-good',
});
const at = (label: string, code: string, value: number, count?: number, denominator?: number) =>
  makeDataPoint({
    code: code as OdsCode,
    period: { label, start: `${label}-01` },
    value,
    ...(count !== undefined && { count, denominator }),
  });

describe("an organisation's trend", () => {
  const series = buildProviderTrendSeries({
    indicator,
    points: [
      at('2024-06', 'RRP', 40, 200, 500),
      at('2024-12', 'G6V2S', 60, 540, 900),
      at('2024-06', ENGLAND, 50),
      at('2024-12', ENGLAND, 51),
    ],
    lines: [
      { code: 'G6V2S', name: 'North London' },
      { code: 'RRP', name: 'Barnet, Enfield and Haringey (predecessor)' },
      { code: 'TAF', name: 'Camden and Islington (predecessor)' },
    ],
  });

  it('draws the organisation, its predecessors with rows, and England, oldest period first', () => {
    expect(series.lines.map((l) => [l.key, l.isBenchmark])).toEqual([
      ['G6V2S', false],
      ['RRP', false],
      [ENGLAND, true],
    ]);
    expect(series.data.map((r) => [r.period, r.G6V2S, r.RRP, r[ENGLAND]])).toEqual([
      ['2024-06', null, 40, 50],
      ['2024-12', 60, null, 51],
    ]);
  });

  it('bands each value by the Wilson interval of its counts, where it has them', () => {
    const band = series.data[0]!.RRPCi as readonly [number, number];
    expect(band[0]).toBeCloseTo(35.8, 1);
    expect(band[1]).toBeCloseTo(44.4, 1);
    expect(series.data[0]![`${ENGLAND}Ci`]).toBeUndefined();
    expect(series.hasIntervals).toBe(true);
  });
});
