import type { ProviderTrendRow } from '../../model/provider-trend';
import type { FunnelSignificance } from '../../stats';
import { formatValue } from '../shared/format-value';
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
      {
        key: 'value',
        header: `Value (${options.unit})`,
        value: (r) => r.value,
        format: (r) => formatValue(r.value, dp),
        numeric: true,
      },
      {
        key: 'denominator',
        header: 'Denominator',
        value: (r) => r.denominator ?? null,
        format: (r) => formatValue(r.denominator ?? null, 0),
        numeric: true,
      },
      {
        key: 'england',
        header: 'England',
        value: (r) => r.england,
        format: (r) => formatValue(r.england, dp),
        numeric: true,
      },
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
