import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runSnapshot } from '../../scripts/snapshot/run-snapshot';

const dataDir = resolve(import.meta.dirname, '..', '..', 'data');

describe('npm run snapshot', () => {
  it('names a provider measure as such, and where its CSV is, instead of "Unknown indicator"', () => {
    expect(() => runSnapshot({ dataDir, indicator: 'nhstt-annual-recovery' })).toThrow(
      /^"nhstt-annual-recovery" \(Recovery rate \(annual\)\) is a provider-level measure: .*Providers view/,
    );
  });

  it('writes the default view’s comparison with each rank’s 95% interval', () => {
    const csv = runSnapshot({ dataDir, indicator: 'fingertips-90813' });
    const [header, first] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim()).data;
    const at = (column: string) => first?.[header?.indexOf(column) ?? -1];
    // Bromley, 2023/24: the lowest rate, first of 32 with a value, its rank between 1 and 5.
    expect([at('Area name'), at('Period'), at('Rank')]).toEqual(['Bromley', '2023/24', '1']);
    expect([at('Rank, 95% interval lower'), at('Rank, 95% interval upper')]).toEqual(['1', '5']);
    // No England value in the extract: the method says nothing was compared, and why.
    expect(at('Method')).toBe(
      'Not compared: no England value published for the period; 95% intervals and quintiles within London shown',
    );
  });
});
