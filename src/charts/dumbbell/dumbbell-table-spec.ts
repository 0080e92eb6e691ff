import type { RankComparison, RankRow } from '../../model/parity-ranks';
import type { TableColumn, TableSpec } from '../../domain/chart-spec';
import { intervalColumns, tidyColumns } from '../shared/tidy-columns';

const span = (i: RankRow['mentalInterval']) => (i ? `${i.lower} to ${i.upper}` : 'not available');

/** The rank comparison's table: both ranks with their intervals, the gap and whether it is significant. */
export function dumbbellTableSpec(
  ranks: RankComparison,
  mentalName: string,
  physicalName: string,
  caption: string,
): TableSpec<RankRow> {
  const columns: TableColumn<RankRow>[] = [
    { key: 'name', header: 'Borough', value: (r) => r.name, rowHeader: true },
    { key: 'code', header: 'Code', value: (r) => r.code },
    { key: 'mental', header: `Rank on ${mentalName}`, value: (r) => r.mentalRank, numeric: true },
    {
      key: 'mental-ci',
      header: `${mentalName}: 95% rank interval`,
      value: (r) => span(r.mentalInterval),
    },
    {
      key: 'physical',
      header: `Rank on ${physicalName}`,
      value: (r) => r.physicalRank,
      numeric: true,
    },
    {
      key: 'physical-ci',
      header: `${physicalName}: 95% rank interval`,
      value: (r) => span(r.physicalInterval),
    },
    { key: 'gap', header: 'Gap (mental − physical)', value: (r) => r.gap, numeric: true },
    {
      key: 'significant',
      header: 'Significant gap',
      value: (r) =>
        r.significant === undefined ? 'cannot be judged' : r.significant ? 'yes' : 'no',
    },
  ];
  return {
    caption,
    columns,
    csvColumns: tidyColumns(columns, {
      'mental-ci': intervalColumns(
        'mental-ci',
        `${mentalName}: 95% rank interval`,
        (r) => r.mentalInterval,
      ),
      'physical-ci': intervalColumns(
        'physical-ci',
        `${physicalName}: 95% rank interval`,
        (r) => r.physicalInterval,
      ),
    }),
    rows: ranks.rows,
    rowKey: (r) => r.code,
    isSelected: (r) => r.selected,
  };
}
