import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCatalogueEntry } from '../../scripts/catalogue/define';
import {
  RAW_BOROUGH_INDICATORS,
  RAW_PROVIDER_INDICATORS,
} from '../../scripts/catalogue/raw-indicators';
import { BUNDLED_DEFINITIONS } from '../../scripts/catalogue/bundled-definitions';
import { importPublishedFile } from '../../src/data/import/import-published-file';
import { ENGLAND, type DataPoint, type Indicator } from '../../src/domain';
import { publishedVerdict } from '../../src/model/published-verdict';
import { compareWithBenchmark } from '../../src/stats';
import { hasShared, sharedPath } from '../setup/shared-data';

const catalogue: Indicator[] = [
  ...BUNDLED_DEFINITIONS,
  ...RAW_BOROUGH_INDICATORS,
  ...RAW_PROVIDER_INDICATORS,
].map(toCatalogueEntry);
const exportsDir = sharedPath('data', 'raw', 'original-formats', 'fingertips-export');
const dataDir = sharedPath('data');

const csvFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? csvFiles(path) : name.endsWith('.csv') ? [path] : [];
  });

/** Every area code in a file: the test widens the importer's scope beyond London. */
const everyArea = (text: string) =>
  new Set(
    Papa.parse<Record<string, string>>(text, { header: true }).data.map(
      (r) => r.AreaCode ?? r['Area Code'] ?? '',
    ),
  );

const key = (p: Pick<DataPoint, 'indicatorId' | 'period' | 'sex' | 'age'>) =>
  `${p.indicatorId}|${p.period.label}|${p.sex}|${p.age}`;

describe.runIf(hasShared(exportsDir))(
  'published Fingertips verdicts, recomputed by the Atlas',
  () => {
    const files = hasShared(exportsDir)
      ? readdirSync(exportsDir).map((f) => join(exportsDir, f))
      : [];

    it('agree with every published comparison with England and with the region in all 9 regional exports', () => {
      const tally = { england: { compared: 0, agreed: 0 }, region: { compared: 0, agreed: 0 } };
      const publishedCount = { england: 0, region: 0 };
      const disagreements: string[] = [];
      for (const path of files) {
        const text = readFileSync(path, 'utf8');
        const result = importPublishedFile(text, path, {
          indicators: catalogue,
          boroughCodes: everyArea(text),
          today: '2026-11-29',
        });
        expect(result.rejects).toEqual([]);
        const byId = new Map(catalogue.map((i) => [i.id as string, i]));
        // Benchmarks: England rows and each region's row, per indicator, period, sex and age.
        const rows = Papa.parse<Record<string, string>>(text, {
          header: true,
          skipEmptyLines: true,
        }).data;
        const regionVerdict = new Map(
          rows.map((r) => [
            `${r.AreaCode}|${r.IndicatorID}|${r.Timeperiod}|${r.Sex}`,
            r.Compared_to_Region_value_or_percentiles,
          ]),
        );
        for (const r of rows) {
          if (r.AreaCode === ENGLAND) continue;
          if (publishedVerdict(r.Compared_to_England_value_or_percentiles))
            publishedCount.england++;
          if (publishedVerdict(r.Compared_to_Region_value_or_percentiles)) publishedCount.region++;
        }
        const parentOf = new Map(rows.map((r) => [r.AreaCode, r.ParentCode]));
        const valueOf = new Map(result.points.map((p) => [`${p.code}|${key(p)}`, p.value]));
        for (const p of result.points) {
          const indicator = byId.get(p.indicatorId)!;
          const check = (
            label: 'england' | 'region',
            benchmarkCode: string | undefined,
            published: string | undefined,
          ) => {
            const expected = publishedVerdict(published);
            const benchmark = benchmarkCode ? valueOf.get(`${benchmarkCode}|${key(p)}`) : undefined;
            if (!expected || benchmark == null || !p.ci95) return;
            const ours = compareWithBenchmark(p, benchmark, {
              method: 'ci-overlap',
              polarity: indicator.polarity,
              confidence: 0.95,
            });
            tally[label].compared++;
            if (ours.kind === expected) tally[label].agreed++;
            else
              disagreements.push(
                `${path} ${p.code} ${key(p)} vs ${label}: published ${published}, Atlas ${ours.kind}`,
              );
          };
          if (p.code === ENGLAND) continue;
          check('england', ENGLAND, p.publishedComparison);
          const raw = rows.find((r) => r.AreaCode === p.code);
          check(
            'region',
            parentOf.get(p.code) || undefined,
            regionVerdict.get(
              `${p.code}|${p.indicatorId.replace('fingertips-', '')}|${p.period.label}|${p.sex}`,
            ) ?? raw?.Compared_to_Region_value_or_percentiles,
          );
        }
      }
      expect(disagreements).toEqual([]);
      // Every published verdict was recomputed: none was passed over for want of a value or interval.
      expect(tally.england.compared).toBe(publishedCount.england);
      expect(tally.region.compared).toBe(publishedCount.region);
      console.log(
        `published verdicts: England ${tally.england.agreed}/${tally.england.compared}, region ${tally.region.agreed}/${tally.region.compared}`,
      );
    });
  },
);

describe.runIf(hasShared(dataDir))("catalogue polarity against the publisher's wording", () => {
  it('calls an indicator judged only where the publisher says Better/Worse, and no judgement where it says Higher/Lower', () => {
    const files = [...csvFiles(join(dataDir, 'snapshot')), ...csvFiles(join(dataDir, 'raw'))];
    const boroughCodes = new Set(
      Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`),
    );
    const words = new Map<string, Set<string>>();
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      let result;
      try {
        result = importPublishedFile(text, path, {
          indicators: catalogue,
          boroughCodes,
          today: '2026-11-29',
        });
      } catch {
        continue; // reference tables and other non-indicator files
      }
      for (const p of result.points) {
        const verdict = publishedVerdict(p.publishedComparison);
        if (!verdict) continue;
        const set = words.get(p.indicatorId) ?? new Set<string>();
        set.add(
          verdict === 'similar'
            ? 'similar'
            : verdict === 'higher' || verdict === 'lower'
              ? 'neutral'
              : 'judged',
        );
        words.set(p.indicatorId, set);
      }
    }
    const mismatches = [...words].flatMap(([id, seen]) => {
      const polarity = catalogue.find((i) => i.id === id)?.polarity;
      if (seen.has('judged') && polarity === 'no-judgement')
        return [`${id}: publisher says Better/Worse, catalogue no judgement`];
      if (seen.has('neutral') && polarity !== 'no-judgement')
        return [`${id}: publisher says Higher/Lower, catalogue ${polarity}`];
      return [];
    });
    expect(mismatches).toEqual([]);
    // The check saw the indicators that carry a comparison column.
    expect([...words.keys()]).toEqual(
      expect.arrayContaining(['fingertips-21001', 'fingertips-848', 'fingertips-41001']),
    );
  });
});
