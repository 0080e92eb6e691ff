import { numberColumn } from '../shared/tidy-columns';
import { DISPERSION_WORDS } from './dispersion-words';
import type { ProviderFunnel } from '../../model/provider-funnel';
import type { TableColumn, TableSpec } from '../../domain/chart-spec';
import { JUDGEMENT_WORDS, markOf, placeWords } from './funnel-marks';

export interface FunnelTableRow {
  readonly code: string;
  readonly name: string;
  readonly london: boolean;
  readonly selected: boolean;
  readonly value: number | null;
  readonly size?: number;
  readonly count?: number;
  readonly at95?: string;
  readonly at998?: string;
  readonly judgement?: string;
  readonly symbol?: string;
  readonly reason?: string;
}

/**
 * The funnel's table twin: every organisation on the plot (London first, then by name) with
 * its value, size, place at 95% and 99.8% and the over-dispersion setting, then every
 * organisation left off the plot with the reason.
 */
export function funnelTableSpec(
  funnel: ProviderFunnel,
  options: {
    readonly caption: string;
    readonly unit: string;
    readonly decimals?: number;
    /** The measure, named in every CSV row. */
    readonly indicator?: { readonly id: string; readonly name: string };
  },
): TableSpec<FunnelTableRow> {
  const dp = options.decimals ?? 1;
  const setting = funnel.dispersion ? DISPERSION_WORDS[funnel.dispersion.mode] : 'Off';
  const rows = funnelRows(funnel);
  const columns: TableColumn<FunnelTableRow>[] = [
    { key: 'name', header: 'Organisation', value: (r) => r.name, rowHeader: true },
    { key: 'code', header: 'Code', value: (r) => r.code },
    { key: 'london', header: 'London', value: (r) => (r.london ? 'Yes' : 'No') },
    numberColumn('value', `Value (${options.unit})`, (r) => r.value, dp),
    numberColumn('size', funnel.xLabel, (r) => r.size, 0),
    {
      key: 'at95',
      header: 'At 95%',
      value: (r) => r.at95 ?? r.reason ?? null,
      format: (r) => (r.at95 ? `${r.symbol} ${r.at95}` : `Not on the funnel: ${r.reason}`),
    },
    { key: 'at998', header: 'At 99.8%', value: (r) => r.at998 ?? null },
    { key: 'judgement', header: 'Reading', value: (r) => r.judgement ?? null },
    { key: 'dispersion', header: 'Over-dispersion', value: () => setting },
  ];
  // The CSV says what, when and against what in every row: period, measure, target and method.
  const target = funnel.targetSource === 'england' ? 'England value' : funnel.targetSource;
  const csvColumns: TableColumn<FunnelTableRow>[] = [
    ...(options.indicator
      ? [
          { key: 'indicator-id', header: 'Indicator id', value: () => options.indicator?.id },
          { key: 'indicator', header: 'Indicator', value: () => options.indicator?.name },
        ]
      : []),
    { key: 'period', header: 'Period', value: () => funnel.period.label },
    ...columns.slice(0, 4),
    { key: 'count', header: 'Numerator', value: (r) => r.count ?? null, numeric: true },
    { ...columns[4]!, format: undefined },
    { key: 'place', header: 'At 95%', value: (r) => r.at95 ?? null },
    ...columns.slice(6, 8),
    { key: 'reason', header: 'Not on the funnel because', value: (r) => r.reason ?? null },
    {
      key: 'target',
      header: `Target (${options.unit})`,
      value: () => funnel.target,
      numeric: true,
    },
    { key: 'target-source', header: 'Target is', value: () => target },
    columns[8]!,
    {
      key: 'phi',
      header: 'φ (over-dispersion)',
      value: () => funnel.dispersion?.phi ?? null,
      numeric: true,
    },
  ];
  return {
    caption: options.caption,
    columns,
    csvColumns,
    rows,
    rowKey: (r) => r.code,
    isSelected: (r) => r.selected,
  };
}

/** Every organisation on the plot, then every one left off it, each London first then by name. */
function funnelRows(funnel: ProviderFunnel): FunnelTableRow[] {
  const byLondonThenName = <T extends { london: boolean; name: string }>(a: T, b: T) =>
    Number(b.london) - Number(a.london) || a.name.localeCompare(b.name);
  return [
    ...[...funnel.units].sort(byLondonThenName).map((u) => ({
      code: u.code,
      name: u.name,
      london: u.london,
      selected: u.selected,
      value: u.value,
      size: u.size,
      ...(u.count !== undefined && { count: u.count }),
      at95: placeWords(u.at95, '95'),
      at998: placeWords(u.at998, '99.8'),
      judgement: JUDGEMENT_WORDS[u.judgement],
      symbol: markOf(u).symbol,
    })),
    ...[...funnel.offFunnel].sort(byLondonThenName).map((o) => ({
      code: o.code,
      name: o.name,
      london: o.london,
      selected: false,
      value: o.value,
      reason: o.reason,
    })),
  ];
}
