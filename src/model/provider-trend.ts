import {
  comparePeriods,
  ENGLAND,
  type DataPoint,
  type Indicator,
  type Period,
  type Provider,
} from '../domain';
import { funnelSignificance, type FunnelSignificance } from '../stats';

export interface ProviderTrendRow {
  readonly period: Period;
  readonly code: string;
  readonly value: number | null;
  readonly denominator?: number;
  readonly england: number | null;
  /** The period's funnel verdict against England, or why there is none. */
  readonly verdict: FunnelSignificance | string;
}

/** The organisations whose series a trend shows: the one chosen, then its predecessors. */
export function lineage(code: string, providers: readonly Provider[]): string[] {
  const predecessors = providers.filter((p) => p.successor === code).map((p) => p.code);
  return [code, ...predecessors];
}

/**
 * An organisation's series with England's, and each period's funnel verdict against England
 * (Wilson for proportions, exact Poisson for ratios: the same test as the funnel with
 * over-dispersion off). A merged trust's predecessors keep their own rows: a period before a
 * merger shows the predecessor, never a joined figure.
 */
export function providerTrendRows(
  indicator: Indicator,
  points: readonly DataPoint[],
  codes: readonly string[],
): ProviderTrendRow[] {
  const england = new Map(
    points.filter((p) => p.code === ENGLAND).map((p) => [p.period.label, p.value]),
  );
  const m = indicator.multiplier;
  return points
    .filter((p) => codes.includes(p.code))
    .sort(
      (a, b) => comparePeriods(a.period, b.period) || codes.indexOf(a.code) - codes.indexOf(b.code),
    )
    .map((p) => {
      const benchmark = england.get(p.period.label) ?? null;
      let verdict: ProviderTrendRow['verdict'];
      if (p.value === null) verdict = 'no value';
      else if (!((p.denominator ?? 0) > 0)) verdict = 'no denominator';
      else if (benchmark === null) verdict = 'no England value';
      else if (indicator.valueType === 'proportion' && indicator.ciMethod === 'wilson')
        verdict =
          benchmark > 0 && benchmark < m
            ? funnelSignificance({
                type: 'proportion',
                numerator: (p.value / m) * (p.denominator ?? 0),
                denominator: p.denominator ?? 0,
                target: benchmark / m,
              })
            : 'England value outside 0 to 100%';
      else if (indicator.valueType === 'ratio' && p.count !== undefined)
        verdict = funnelSignificance({
          type: 'ratio',
          observed: p.count,
          expected: p.denominator ?? 0,
        });
      else verdict = 'no funnel for this measure';
      return {
        period: p.period,
        code: p.code,
        value: p.value,
        ...(p.denominator !== undefined && { denominator: p.denominator }),
        england: benchmark,
        verdict,
      };
    });
}
