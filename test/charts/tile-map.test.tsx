import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildTileMapSeries } from '../../src/charts/tile-map/build-tile-map-series';
import { TileMapChart } from '../../src/charts/tile-map/tile-map-chart';
import { asAreaCode } from '../../src/domain';
import { makeBorough } from '../factories';

/** A synthetic 2 × 2 grid: 1 (row 1, col 1), 2 (1, 2), 3 (2, 1), 4 (2, 2). */
const boroughs = [1, 2, 3, 4].map((n) =>
  makeBorough(n, { shortName: `B${n}`, tile: { row: n <= 2 ? 1 : 2, col: n % 2 === 1 ? 1 : 2 } }),
);
const series = buildTileMapSeries(
  [
    {
      code: asAreaCode('E09000002'),
      name: 'Synthetic borough 02',
      value: 5,
      outcome: { kind: 'worse', method: 'ci-overlap' },
      selected: true,
    },
  ],
  boroughs,
  'England',
  '%',
);

describe('tile map', () => {
  it('places each borough on its tile and describes it in words', () => {
    expect(series).toMatchObject({ rows: 2, cols: 2 });
    expect(series.tiles[1]).toMatchObject({
      row: 1,
      col: 2,
      symbol: '−',
      label: 'Synthetic borough 02: 5 %, Worse than England, selected',
    });
    expect(series.tiles[0]).toMatchObject({
      symbol: '·',
      label: 'Synthetic borough 01: no value, Not compared with England (no data)',
    });
  });

  it('moves with the arrow keys to the nearest borough and toggles with Enter', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<TileMapChart series={series} onToggle={onToggle} />);
    const first = screen.getByRole('button', { name: /Synthetic borough 01/ });
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/Synthetic borough 02/);
    expect(document.activeElement).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/Synthetic borough 04/);
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenCalledWith('E09000004');
  });
});
