import type { TableSpec } from '../../domain/chart-spec';
import { formatValue } from '../../charts/shared/format-value';
import type { BoroughCcg, CcgMeasureRow } from '../../model/ccg-for-borough';

/** CCG-level measures for a borough's former CCG, labelled with how the areas relate. */
export function ccgTableSpec(
  ccg: BoroughCcg,
  rows: readonly CcgMeasureRow[],
  boroughName: string,
): TableSpec<CcgMeasureRow> {
  const dp = (r: CcgMeasureRow) => r.indicator.decimals ?? 2;
  return {
    caption: `Measures published for ${ccg.name}, ${boroughName}'s CCG until 2021 ${ccg.label}`,
    rows,
    rowKey: (r) => r.indicator.id,
    columns: [
      { key: 'measure', header: 'Measure', value: (r) => r.indicator.shortName, rowHeader: true },
      { key: 'period', header: 'Latest period for this CCG', value: (r) => r.period },
      {
        key: 'value',
        header: 'Value',
        value: (r) => r.value,
        format: (r) => `${formatValue(r.value, dp(r))} ${r.indicator.unit}`,
        numeric: true,
      },
      {
        key: 'london',
        header: 'London (NHS region)',
        value: (r) => r.london,
        format: (r) => formatValue(r.london, dp(r)),
        numeric: true,
      },
      {
        key: 'england',
        header: 'England',
        value: (r) => r.england,
        format: (r) => formatValue(r.england, dp(r)),
        numeric: true,
      },
    ],
  };
}
