import { numberColumn } from '../shared/tidy-columns';
import type { ProviderTrendRow } from '../../model/provider-trend';
import type { FunnelSignificance } from '../../stats';
import type { TableSpec } from '../../domain/chart-spec';

const VERDICT_WORDS: Record<FunnelSignificance, string> = {
  'High (0.001)': '▲ Above 99.8% limit',
  'High (0.025)': '△ Above 95% limit',
  'Not significant': '● Within limits',
  'Low (0.025)': '▽ Below 95% limit',
  'Low (0.001)': '▼ Below 99.8% limit',
};

const describeFunnelVerdict = (verdict: ProviderTrendRow['verdict']): string =>
  verdict in VERDICT_WORDS
    ? VERDICT_WORDS[verdict as FunnelSignificance]
    : `Not placed (${verdict})`;

/** Each period's value for the organisation (and predecessors), England's, and the funnel verdict. */
export function providerTrendTableSpec(
  rows: readonly ProviderTrendRow[],
  names: ReadonlyMap<string, string>,
  options: { readonly caption: string; readonly unit: string; readonly decimals?: number },
): TableSpec<ProviderTrendRow> {
  const dp = options.decimals ?? 1;
  return {
    caption: options.caption,
    columns: [
      { key: 'period', header: 'Period', value: (r) => r.period.label, rowHeader: true },
      { key: 'organisation', header: 'Organisation', value: (r) => names.get(r.code) ?? r.code },
      { key: 'code', header: 'Code', value: (r) => r.code },
      numberColumn('value', `Value (${options.unit})`, (r) => r.value, dp),
      numberColumn('denominator', 'Denominator', (r) => r.denominator, 0),
      numberColumn('england', 'England', (r) => r.england, dp),
      {
        key: 'verdict',
        header: 'Against England (funnel, no over-dispersion)',
        value: (r) => describeFunnelVerdict(r.verdict),
      },
    ],
    rows,
    rowKey: (r) => `${r.period.label}|${r.code}`,
  };
}
