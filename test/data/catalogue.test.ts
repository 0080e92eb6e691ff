import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/data/catalogue';
import { makeIndicator } from '../factories';

const valid = () => ({
  schemaVersion: 1,
  dataVersion: 'synthetic-1',
  label: 'Synthetic catalogue',
  extractDate: '2026-01-01',
  indicators: [makeIndicator()],
  reference: { areas: 'a.csv', icbs: 'i.csv', providers: 'p.csv' },
});

describe('parseCatalogue', () => {
  it('accepts a valid catalogue', () => {
    expect(parseCatalogue(valid()).indicators[0]?.id).toBe('synthetic-indicator');
  });

  it.each([
    [
      'a bad polarity',
      (c: ReturnType<typeof valid>) => ({
        ...c,
        indicators: [{ ...c.indicators[0], polarity: 'good' }],
      }),
      'indicators[0].polarity must be one of high-is-good, low-is-good, no-judgement',
    ],
    [
      'a missing source',
      (c: ReturnType<typeof valid>) => ({
        ...c,
        indicators: [{ ...c.indicators[0], source: undefined }],
      }),
      'indicators[0].source must be an object',
    ],
    [
      'a zero multiplier',
      (c: ReturnType<typeof valid>) => ({
        ...c,
        indicators: [{ ...c.indicators[0], multiplier: 0 }],
      }),
      'indicators[0].multiplier must be a positive number',
    ],
    [
      'a duplicate id',
      (c: ReturnType<typeof valid>) => ({ ...c, indicators: [c.indicators[0], c.indicators[0]] }),
      'indicators[1].id "synthetic-indicator" appears twice',
    ],
    [
      'a wrong schema version',
      (c: ReturnType<typeof valid>) => ({ ...c, schemaVersion: 2 }),
      'schemaVersion must be 1',
    ],
  ])('rejects %s with the path of the bad field', (_case, corrupt, message) => {
    expect(() => parseCatalogue(corrupt(valid()))).toThrow(`catalogue.json: ${message}`);
  });

  it('rejects something that is not an object', () => {
    expect(() => parseCatalogue([])).toThrow('catalogue.json: the catalogue must be a JSON object');
  });
});
