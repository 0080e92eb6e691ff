import type { TileMapSeries } from './build-tile-map-series';

/** The tile map's twin: each borough's value and comparison, by name. */
export function TileMapTable({
  series,
  caption,
}: {
  readonly series: TileMapSeries;
  readonly caption: string;
}) {
  const tiles = [...series.tiles].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="table-scroll">
      <table className="data-table data-table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Borough</th>
            <th scope="col">Value and comparison</th>
          </tr>
        </thead>
        <tbody>
          {tiles.map((t) => (
            <tr key={t.code} className={t.selected ? 'is-selected' : undefined}>
              <th scope="row">{t.name}</th>
              <td>{t.label.slice(t.name.length + 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
