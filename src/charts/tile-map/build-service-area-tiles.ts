import type { Area, Provider } from '../../domain';
import { placeTiles, type TileMapSeries } from './build-tile-map-series';
import { CHART_COLOURS as C } from '../shared/chart-colours';

const SKIP = new Set(['nhs', 'foundation', 'trust', 'and', 'of', 'the', 'mental', 'health']);

/** "SOUTH LONDON AND MAUDSLEY NHS FOUNDATION TRUST" → "SLM": a tile's few letters. */
export const trustInitials = (name: string): string =>
  name
    .split(/[\s,'’-]+/)
    .filter((w) => w && !SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 4);

/** The open trusts serving a borough (a merged trust's predecessors are closed). */
export const trustsServing = (borough: string, providers: readonly Provider[]) =>
  providers.filter(
    (p) => p.status === 'active' && p.boroughsServed.includes(borough as Area['code']),
  );

/**
 * London's boroughs with the mental health trust that serves each (reference table): the
 * chosen trust's boroughs filled and marked ●, the others white with their trust's initials.
 */
export function buildServiceAreaTiles(
  boroughs: readonly Area[],
  providers: readonly Provider[],
  names: ReadonlyMap<string, string>,
  chosen: string | undefined,
): TileMapSeries {
  return placeTiles(boroughs, (area) => {
    const serving = trustsServing(area.code, providers);
    const isChosen = serving.some((p) => p.code === chosen);
    const who = serving.map((p) => names.get(p.code) ?? p.name).join(' and ') || 'no trust listed';
    return {
      fill: isChosen ? C.better : C.paper,
      symbol: isChosen ? '●' : serving.map((p) => trustInitials(p.name)).join('/') || '·',
      selected: isChosen,
      label: `${area.name}: served by ${who}${isChosen ? ' (shown)' : ''}`,
    };
  });
}
