import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../src/data/decode-text';
import { importPublishedFile, type FileImport } from '../../src/data/import/import-published-file';
import { mergeImports } from '../../src/data/import/merge-imports';
import {
  describeReject,
  type DataPoint,
  type Indicator,
  type IndicatorId,
  type IndicatorRelease,
} from '../../src/domain';
import type { Organisation } from '../../src/domain';
import { spanKey } from './merge-older-release';

/**
 * Raw files (../shared/data/raw/boroughs, raw/providers) left out of the bundle, each with the
 * reason. The build checks the reason holds: every period such a file has, for each of its
 * indicators, is already in the bundle (apart from the periods named as a different product).
 */
const RAW_FILES_LEFT_OUT: Readonly<
  Record<string, { readonly reason: string; readonly differentProduct?: readonly string[] }>
> = Object.fromEntries([
  ...['anxiety', 'happiness', 'life_satisfaction', 'worthwhile'].map((m) => [
    `boroughs/ons_wellbeing_${m}_london_boroughs.csv`,
    {
      reason:
        'every annual period it has is bundled from the ONS release with 95% intervals; its "2011-14" block is a different ONS product that PROVENANCE.md says not to join to the annual series',
      differentProduct: ['2011-14'],
    },
  ]),
  [
    'boroughs/personal_wellbeing_ons_via_ELS_supplementary.csv',
    { reason: 'every period it has is bundled from the ONS release with 95% intervals' },
  ],
  [
    'boroughs/u75_preventable_cvd_mortality_93722_via_ELS.csv',
    { reason: 'every period it has is bundled (identical on all 340 overlapping rows)' },
  ],
]);

/**
 * What a reader is told a raw file's release is, where the file supplies periods beside the
 * snapshot's releases of the same indicator (PROVENANCE.md, raw/).
 */
const RAW_RELEASES: Readonly<Record<string, { label: string; extractedFrom: string }>> = {
  'boroughs/healthy_life_expectancy_ons_via_ELS.csv': {
    label:
      'ONS health state life expectancies 2013-15 to 2022-24 (source date 19/02/2026), via Explore Local Statistics',
    extractedFrom:
      'ONSdigital/explore-local-statistics-data@4972c588 healthy-life-expectancy/healthy-life-expectancy.csv',
  },
  'boroughs/suicide_rate_41001_2015-17_male_fingertips.csv': {
    label: 'OHID Fingertips 41001, 2015-17, males (regional exports)',
    extractedFrom:
      'Jezzaay/Mental-Health-Analysis@c709b4c0 data/suicides/indicators-CountyUA.data <region>.csv',
  },
  'boroughs/suicide_rate_41001_2017-19_2019-21_noCI_fingertips.csv': {
    label: 'OHID Fingertips 41001, 2017-19 and 2019-21, without intervals (a notebook’s extract)',
    extractedFrom: 'HJandu/Project_1_Covid19@692ef47e CSVs/PreCovid.csv, DuringCovid.csv',
  },
};

const namedRelease = (release: IndicatorRelease): IndicatorRelease => {
  const file = release.label.replace(/^Published file /, '');
  const named = RAW_RELEASES[file];
  return named && release.extractedFrom === file ? { ...release, ...named } : release;
};

export interface RawAddition {
  readonly indicators: readonly Indicator[];
  readonly points: ReadonlyMap<IndicatorId, readonly DataPoint[]>;
  readonly organisations: readonly (readonly Organisation[])[];
  readonly log: readonly string[];
  readonly problems: readonly string[];
}

const csvIn = (rawDir: string, folder: string) =>
  readdirSync(join(rawDir, folder))
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => `${folder}/${name}`);

/**
 * Adds the raw tier to the bundle through the same importer as `data:update` and "Load data":
 * every organisation in England for provider measures (the funnel's population), QOF by CCG,
 * the older suicide periods and the newer ONS healthy life expectancy release. A raw row for the
 * same area, period and sex as a bundled one replaces it (mergeImports: the raw files are the
 * newer or the fuller release wherever they overlap a bundled one).
 */
export function addRawFiles(options: {
  readonly rawDir: string;
  readonly existing: readonly {
    readonly indicator: Indicator;
    readonly points: readonly DataPoint[];
  }[];
  readonly definitions: readonly Indicator[];
  readonly boroughCodes: ReadonlySet<string>;
  readonly today: string;
}): RawAddition {
  const known = new Set(options.existing.map((e) => e.indicator.id));
  const context = {
    indicators: [
      ...options.existing.map((e) => e.indicator),
      ...options.definitions.filter((d) => !known.has(d.id)),
    ],
    boroughCodes: options.boroughCodes,
    today: options.today,
  };
  const problems: string[] = [];
  const log: string[] = [];
  const imports: FileImport[] = [];
  const read = (file: string) => {
    const decoded = decodeText(readFileSync(join(options.rawDir, file)), file);
    const imported = importPublishedFile(decoded.text, file, context);
    problems.push(...imported.rejects.slice(0, 5).map(describeReject));
    if (imported.rejects.length > 5)
      problems.push(`${file}: ${imported.rejects.length - 5} more rejected rows`);
    return imported;
  };

  const files = [...csvIn(options.rawDir, 'boroughs'), ...csvIn(options.rawDir, 'providers')];
  for (const file of files) {
    const leftOut = RAW_FILES_LEFT_OUT[file];
    const imported = read(file);
    if (leftOut) {
      const uncovered = uncoveredPeriods(imported, options.existing, leftOut.differentProduct);
      if (uncovered.length > 0)
        problems.push(`${file} is left out, but the bundle lacks ${uncovered.join(', ')}`);
      log.push(`${file}: left out, ${leftOut.reason}`);
      continue;
    }
    imports.push(imported);
    log.push(
      `${file}: ${imported.points.length} rows → ${imported.indicators.map((i) => i.id).join(', ')}`,
    );
  }
  for (const file of Object.keys(RAW_FILES_LEFT_OUT))
    if (!files.includes(file))
      problems.push(`${file}: listed as left out, but there is no such raw file`);

  const merged = mergeImports(options.existing, imports);
  return {
    indicators: merged.indicators.map((i) =>
      i.releases ? { ...i, releases: i.releases.map(namedRelease) } : i,
    ),
    points: merged.points,
    organisations: imports.map((i) => [...i.organisations]),
    log,
    problems,
  };
}

/** "id period" for each period a file has that the bundle does not hold for that indicator. */
function uncoveredPeriods(
  imported: FileImport,
  existing: readonly { readonly indicator: Indicator; readonly points: readonly DataPoint[] }[],
  differentProduct: readonly string[] = [],
): string[] {
  const spans = new Map(
    existing.map((e) => [e.indicator.id as string, new Set(e.points.map(spanKey))]),
  );
  const missing = new Set<string>();
  for (const p of imported.points) {
    if (differentProduct.includes(p.period.label)) continue;
    if (!spans.get(p.indicatorId)?.has(spanKey(p)))
      missing.add(`${p.indicatorId} ${p.period.label}`);
  }
  return [...missing];
}
