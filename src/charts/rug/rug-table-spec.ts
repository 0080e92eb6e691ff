import { quintileColumn } from '../shared/quintile-column';
import {
  notComparedCell,
  sharedNotComparedReasons,
  sharedReasonNotes,
} from '../shared/shared-reason';
import type { TableSpec } from '../../domain/chart-spec';
import type { RugCell, RugRow, RugSeries } from './build-rug-series';

export interface RugTableRow {
  readonly row: RugRow;
  readonly cell: RugCell;
  readonly boroughName: string;
}

/** The rug's table: every indicator and borough, the verdict and the quintile in their own columns. */
export function rugTableSpec(
  series: RugSeries,
  caption: string,
  benchmarkName: string,
): TableSpec<RugTableRow> {
  const columns = series.columnGroups.flatMap((g) => g.boroughs);
  const rows = series.rowGroups.flatMap((g) =>
    g.rows.flatMap((row) =>
      row.cells.map((cell, i) => ({ row, cell, boroughName: columns[i]?.name ?? cell.code })),
    ),
  );
  const shared = sharedNotComparedReasons(rows.map((r) => r.cell.notComparedReason));
  return {
    caption,
    notes: sharedReasonNotes(shared, benchmarkName),
    columns: [
      { key: 'indicator', header: 'Indicator', value: (r) => r.row.title },
      { key: 'borough', header: 'Borough', value: (r) => r.boroughName, rowHeader: true },
      { key: 'code', header: 'Code', value: (r) => r.cell.code },
      { key: 'value', header: 'Value', value: (r) => r.cell.value },
      {
        key: 'verdict',
        header: `Compared with ${benchmarkName}`,
        value: (r) => r.cell.verdict,
        format: (r) => notComparedCell(r.cell.notComparedReason, shared) ?? r.cell.verdict,
      },
      quintileColumn(
        (r) => r.cell.quintile,
        (r) => r.row.indicator.polarity,
      ),
    ],
    rows,
    rowKey: (r) => `${r.row.key}|${r.cell.code}`,
    isSelected: (r) => r.cell.selected,
  };
}
