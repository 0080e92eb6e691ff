import type { Area, AreaComparison, Polarity } from '../../domain';
import { formatValue } from '../shared/format-value';
import { describeRow, displayStyle } from '../shared/outcome-style';
import { CHART_COLOURS as C } from '../shared/chart-colours';

export interface Tile {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly row: number;
  readonly col: number;
  readonly fill: string;
  readonly symbol: string;
  readonly selected: boolean;
  readonly label: string;
}

export interface TileMapSeries {
  readonly tiles: readonly Tile[];
  readonly rows: number;
  readonly cols: number;
}

/** How one tile looks; its place and names come from the borough. */
export type TileLook = Pick<Tile, 'fill' | 'symbol' | 'selected' | 'label'>;

/** Every borough with a tile-grid position, drawn as `look` says, and the grid's size. */
export function placeTiles(
  boroughs: readonly Area[],
  look: (area: Area) => TileLook,
): TileMapSeries {
  const tiles = boroughs.flatMap((area): Tile[] =>
    area.tile
      ? [
          {
            code: area.code,
            name: area.name,
            shortName: area.shortName ?? area.name.slice(0, 3),
            row: area.tile.row,
            col: area.tile.col,
            ...look(area),
          },
        ]
      : [],
  );
  return {
    tiles,
    rows: Math.max(0, ...tiles.map((t) => t.row)),
    cols: Math.max(0, ...tiles.map((t) => t.col)),
  };
}

/** London's boroughs on their tile-grid positions, each coloured and marked by its comparison. */
export function buildTileMapSeries(
  rows: readonly AreaComparison[],
  boroughs: readonly Area[],
  benchmarkName: string,
  unit: string,
  polarity: Polarity = 'no-judgement',
): TileMapSeries {
  const byCode = new Map(rows.map((r) => [r.code as string, r]));
  return placeTiles(boroughs, (area) => {
    const row = byCode.get(area.code);
    const style = row ? displayStyle(row, polarity) : { fill: C.paper, symbol: '·' };
    const value = row?.value == null ? 'no value' : `${formatValue(row.value, 2)} ${unit}`;
    const outcome = row
      ? describeRow(row, benchmarkName, polarity)
      : `Not compared with ${benchmarkName} (no data)`;
    return {
      fill: style.fill,
      symbol: style.symbol,
      selected: row?.selected ?? false,
      label: `${area.name}: ${value}, ${outcome}${row?.selected ? ', selected' : ''}`,
    };
  });
}
