import type { Provider } from '../../domain';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { SpecTable } from '../../charts/shared/spec-table';
import type { TableSpec } from '../../charts/shared/table-spec';
import type { TileMapSeries } from '../../charts/tile-map/build-tile-map-series';
import { trustInitials, trustsServing } from '../../charts/tile-map/build-service-area-tiles';
import { TileMapChart } from '../../charts/tile-map/tile-map-chart';
import { frameExport } from '../shared/frame-export';

/** "Who serves which borough?": the tile map of trusts' areas; choosing a borough picks its trust. */
export function ServiceAreaSection({
  tiles,
  table,
  providers,
  onChooseTrust,
  names,
}: {
  readonly tiles: TileMapSeries;
  readonly table: TableSpec<Provider>;
  readonly providers: readonly Provider[];
  readonly onChooseTrust: (code: string) => void;
  readonly names: ReadonlyMap<string, string>;
}) {
  // The initials on the tiles, spelled out: the map never relies on abbreviations alone.
  const open = providers.filter((p) => p.status === 'active' && p.boroughsServed.length > 0);
  return (
    <ChartFrame
      legend={
        <ul className="legend__items" aria-label="Initials on the map">
          {open.map((p) => (
            <li key={p.code} className="legend__item">
              <strong>{trustInitials(p.name)}</strong>&nbsp;
              {names.get(p.code) ?? p.name}
            </li>
          ))}
        </ul>
      }
      title="Which boroughs does each mental health trust serve?"
      subtitle="Each square is a borough, with its trust's initials; the chosen trust's boroughs are filled (●). Choose a borough to see its trust's results. Merged trusts are listed with their predecessors, never joined."
      source="Trust service areas: the Atlas's reference table, from trust, CQC and ODS pages (see its notes)."
      exportSpec={frameExport(['mental-health-trusts', 'boroughs-served'], table)}
      chart={
        <TileMapChart
          series={tiles}
          onToggle={(borough) => {
            const trust = trustsServing(borough, providers)[0];
            if (trust) onChooseTrust(trust.code);
          }}
        />
      }
      tableOpen={false}
      table={<SpecTable spec={table} />}
    />
  );
}
