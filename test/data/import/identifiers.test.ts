import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPublishedFile } from '../../../src/data/import/import-published-file';
import { slug } from '../../../src/data/import/new-indicator';
import { isIndicatorId } from '../../../src/domain';
import { hasShared, sharedPath } from '../../setup/shared-data';

describe('identifiers made from publishers’ text', () => {
  it('are valid indicator ids, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(isIndicatorId(`file-${slug(text)}`)).toBe(true);
        expect(isIndicatorId(`measure-${slug(text)}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never end in a hyphen when a long name is cut', () => {
    expect(
      slug('Satisfaction - Mean (where 0 is not at all satisfied and 10 is completely satisfied)'),
    ).toBe('satisfaction-mean-where-0-is-not-at-all-satisfied-and-10-is');
  });

  it('lets any indicator name through the importer as a new indicator', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (name) => {
        const cell = `"${name.replace(/"/g, '""')}"`;
        const text = `Indicator Name,Area Code,Time period,Value\n${cell},E09000001,2024,5\n`;
        const result = importPublishedFile(text, 'any-name.csv', {
          indicators: [],
          boroughCodes: new Set(['E09000001']),
          today: '2026-11-29',
        });
        for (const indicator of result.indicators) expect(isIndicatorId(indicator.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

const wellbeing = sharedPath(
  'data',
  'snapshot',
  'boroughs',
  'ons_els_personal_wellbeing_means.csv',
);
describe.runIf(hasShared(wellbeing))(
  "ONS's personal well-being file, loaded as a user would",
  () => {
    it('is read, not refused for an identifier', () => {
      const result = importPublishedFile(readFileSync(wellbeing, 'utf8'), 'wellbeing.csv', {
        indicators: [],
        boroughCodes: new Set(['E09000001', 'E09000007']),
        today: '2026-11-29',
      });
      expect(result.points.length).toBeGreaterThan(0);
      expect(result.indicators.every((i) => isIndicatorId(i.id))).toBe(true);
    });
  },
);

describe('messages that say what and where', () => {
  const context = { indicators: [], boroughCodes: new Set(['E09000001']), today: '2026-11-29' };
  it('rejects a row with more cells than the header, naming row and counts', () => {
    const wide = [
      'Indicator Name,Area Code,Time period,Value',
      'X,E09000001,2024,5',
      `X,E09000001,2025,6,${'9,'.repeat(999)}9`,
    ].join('\n');
    const result = importPublishedFile(wide, 'wide.csv', context);
    expect(result.points).toHaveLength(1);
    expect(result.rejects).toEqual([
      { file: 'wide.csv', row: 3, reason: 'the row has 1,004 cells but the header has 4 columns' },
    ]);
  });

  it('names the first row, column and code of rows left out', () => {
    const text = [
      'Indicator Name,Area Code,Time period,Value',
      'X,E09000099,2024,5',
      'X,E06000001,2024,5',
    ].join('\n');
    const result = importPublishedFile(text, 'codes.csv', context);
    expect(result.skippedFirst).toEqual({
      'London borough code not recognised': 'row 2, column "Area Code" (E09000099)',
      'area outside London': 'row 3, column "Area Code" (E06000001)',
    });
  });

  it('keeps a trailing empty cell, as spreadsheets write it', () => {
    const text = ['Indicator Name,Area Code,Time period,Value', 'X,E09000001,2024,5,'].join('\n');
    expect(importPublishedFile(text, 'trailing.csv', context).points).toHaveLength(1);
  });
});
