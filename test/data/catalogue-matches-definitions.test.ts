import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCatalogueEntry } from '../../scripts/catalogue/define';
import { PARITY_PAIRS } from '../../scripts/catalogue/parity-pairs';
import { BUNDLED_DEFINITIONS } from '../../scripts/catalogue/bundled-definitions';
import {
  RAW_BOROUGH_INDICATORS,
  RAW_PROVIDER_INDICATORS,
} from '../../scripts/catalogue/raw-indicators';
import { parseCatalogue } from '../../src/data/catalogue';

describe('data/catalogue.json', () => {
  it('matches the definitions in scripts/catalogue (rerun npm run data:snapshot after editing them)', () => {
    const bundled = parseCatalogue(
      JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/catalogue.json'), 'utf8')),
    );
    // Coverage and releases are measured from the data by the build, not written by hand.
    const written = bundled.indicators.map(({ coverage: _c, releases: _r, ...rest }) => rest);
    const defined = [
      ...BUNDLED_DEFINITIONS,
      ...RAW_BOROUGH_INDICATORS,
      ...RAW_PROVIDER_INDICATORS,
    ].map(toCatalogueEntry);
    // Every snapshot definition is written, in order, then the raw tier's that have data.
    expect(written.slice(0, BUNDLED_DEFINITIONS.length)).toEqual(
      defined.slice(0, BUNDLED_DEFINITIONS.length),
    );
    for (const entry of written.slice(BUNDLED_DEFINITIONS.length))
      expect(entry).toEqual(defined.find((d) => d.id === entry.id));
    expect(bundled.parityPairs).toEqual(PARITY_PAIRS);
  });
});
