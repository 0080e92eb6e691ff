import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/charts/funnel/place-labels';
import type { FunnelUnitRow } from '../../src/model/provider-funnel';

const unit = (code: string, size: number, value: number, extra: Partial<FunnelUnitRow> = {}) =>
  ({
    code,
    name: `Organisation ${code}`,
    london: true,
    selected: false,
    value,
    size,
    at95: 'above',
    at998: 'above',
    judgement: 'better',
    ...extra,
  }) satisfies FunnelUnitRow;

const domains = {
  x: [0, 1000] as [number, number],
  y: [0, 100] as [number, number],
  xTicks: [],
  yTicks: [],
};
const plot = { width: 600, height: 300 };

describe('funnel names', () => {
  it('names the furthest of two overlapping marks and leaves the other to the table', () => {
    const labels = placeLabels([unit('A', 100, 70), unit('B', 110, 71)], 50, domains, plot);
    expect(labels.get('B')?.showLabel).toBe(true);
    expect(labels.get('A')?.showLabel).toBe(false);
  });

  it('always names a chosen organisation, and marks within the limits never', () => {
    const labels = placeLabels(
      [
        unit('A', 100, 90),
        unit('B', 105, 90, { selected: true }),
        unit('C', 500, 52, { at95: 'within', at998: 'within' }),
      ],
      50,
      domains,
      plot,
    );
    expect(labels.get('B')).toEqual({ showLabel: true, labelLeft: false });
    expect(labels.get('C')?.showLabel).toBe(false);
  });

  it('puts names in the right part of the plot to the left of their mark', () => {
    expect(placeLabels([unit('A', 900, 80)], 50, domains, plot).get('A')?.labelLeft).toBe(true);
  });
});
