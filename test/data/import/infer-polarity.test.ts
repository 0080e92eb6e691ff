import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPublishedFile } from '../../../src/data/import/import-published-file';
import { inferPolarity } from '../../../src/data/import/infer-polarity';
import { shortenAtWord } from '../../../src/data/import/new-indicator';
import { asAreaCode, ENGLAND } from '../../../src/domain';
import { makeDataPoint } from '../../factories';
import { hasShared } from '../../setup/shared-data';

const point = (code: string, value: number, publishedComparison?: string) =>
  makeDataPoint({
    code: asAreaCode(code),
    value,
    ...(publishedComparison && { publishedComparison }),
  });

describe('inferPolarity', () => {
  it('reads Better above England as high is good, and Better below as low is good', () => {
    expect(
      inferPolarity([
        point(ENGLAND, 10),
        point('E09000002', 12, 'Better'),
        point('E09000003', 8, 'Worse'),
      ])?.polarity,
    ).toBe('high-is-good');
    expect(
      inferPolarity([
        point(ENGLAND, 10),
        point('E09000002', 12, 'Worse'),
        point('E09000003', 8, 'Better 95%'),
      ])?.polarity,
    ).toBe('low-is-good');
  });

  it('reads Higher/Lower as no judgement, and says nothing without words or without England', () => {
    expect(
      inferPolarity([point(ENGLAND, 10), point('E09000002', 12, 'Higher 99.8')])?.polarity,
    ).toBe('no-judgement');
    expect(inferPolarity([point(ENGLAND, 10), point('E09000002', 12)])).toBeUndefined();
    expect(inferPolarity([point('E09000002', 12, 'Better')])).toBeUndefined();
  });

  const suicideExport = resolve(
    import.meta.dirname,
    '../../../../shared/data/raw/original-formats/fingertips-export/indicators-CountyUA.data london.csv',
  );
  it.runIf(hasShared(suicideExport))(
    'a real Fingertips export loaded as new indicators takes its polarity from the Compared column',
    () => {
      const boroughCodes = new Set(
        Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`),
      );
      const result = importPublishedFile(readFileSync(suicideExport, 'utf8'), 'london.csv', {
        indicators: [],
        boroughCodes,
        today: '2026-11-29',
      });
      const suicide = result.indicators.find((i) => i.id === 'fingertips-41001');
      // Fingertips publishes suicide rates as Higher/Lower/Similar: no judgement.
      expect(suicide?.polarity).toBe('no-judgement');
      expect(suicide?.caveats[0]).toMatch(
        /^Polarity "No judgement" because the publisher compares it as Higher\/Lower/,
      );
    },
  );
});

describe('shortenAtWord', () => {
  it('never cuts a word in half', () => {
    expect(shortenAtWord('Percentage of adults who currently smoke cigarettes', 30)).toBe(
      'Percentage of adults who…',
    );
    expect(shortenAtWord('Short name', 30)).toBe('Short name');
    expect(shortenAtWord('Percentage of adults who smoke now', 24)).toBe(
      'Percentage of adults who…',
    );
  });
});
