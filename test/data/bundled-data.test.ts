import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseCatalogue } from '../../src/data/catalogue';
import { parsePeriod } from '../../src/data/parse-period';
import { readIndicatorFile } from '../../src/data/read-indicator-file';
import { parseAreas, parseIcbs, parseProviders } from '../../src/data/reference';
import { comparePeriods, ENGLAND, releasesForPeriod, type DataPoint } from '../../src/domain';
import { hasShared } from '../setup/shared-data';

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

  it.each(catalogue.indicators.map((i) => [i.id, i] as const))(
    '%s reads with no rejected rows',
    (_id, indicator) => {
      const result = readIndicatorFile(read(indicator.file), indicator);
      expect(result.rejects).toEqual([]);
      expect(result.points.length).toBeGreaterThan(0);
      expect(result.points.some((p) => p.value !== null)).toBe(true);
    },
  );

  it('keeps suppressed values missing with a reason, never zero', () => {
    const smi = catalogue.indicators.find((i) => i.id === 'fingertips-91096')!;
    const points = readIndicatorFile(read(smi.file), smi).points;
    const city201415 = points.find((p) => p.code === 'E09000001' && p.period.label === '2014/15');
    expect(city201415).toMatchObject({ value: null, note: 'NA in source file' });
    // England 2009/10 as published in Fingertips 91096 (PROVENANCE.md: England runs from 326.7).
    expect(points.find((p) => p.code === ENGLAND && p.period.label === '2009/10')?.value).toBe(
      326.7,
    );
  });

  it('has the reference tables: 33 boroughs with sub-region and tile, London and England, 5 ICBs, the MH trusts', () => {
    const areas = parseAreas(read(catalogue.reference.areas), catalogue.reference.areas);
    const boroughs = areas.filter((a) => a.kind === 'borough');
    expect(boroughs).toHaveLength(33);
    expect(boroughs.every((b) => b.subRegion && b.tile && b.innerOuter)).toBe(true);
    expect(areas.map((a) => a.code)).toEqual(expect.arrayContaining(['E12000007', 'E92000001']));
    expect(parseIcbs(read(catalogue.reference.icbs), catalogue.reference.icbs)).toHaveLength(5);
    const providers = parseProviders(
      read(catalogue.reference.providers),
      catalogue.reference.providers,
    );
    expect(providers.find((p) => p.code === 'RRP')).toMatchObject({
      status: 'closed',
      successor: 'G6V2S',
    });
  });

  const pointsOf = (id: string) => {
    const indicator = catalogue.indicators.find((i) => i.id === id)!;
    return readIndicatorFile(read(indicator.file), indicator).points;
  };
  const latestPeriod = (points: readonly DataPoint[]) =>
    [...points].sort((a, b) => comparePeriods(a.period, b.period)).at(-1)?.period.label;

  it('holds one indicator per measure: older releases only fill periods the newest lacks', () => {
    // No two near-identical rows at one level ("Healthy life expectancy (ONS)" beside "Healthy life expectancy").
    // (Provider measures published monthly and annually are two series: "(monthly)", "(annual)".)
    const names = catalogue.indicators
      .filter((i) => i.level === 'borough')
      .map((i) => `${i.level}: ${i.shortName.replace(/\s*\(.*\)$/, '')}`);
    expect(new Set(names).size).toBe(names.length);
    const hle = catalogue.indicators.find((i) => i.id === 'fingertips-90362')!;
    expect(hle.formerIds).toEqual(['ons-healthy-life-expectancy']);
    expect(releasesForPeriod(hle, '2009-11').map((r) => r.label)).toEqual([
      'OHID Fingertips 90362 as served in about 2019 (no intervals)',
    ]);
    expect(releasesForPeriod(hle, '2021 - 23')[0]?.label).toMatch(/^ONS health state/);
    // The raw tier's newer ONS release supplies 2013-15 onwards, and says so.
    expect(releasesForPeriod(hle, '2022 - 24').map((r) => r.label)).toEqual([
      'ONS health state life expectancies 2013-15 to 2022-24 (source date 19/02/2026), via Explore Local Statistics',
    ]);
    // 2011-13 is in both releases: only the newer one's rows are kept.
    const hle201113 = pointsOf('fingertips-90362').filter((p) => p.period.start === '2011-01-01');
    expect(hle201113.every((p) => p.ci95 !== undefined)).toBe(true);
    expect(catalogue.indicators.some((i) => i.id === 'gla-life-expectancy')).toBe(false);
  });

  it("keeps the publisher's combined City of London and Hackney row with its note", () => {
    const combined = pointsOf('fingertips-93722').filter((p) => p.code === 'E67000001');
    expect(combined).toHaveLength(22);
    expect(combined[0]?.note).toBe('Value for Hackney and City of London combined');
  });

  const snapshotDir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'snapshot');
  it.runIf(hasShared(snapshotDir))('covers every file in ../shared/data/snapshot', () => {
    const extractedFrom = catalogue.indicators.map((i) => i.source.extractedFrom).join('\n');
    const files = ['boroughs', 'providers'].flatMap((folder) =>
      readdirSync(resolve(snapshotDir, folder)),
    );
    expect(files.length).toBe(27);
    // Each data file's indicator entries exist: checked by data:snapshot, which fails on an unread file.
    expect(extractedFrom).toContain('MHSDS Data_4WW_SepPerf_2024.csv');
    expect(readdirSync(resolve(dataDir, 'indicators'))).toHaveLength(catalogue.indicators.length);
  });

  // Each newest-release source file, read independently of the catalogue's build.
  const newestSources = [
    ['ons-life-expectancy', 'ons_els_life_expectancy_at_birth.csv', '2022 - 24'],
    ['fingertips-90362', '../../raw/boroughs/healthy_life_expectancy_ons_via_ELS.csv', '2022 - 24'],
    ['fingertips-93722', 'ohid_els_93722_u75_preventable_cvd_mortality.csv', '2022 - 24'],
    ['fingertips-93881', 'ohid_els_93881_adult_obesity_prevalence.csv', '2024-11-16 to 2025-11-15'],
    ['ons-wellbeing-anxiety', 'ons_els_personal_wellbeing_means.csv', '2022/23'],
    // The recent Fingertips file holds several indicators: the rows with this Indicator ID.
    ['ons-smoking-prevalence', 'fingertips_recent_london_with_ci.csv', '2024', '92443'],
    ['fingertips-90813', 'fingertips_recent_london_with_ci.csv', '2023/24', '90813'],
    ['fingertips-848', 'fingertips_recent_london_with_ci.csv', '2024/25', '848'],
    ['fingertips-41001', 'fingertips_recent_london_with_ci.csv', '2022 - 24', '41001'],
  ] as const;
  it.runIf(hasShared(snapshotDir)).each(newestSources)(
    '%s: latest period and intervals match %s',
    (id, file, latest, fingertipsId?: string) => {
      const source = readFileSync(resolve(snapshotDir, 'boroughs', file), 'utf8');
      // The source file read on its own: its latest period, and an interval on every value in it.
      const rows = Papa.parse<Record<string, string>>(source, {
        header: true,
        skipEmptyLines: true,
      }).data.filter((r) => !fingertipsId || r['Indicator ID'] === fingertipsId);
      const periods = rows.map((r) => parsePeriod(r['Time period'] ?? ''));
      const sourceLatest = [...periods].sort(comparePeriods).at(-1)?.label;
      expect(sourceLatest).toBe(latest);
      const inLatest = rows.filter((_, i) => periods[i]?.label === latest && rows[i]!.Value);
      expect(inLatest.every((r) => r['Lower CI 95.0 limit'] && r['Upper CI 95.0 limit'])).toBe(
        true,
      );
      expect(latestPeriod(pointsOf(id))).toBe(latest);
      // Boroughs: a benchmark lent by an older release (848's England) has no interval.
      const points = pointsOf(id).filter(
        (p) => p.value !== null && p.period.label === latest && p.code.startsWith('E09'),
      );
      expect(points.length).toBeGreaterThan(0);
      expect(
        points.every((p) => p.ci95 && p.ci95.lower <= p.value! && p.value! <= p.ci95.upper),
      ).toBe(true);
    },
  );
});
