import type { ParityPoint, ScatterModel } from '../../model/parity';
import { formatValue } from '../shared/format-value';
import type { TableColumn, TableSpec } from '../../domain/chart-spec';
import { intervalColumns, tidyColumns } from '../shared/tidy-columns';

const interval = (i: ParityPoint['xInterval']) =>
  i ? `${formatValue(i.lower, 2)} to ${formatValue(i.upper, 2)}` : '–';
const POSITION = { above: 'Above the band', below: 'Below the band', within: 'Within' } as const;

/** The scatter's table: each borough's two values, their intervals and where it sits against the line. */
export function scatterTableSpec(model: ScatterModel, caption: string): TableSpec<ParityPoint> {
  const columns: TableColumn<ParityPoint>[] = [
    { key: 'name', header: 'Borough', value: (p) => p.name, rowHeader: true },
    { key: 'code', header: 'Code', value: (p) => p.code },
    {
      key: 'y',
      header: model.yLabel,
      value: (p) => p.y,
      format: (p) => formatValue(p.y, 2),
      numeric: true,
    },
    {
      key: 'y-ci',
      header: `${model.yLabel}: 95% CI`,
      value: (p) => (p.yInterval ? `${p.yInterval.lower} to ${p.yInterval.upper}` : ''),
      format: (p) => interval(p.yInterval),
    },
    {
      key: 'x',
      header: model.xLabel,
      value: (p) => p.x,
      format: (p) => formatValue(p.x, 2),
      numeric: true,
    },
    {
      key: 'x-ci',
      header: `${model.xLabel}: 95% CI`,
      value: (p) => (p.xInterval ? `${p.xInterval.lower} to ${p.xInterval.upper}` : ''),
      format: (p) => interval(p.xInterval),
    },
    {
      key: 'position',
      header: 'Against the 95% prediction band',
      value: (p) => POSITION[p.position],
    },
  ];
  return {
    caption,
    columns,
    csvColumns: tidyColumns(columns, {
      'y-ci': intervalColumns('y-ci', `${model.yLabel}: 95% CI`, (p) => p.yInterval),
      'x-ci': intervalColumns('x-ci', `${model.xLabel}: 95% CI`, (p) => p.xInterval),
    }),
    rows: [...model.points].sort((a, b) => a.name.localeCompare(b.name)),
    rowKey: (p) => p.code,
    isSelected: (p) => p.selected,
  };
}
