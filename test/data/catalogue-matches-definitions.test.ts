import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCatalogueEntry } from '../../scripts/catalogue/define';
import { PARITY_PAIRS } from '../../scripts/catalogue/parity-pairs';
import { BUNDLED_DEFINITIONS } from '../../scripts/catalogue/bundled-definitions';
import { parseCatalogue } from '../../src/data/catalogue';

describe('data/catalogue.json', () => {
  it('matches the definitions in scripts/catalogue (rerun npm run data:snapshot after editing them)', () => {
    const bundled = parseCatalogue(
      JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/catalogue.json'), 'utf8')),
    );
    // Coverage and releases are measured from the data by the build, not written by hand.
    const written = bundled.indicators.map(({ coverage: _c, releases: _r, ...rest }) => rest);
    const defined = BUNDLED_DEFINITIONS.map(toCatalogueEntry);
    expect(written).toEqual(defined);
    expect(bundled.parityPairs).toEqual(PARITY_PAIRS);
  });
});
