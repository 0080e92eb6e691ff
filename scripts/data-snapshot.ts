/**
 * npm run data:snapshot — rebuilds the bundled data in data/ from ../shared/data/snapshot and
 * ../shared/data/raw/{boroughs,providers}.
 *
 * Every snapshot file is read through the same reader the app and the data update use, rows
 * outside London (and England as comparator) are dropped, and the run fails on any rejected
 * row or any snapshot file no catalogue entry covers, so the bundle stays complete and clean.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeReject, type DataPoint, type Indicator } from '../src/domain';
import { pointsToShippedCsv } from '../src/data/shipped-format';
import type { Catalogue } from '../src/data/catalogue';
import { parseAreas } from '../src/data/reference';
import {
  collectOrganisations,
  mergeOrganisations,
  organisationsToCsv,
} from '../src/data/organisations';
import { summariseCoverage } from '../src/data/summarise-coverage';
import { SNAPSHOT_EXTRACT_DATE, toCatalogueEntry } from './catalogue/define';
import { BUNDLED_DEFINITIONS } from './catalogue/bundled-definitions';
import { commandArgs } from './cli-args';
import { PARITY_PAIRS } from './catalogue/parity-pairs';
import { RAW_BOROUGH_INDICATORS, RAW_PROVIDER_INDICATORS } from './catalogue/raw-indicators';
import { addRawFiles } from './snapshot/add-raw-files';
import { buildReference } from './snapshot/build-reference';
import { readSnapshotIndicator, withReleases } from './snapshot/read-snapshot-indicator';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDataDir = resolve(process.env.ATLAS_SHARED ?? join(repoRoot, '..', 'shared'), 'data');
const snapshotDir = join(sharedDataDir, 'snapshot');
const rawDir = join(sharedDataDir, 'raw');
// `--out DIR` builds elsewhere (the test that the committed data/ is what this script builds).
const { values } = commandArgs({ out: { type: 'string' } }, 'npm run data:snapshot [-- --out DIR]');
const outDir = values.out ? resolve(values.out) : join(repoRoot, 'data');

const read = (path: string) => readFileSync(join(snapshotDir, path), 'utf8');

function main() {
  const problems: string[] = [];
  const files: Record<string, string> = buildReference(read);
  const boroughs = new Set<string>(
    parseAreas(files['reference/areas.csv'] ?? '', 'reference/areas.csv')
      .filter((a) => a.kind === 'borough')
      .map((a) => a.code),
  );
  const existing: { indicator: Indicator; points: readonly DataPoint[] }[] = [];

  for (const def of BUNDLED_DEFINITIONS) {
    const result = readSnapshotIndicator(def, read, boroughs);
    problems.push(...result.rejects.map(describeReject));
    if (result.points.length === 0) problems.push(`${def.snapshotFile}: no rows for ${def.id}`);
    existing.push({
      indicator: withReleases(toCatalogueEntry(def), result.releases),
      points: result.points,
    });
    const withValue = result.points.filter((p) => p.value !== null).length;
    console.log(
      `${def.id.padEnd(34)} ${String(result.points.length).padStart(4)} rows (${withValue} with a value): ${result.log.join('; ')}`,
    );
  }

  const covered = new Set(
    BUNDLED_DEFINITIONS.flatMap((d) => [
      d.snapshotFile,
      ...(d.olderReleases ?? []).map((o) => o.snapshotFile),
    ]),
  );
  for (const folder of ['boroughs', 'providers']) {
    for (const name of readdirSync(join(snapshotDir, folder))) {
      if (!covered.has(`${folder}/${name}`))
        problems.push(`${folder}/${name}: no catalogue entry reads this file`);
    }
  }

  // The raw tier: every organisation in England, QOF by CCG, older and newer releases.
  console.log('\nRaw files:');
  const raw = addRawFiles({
    rawDir,
    existing,
    definitions: [...RAW_BOROUGH_INDICATORS, ...RAW_PROVIDER_INDICATORS].map(toCatalogueEntry),
    boroughCodes: boroughs,
    today: SNAPSHOT_EXTRACT_DATE,
  });
  raw.log.forEach((line) => console.log(`  ${line}`));
  problems.push(...raw.problems);

  const organisations = mergeOrganisations(
    ...readdirSync(join(snapshotDir, 'providers'))
      .sort()
      .map((name) => collectOrganisations(read(`providers/${name}`), `providers/${name}`)),
    ...raw.organisations,
  );
  files['reference/organisations.csv'] = organisationsToCsv(organisations);

  const entries = raw.indicators.flatMap((indicator) => {
    const points = raw.points.get(indicator.id) ?? [];
    if (points.length === 0) return [];
    files[indicator.file] = pointsToShippedCsv(points, indicator);
    const coverage = summariseCoverage(points);
    return [{ ...indicator, ...(coverage && { coverage }) }];
  });
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }

  // The newest extraction of any bundled dataset.
  const extractDate = entries
    .map((e) => e.source.extractDate)
    .reduce((a, b) => (a > b ? a : b), SNAPSHOT_EXTRACT_DATE);
  const catalogue: Catalogue = {
    schemaVersion: 1,
    dataVersion: `snapshot-${extractDate}`,
    label: 'Bundled snapshot',
    extractDate,
    indicators: entries,
    parityPairs: PARITY_PAIRS,
    reference: {
      areas: 'reference/areas.csv',
      icbs: 'reference/icbs.csv',
      providers: 'reference/providers.csv',
      organisations: 'reference/organisations.csv',
    },
  };
  files['catalogue.json'] = JSON.stringify(catalogue, null, 2) + '\n';

  rmSync(join(outDir, 'indicators'), { recursive: true, force: true });
  rmSync(join(outDir, 'reference'), { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
  console.log(
    `\nWrote ${Object.keys(files).length} files to data/ (${entries.length} indicators).`,
  );
}

main();
