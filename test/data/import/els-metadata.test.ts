import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseElsMetadata } from '../../../src/data/import/els-metadata';
import { importPublishedFile } from '../../../src/data/import/import-published-file';
import { FileError } from '../../../src/data/parse-csv';
import { hasShared } from '../../setup/shared-data';

const elsDir = resolve(
  import.meta.dirname,
  '../../../../shared/data/raw/original-formats/ons-explore-local-statistics',
);
const read = (name: string) => readFileSync(resolve(elsDir, name), 'utf8');
const boroughCodes = new Set(
  Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`),
);

/** A synthetic ELS pair, made here; its figures are not published data. */
const syntheticCsv = [
  'areacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,notes',
  'E92000001,England,Nation,Synthetic score,2022-01-01/P1Y,5,Mean,Score,4.9,5.1,,',
  'E09000002,Barking and Dagenham,Local Authority District,Synthetic score,2022-01-01/P1Y,4,Mean,Score,3.5,4.5,,',
].join('\n');
const syntheticJson = JSON.stringify({
  'ess-beta-metadata': {
    label: 'Synthetic score label',
    suffix: null,
    subText: 'points',
    decimalPlaces: 2,
    sourceOrg: 'Synthetic Statistics Office',
    sourceURL: 'https://example.org/synthetic',
    sourceDate: '05/03/2025',
    caveats: 'First caveat.\n\nSecond caveat with a [link](https://example.org/x).',
    experimentalStatistic: 'T',
  },
});

describe('ONS Explore Local Statistics metadata', () => {
  it("fills a new indicator's name, unit, publisher, source link, date and caveats", () => {
    const metadata = parseElsMetadata(syntheticJson, 'synthetic.json');
    const result = importPublishedFile(syntheticCsv, 'synthetic.csv', {
      indicators: [],
      boroughCodes,
      today: '2026-11-29',
      metadata,
    });
    const indicator = result.indicators[0]!;
    expect(indicator).toMatchObject({ name: 'Synthetic score label', unit: 'points', decimals: 2 });
    expect(indicator.source.publisher).toBe(
      'Synthetic Statistics Office (as stated in synthetic.json)',
    );
    expect(indicator.source.url).toBe('https://example.org/synthetic');
    expect(indicator.caveats).toEqual(
      expect.arrayContaining([
        'Published by Synthetic Statistics Office on 2025-03-05.',
        'Official statistics in development (experimental).',
        'First caveat.',
        'Second caveat with a link (https://example.org/x).',
      ]),
    );
  });

  it('without its JSON, the same file says the publisher is not stated', () => {
    const result = importPublishedFile(syntheticCsv, 'synthetic.csv', {
      indicators: [],
      boroughCodes,
      today: '2026-11-29',
    });
    expect(result.indicators[0]?.source.publisher).toBe('Not stated (loaded from synthetic.csv)');
    expect(result.indicators[0]?.unit).toBe('Score');
  });

  it('refuses a file that is not ELS metadata, naming it', () => {
    expect(() => parseElsMetadata('{', 'bad.json')).toThrow(FileError);
    expect(() => parseElsMetadata('{', 'bad.json')).toThrow(/bad\.json.*not valid JSON/);
    expect(() => parseElsMetadata('{"x":1}', 'other.json')).toThrow(
      /other\.json.*ess-beta-metadata/,
    );
  });

  it.runIf(hasShared(elsDir))(
    'reads the published files, shared block and per-indicator blocks alike',
    () => {
      const hle = parseElsMetadata(
        read('healthy-life-expectancy.json'),
        'healthy-life-expectancy.json',
      );
      const female = hle.forIndicator('Female healthy life expectancy');
      expect(female).toMatchObject({
        label: 'Female healthy life expectancy',
        unit: 'years',
        decimalPlaces: 1,
        sourceOrg: 'Office for National Statistics',
        sourceDate: '2026-02-19',
        experimental: true,
      });
      expect(female.caveats.some((c) => c.includes('interim methodological fix'))).toBe(true);
      const wellbeing = parseElsMetadata(
        read('personal-wellbeing-estimates.json'),
        'personal-wellbeing-estimates.json',
      );
      expect(wellbeing.forIndicator('Anxiety')).toMatchObject({
        label: 'Anxiety',
        unit: 'score out of 10',
        sourceDate: '2023-11-07',
      });
      const cvd = parseElsMetadata(
        read('preventable-cardiovascular-mortality-england.json'),
        'preventable-cardiovascular-mortality-england.json',
      );
      expect(cvd.forIndicator('anything').sourceOrg).toBeDefined();
    },
  );
});
