import { useRef, useState, type KeyboardEvent } from 'react';
import { textColourOn } from '../shared/outcome-style';
import type { RugSeries } from './build-rug-series';

export interface RugChartProps {
  readonly series: RugSeries;
  readonly caption: string;
  readonly onOpen: (indicatorId: string, areaCode: string) => void;
}

const MOVES: Record<
  string,
  (r: number, c: number, rows: number, cols: number) => [number, number]
> = {
  ArrowRight: (r, c, _, cols) => [r, Math.min(cols - 1, c + 1)],
  ArrowLeft: (r, c) => [r, Math.max(0, c - 1)],
  ArrowDown: (r, c, rows) => [Math.min(rows - 1, r + 1), c],
  ArrowUp: (r, c) => [Math.max(0, r - 1), c],
  Home: (r) => [r, 0],
  End: (r, _c, _rows, cols) => [r, cols - 1],
};

/**
 * The tartan rug: one tab stop for the whole grid (roving focus), arrow keys, Home and End to
 * move, Enter or a click to open the indicator view on that borough. Every cell carries a
 * symbol as well as a colour, and its accessible name says everything in words.
 */
export function RugChart({ series, caption, onOpen }: RugChartProps) {
  const rows = series.rowGroups.flatMap((g) => g.rows);
  const columns = series.columnGroups.flatMap((g) => g.boroughs);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const table = useRef<HTMLTableElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(active[0], active[1], rows.length, columns.length);
    setActive(next);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus();
  };

  let rowIndex = -1;
  return (
    <div className="rug-scroll">
      <table className="rug" ref={table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {series.columnGroups.map((g) => (
              <th key={g.label} scope="colgroup" colSpan={g.boroughs.length} className="rug__group">
                {g.label.replace(' London', '')}
              </th>
            ))}
            <th scope="col" rowSpan={2} className="rug__benchmark">
              London
            </th>
            <th scope="col" rowSpan={2} className="rug__benchmark">
              England
            </th>
          </tr>
          <tr>
            <td />
            {columns.map((b) => (
              <th key={b.code} scope="col" className="rug__borough">
                <abbr title={b.name}>{b.shortName ?? b.name.slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        {series.rowGroups.map((group) => (
          <tbody key={group.label}>
            <tr>
              <th scope="rowgroup" colSpan={columns.length + 3} className="rug__domain">
                {group.label}
              </th>
            </tr>
            {group.rows.map((row) => {
              rowIndex++;
              const r = rowIndex;
              return (
                <tr key={row.key}>
                  <th scope="row" className="rug__indicator">
                    {row.title}
                    {row.method === 'quintiles' && (
                      <span className="rug__method"> (quintiles, not compared)</span>
                    )}
                  </th>
                  {row.cells.map((cell, c) => (
                    <td
                      key={cell.code}
                      className={cell.selected ? 'rug__cell is-selected' : 'rug__cell'}
                    >
                      <button
                        type="button"
                        data-cell={`${r}-${c}`}
                        tabIndex={active[0] === r && active[1] === c ? 0 : -1}
                        aria-label={cell.label}
                        title={cell.label}
                        style={{ background: cell.fill, color: textColourOn(cell.fill) }}
                        onFocus={() => setActive([r, c])}
                        onKeyDown={onKeyDown}
                        onClick={() => onOpen(row.indicator.id, cell.code)}
                      >
                        {cell.symbol}
                      </button>
                    </td>
                  ))}
                  <td className="rug__value">{row.london}</td>
                  <td className="rug__value">{row.england}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
