import type { DataPoint, Indicator } from '../../domain';
import type { TableSpec } from '../../charts/shared/table-spec';
import type { FrameExport } from '../../export/frame-registry';

/** A chart's export: its file name and its table as CSV; the CSV code loads only when asked for. */
export const frameExport = <Row>(
  fileParts: readonly (string | undefined)[],
  table: TableSpec<Row>,
  allCsv?: () => Promise<string>,
): FrameExport => ({
  fileParts,
  csv: () => import('../../export/csv').then((m) => m.specToCsv(table)),
  ...(allCsv && { allCsv }),
});

/** Every area, period and sex of one indicator, for "All areas" in the CSV dialog. */
export const allPointsCsv = (points: readonly DataPoint[], indicator: Indicator) => () =>
  import('../../export/csv').then((m) => m.pointsToCsv(points, indicator));
