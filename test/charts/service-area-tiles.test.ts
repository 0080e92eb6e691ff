import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildServiceAreaTiles,
  trustInitials,
  trustsServing,
} from '../../src/charts/tile-map/build-service-area-tiles';
import { parseAreas, parseProviders } from '../../src/data/reference';

const read = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../../data', path), 'utf8');
const providers = parseProviders(read('reference/providers.csv'), 'providers.csv');
const boroughs = parseAreas(read('reference/areas.csv'), 'areas.csv').filter(
  (a) => a.kind === 'borough',
);

describe("the trusts' service areas on the tile map", () => {
  it('gives each open London trust its own initials', () => {
    const open = providers.filter((p) => p.status === 'active' && p.boroughsServed.length > 0);
    const initials = open.map((p) => trustInitials(p.name));
    expect(new Set(initials).size).toBe(open.length);
    expect(trustInitials('SOUTH LONDON AND MAUDSLEY NHS FOUNDATION TRUST')).toBe('SLM');
  });

  it('shows a merged trust, not its closed predecessors, as serving a borough', () => {
    expect(trustsServing('E09000007', providers).map((p) => p.code)).toEqual(['G6V2S']);
  });

  it('fills the chosen trust’s boroughs and names the trust of every other', () => {
    const names = new Map([['G6V2S', 'North London NHS Foundation Trust']]);
    const tiles = buildServiceAreaTiles(boroughs, providers, names, 'G6V2S').tiles;
    const chosen = tiles
      .filter((t) => t.selected)
      .map((t) => t.name)
      .sort();
    expect(chosen).toEqual(['Barnet', 'Camden', 'Enfield', 'Haringey', 'Islington']);
    expect(tiles.find((t) => t.name === 'Camden')?.label).toBe(
      'Camden: served by North London NHS Foundation Trust (shown)',
    );
    expect(tiles.find((t) => t.name === 'Lambeth')?.symbol).toBe('SLM');
    expect(tiles).toHaveLength(33);
  });
});
