import { describe, expect, it } from 'vitest';
import {
  collectOrganisations,
  mergeOrganisations,
  organisationsToCsv,
  parseOrganisations,
} from '../../src/data/organisations';
import { importPublishedFile } from '../../src/data/import/import-published-file';

const PROVIDER_FILE = [
  'Indicator Name,Measure ID,Organisation Code,Organisation Name,Organisation Type,Region,Time period,Value',
  'Recovery,M192,ENG,England,England,England,2021-01,51.8',
  'Recovery,M192,TAF88,CAMDEN IAPT,NHS Talking Therapies provider,London,2021-01,50',
  'Recovery,M192,8J766,NORTH KENT MIND,NHS Talking Therapies provider,,2021-01,46',
  'Recovery,M192,8J766,NORTH KENT MIND (RENAMED),NHS Talking Therapies provider,South East,2021-02,47',
  'Recovery,M192,UNKNOWN,Unknown,Provider,,2021-02,40',
  'Recovery,M192,ENG_ICB,All ICBs,ICB (England subtotal),England,2021-02,40',
].join('\n');

describe('the organisation register', () => {
  it('keeps every organisation a provider file names, never England or subtotals', () => {
    const orgs = collectOrganisations(PROVIDER_FILE, 'tt.csv');
    expect(orgs.map((o) => o.code)).toEqual(['TAF88', '8J766']);
    expect(orgs[0]).toEqual({
      code: 'TAF88',
      name: 'CAMDEN IAPT',
      type: 'NHS Talking Therapies provider',
      region: 'London',
    });
  });

  it('takes the latest name and keeps a region once any row states it', () => {
    const kent = collectOrganisations(PROVIDER_FILE, 'tt.csv').find((o) => o.code === '8J766');
    expect(kent?.name).toBe('NORTH KENT MIND (RENAMED)');
    expect(kent?.region).toBe('South East');
  });

  it('are gathered by the importer as it reads, the same as from the file alone', () => {
    const imported = importPublishedFile(PROVIDER_FILE, 'tt.csv', {
      indicators: [],
      boroughCodes: new Set(),
      today: '2026-11-29',
    });
    expect(imported.organisations).toEqual(collectOrganisations(PROVIDER_FILE, 'tt.csv'));
    expect(imported.organisations.map((o) => o.code)).toEqual(['TAF88', '8J766']);
  });

  it('gives nothing for a file of areas', () => {
    expect(collectOrganisations('Area Code,Value\nE09000001,1', 'area.csv')).toEqual([]);
  });

  it('merges lists without blanking a stated field, and round-trips through CSV', () => {
    const merged = mergeOrganisations(
      [{ code: 'RV5', name: 'SLAM', type: 'Provider', region: 'London' }],
      [{ code: 'RV5', name: 'SOUTH LONDON AND MAUDSLEY', type: '', region: '' }],
    );
    expect(merged).toEqual([
      { code: 'RV5', name: 'SOUTH LONDON AND MAUDSLEY', type: 'Provider', region: 'London' },
    ]);
    expect(parseOrganisations(organisationsToCsv(merged), 'o.csv')).toEqual(merged);
  });

  it('names the file, row and column of a bad register row', () => {
    expect(() => parseOrganisations('code,name,type,region\n,x,,', 'reference/o.csv')).toThrow(
      'reference/o.csv: row 2, column "code": empty',
    );
    expect(() => parseOrganisations('code,name\nRV5,x', 'reference/o.csv')).toThrow(
      'expected columns type, region',
    );
  });
});
