import type { AreaCode, AreaComparison, Indicator } from '../../domain';
import type { KindSpec } from '../../charts/specs/chart-kinds';
import { TileMapChart } from '../../charts/tile-map/tile-map-chart';
import { ChartFrame } from '../shared/chart-frame';

/** "Where in London?": the tile map, keyboard operable, with the ranked table by name as its twin. */
export function TileMapSection({
  indicator,
  spec,
  onToggleBorough,
  onOpenDataEntry,
  allCsv,
}: {
  readonly indicator: Indicator;
  readonly spec: KindSpec<'tile-map', AreaComparison>;
  readonly onToggleBorough: (code: AreaCode) => void;
  readonly onOpenDataEntry: (id: Indicator['id']) => void;
  /** Every area and period of the indicator, for the CSV dialog's "All areas". */
  readonly allCsv: () => Promise<string>;
}) {
  return (
    <ChartFrame
      spec={spec}
      sourceLink={{
        href: `?v=data&i=${indicator.id}`,
        onFollow: () => onOpenDataEntry(indicator.id),
      }}
      allCsv={allCsv}
      chart={
        <>
          <p className="field__hint no-export">Arrow keys move between boroughs; Enter selects.</p>
          <TileMapChart {...spec.marks} onToggle={(code) => onToggleBorough(code as AreaCode)} />
        </>
      }
      tableOpen={false}
    />
  );
}
