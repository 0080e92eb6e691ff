import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { textColourOn } from '../shared/outcome-style';
import type { Tile, TileMapSeries } from './build-tile-map-series';

export interface TileMapChartProps {
  readonly series: TileMapSeries;
  readonly onToggle: (code: string) => void;
}

const STEP: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The nearest tile from `from` in a direction, preferring the same row or column. */
function nearest(tiles: readonly Tile[], from: Tile, [dr, dc]: [number, number]): Tile | undefined {
  const ahead = tiles.filter((t) =>
    dr ? Math.sign(t.row - from.row) === dr : Math.sign(t.col - from.col) === dc,
  );
  const distance = (t: Tile) =>
    dr
      ? Math.abs(t.row - from.row) * 10 + Math.abs(t.col - from.col)
      : Math.abs(t.col - from.col) * 10 + Math.abs(t.row - from.row);
  return [...ahead].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * London as a tile grid (one square per borough, in roughly its place). One tab stop; the arrow
 * keys move to the nearest borough in that direction; Enter or a click selects or unselects it.
 */
export const TileMapChart = memo(function TileMapChart({ series, onToggle }: TileMapChartProps) {
  const [active, setActive] = useState(series.tiles[0]?.code);
  const container = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent, tile: Tile) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = nearest(series.tiles, tile, step);
    if (!next) return;
    setActive(next.code);
    container.current?.querySelector<HTMLButtonElement>(`[data-tile="${next.code}"]`)?.focus();
  };
  return (
    <div
      className="tile-map"
      ref={container}
      style={{
        gridTemplateColumns: `repeat(${series.cols}, 3.25rem)`,
        gridTemplateRows: `repeat(${series.rows}, 3.25rem)`,
      }}
    >
      {series.tiles.map((tile) => (
        <button
          key={tile.code}
          type="button"
          data-tile={tile.code}
          className={tile.selected ? 'tile is-selected' : 'tile'}
          style={{
            gridRow: tile.row,
            gridColumn: tile.col,
            background: tile.fill,
            color: textColourOn(tile.fill),
          }}
          tabIndex={tile.code === active ? 0 : -1}
          aria-pressed={tile.selected}
          aria-label={`${tile.shortName} ${tile.symbol}: ${tile.label}`}
          title={tile.label}
          onFocus={() => setActive(tile.code)}
          onKeyDown={(e) => onKeyDown(e, tile)}
          onClick={() => onToggle(tile.code)}
        >
          <span className="tile__name">{tile.shortName}</span>{' '}
          <span className="tile__symbol">{tile.symbol}</span>
        </button>
      ))}
    </div>
  );
});
