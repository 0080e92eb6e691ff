import { numberColumn } from '../shared/tidy-columns';
import type { OverTimeModel } from '../../model/parity';
import { formatValue } from '../shared/format-value';
import type { TableSpec } from '../../domain/chart-spec';
import { intervalColumns } from '../shared/tidy-columns';

export interface RatioRow {
  readonly period: string;
  readonly end: string;
  readonly indicator: string;
  readonly ratio: number;
  readonly lower?: number;
  readonly upper?: number;
}

/** The over-time chart's table: each indicator's periods, value ÷ England with its interval. */
export function ratioTrendTableSpec(
  model: OverTimeModel,
  mentalName: string,
  physicalName: string,
  caption: string,
): TableSpec<RatioRow> {
  const rows = [
    ...model.mental.map((p) => ({ ...p, indicator: mentalName })),
    ...model.physical.map((p) => ({ ...p, indicator: physicalName })),
  ].sort((a, b) => a.end.localeCompare(b.end) || a.indicator.localeCompare(b.indicator));
  return {
    caption,
    columns: [
      { key: 'period', header: 'Period', value: (r) => r.period, rowHeader: true },
      { key: 'indicator', header: 'Indicator', value: (r) => r.indicator },
      numberColumn('ratio', 'Value ÷ England', (r) => r.ratio, 3),
      {
        key: 'interval',
        header: '95% CI ÷ England',
        value: (r) => (r.lower === undefined ? '' : `${r.lower} to ${r.upper}`),
        format: (r) =>
          r.lower === undefined || r.upper === undefined
            ? '–'
            : `${formatValue(r.lower, 3)} to ${formatValue(r.upper, 3)}`,
      },
    ],
    csvColumns: [
      { key: 'period', header: 'Period', value: (r) => r.period },
      { key: 'indicator', header: 'Indicator', value: (r) => r.indicator },
      { key: 'ratio', header: 'Value ÷ England', value: (r) => r.ratio, numeric: true },
      ...intervalColumns<RatioRow>('interval', '95% CI ÷ England', (r) =>
        r.lower === undefined || r.upper === undefined
          ? undefined
          : { lower: r.lower, upper: r.upper },
      ),
    ],
    rows,
    rowKey: (r) => `${r.indicator}|${r.period}`,
  };
}
