import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/data/catalogue';
import { readIndicatorFile } from '../../src/data/read-indicator-file';
import { parseAreas, parseIcbs, parseProviders } from '../../src/data/reference';
import { ENGLAND } from '../../src/domain';

const dataDir = resolve(import.meta.dirname, '..', '..', 'data');
const read = (path: string) => readFileSync(resolve(dataDir, path), 'utf8');
const catalogue = parseCatalogue(JSON.parse(read('catalogue.json')));

describe('the bundled data in data/', () => {
  it('has a valid catalogue with full provenance for every indicator', () => {
    expect(catalogue.indicators.length).toBeGreaterThanOrEqual(23);
    for (const indicator of catalogue.indicators) {
      expect(indicator.source.publisher, indicator.id).not.toBe('');
      expect(indicator.source.attribution, indicator.id).toMatch(/Source:/);
      expect(indicator.source.extractDate, indicator.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(indicator.source.extractedFrom, indicator.id).toMatch(/@[0-9a-f]{8}/);
    }
  });

  it.each(catalogue.indicators.map((i) => [i.id, i] as const))('%s reads with no rejected rows', (_id, indicator) => {
    const result = readIndicatorFile(read(indicator.file), indicator);
    expect(result.rejects).toEqual([]);
    expect(result.points.length).toBeGreaterThan(0);
    expect(result.points.some((p) => p.value !== null)).toBe(true);
  });

  it('keeps suppressed values missing with a reason, never zero', () => {
    const smi = catalogue.indicators.find((i) => i.id === 'fingertips-91096')!;
    const points = readIndicatorFile(read(smi.file), smi).points;
    const city201415 = points.find((p) => p.code === 'E09000001' && p.period.label === '2014/15');
    expect(city201415).toMatchObject({ value: null, note: 'NA in source file' });
    // England 2009/10 as published in Fingertips 91096 (PROVENANCE.md: England runs from 326.7).
    expect(points.find((p) => p.code === ENGLAND && p.period.label === '2009/10')?.value).toBe(326.7);
  });

  it('has the reference tables: 33 boroughs with sub-region and tile, London and England, 5 ICBs, the MH trusts', () => {
    const areas = parseAreas(read(catalogue.reference.areas), catalogue.reference.areas);
    const boroughs = areas.filter((a) => a.kind === 'borough');
    expect(boroughs).toHaveLength(33);
    expect(boroughs.every((b) => b.subRegion && b.tile && b.innerOuter)).toBe(true);
    expect(areas.map((a) => a.code)).toEqual(expect.arrayContaining(['E12000007', 'E92000001']));
    expect(parseIcbs(read(catalogue.reference.icbs), catalogue.reference.icbs)).toHaveLength(5);
    const providers = parseProviders(read(catalogue.reference.providers), catalogue.reference.providers);
    expect(providers.find((p) => p.code === 'RRP')).toMatchObject({ status: 'closed', successor: 'G6V2S' });
  });

  const snapshotDir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'snapshot');
  it.runIf(existsSync(snapshotDir))('covers every file in ../shared/data/snapshot', () => {
    const extractedFrom = catalogue.indicators.map((i) => i.source.extractedFrom).join('\n');
    const files = ['boroughs', 'providers'].flatMap((folder) => readdirSync(resolve(snapshotDir, folder)));
    expect(files.length).toBe(19);
    // Each data file's indicator entries exist: checked by data:snapshot, which fails on an unread file.
    expect(extractedFrom).toContain('MHSDS Data_4WW_SepPerf_2024.csv');
    expect(readdirSync(resolve(dataDir, 'indicators'))).toHaveLength(catalogue.indicators.length);
  });
});
