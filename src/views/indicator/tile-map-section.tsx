import type { AreaCode, AreaComparison, Indicator } from '../../domain';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { OutcomeLegend } from '../../charts/shared/outcome-legend';
import { SpecTable } from '../../charts/shared/spec-table';
import { frameExport } from '../shared/frame-export';
import type { TableSpec } from '../../charts/shared/table-spec';
import type { TileMapSeries } from '../../charts/tile-map/build-tile-map-series';
import { TileMapChart } from '../../charts/tile-map/tile-map-chart';
import type { AreasComparison } from '../../model/compare-areas';

/** "Where in London?": the tile map, keyboard operable, with the ranked table by name as its twin. */
export function TileMapSection({
  indicator,
  model,
  tiles,
  rankedTable,
  onToggleBorough,
  onOpenDataEntry,
  allCsv,
}: {
  readonly indicator: Indicator;
  readonly model: AreasComparison;
  readonly tiles: TileMapSeries;
  readonly rankedTable: TableSpec<AreaComparison>;
  readonly onToggleBorough: (code: AreaCode) => void;
  readonly onOpenDataEntry: (id: Indicator['id']) => void;
  /** Every area and period of the indicator, for the CSV dialog's "All areas". */
  readonly allCsv: () => Promise<string>;
}) {
  const sourceLink = {
    href: `?v=data&i=${indicator.id}`,
    onFollow: () => onOpenDataEntry(indicator.id),
  };
  const table = {
    ...rankedTable,
    caption: `${indicator.shortName} by borough`,
    rows: [...model.rows].sort((a, b) => a.name.localeCompare(b.name)),
  };
  return (
    <ChartFrame
      title={`Where in London? ${indicator.shortName}`}
      subtitle={`${model.period?.label ?? ''} · each square is a borough, roughly in its place · arrow keys move, Enter selects`}
      source={indicator.source.attribution}
      sourceLink={sourceLink}
      exportSpec={frameExport([indicator.shortName, model.period?.label, 'map'], table, allCsv)}
      legend={
        <OutcomeLegend
          rows={model.rows}
          polarities={[indicator.polarity]}
          method={model.method}
          benchmarkName={model.benchmarkName}
          references={[]}
        />
      }
      chart={<TileMapChart series={tiles} onToggle={(code) => onToggleBorough(code as AreaCode)} />}
      tableOpen={false}
      table={<SpecTable spec={table} />}
    />
  );
}
