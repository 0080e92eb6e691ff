/**
 * npm run data:snapshot — rebuilds the bundled data in data/ from ../shared/data/snapshot.
 *
 * Every snapshot file is read through the same reader the app and the data update use, rows
 * outside London (and England as comparator) are dropped, and the run fails on any rejected
 * row or any snapshot file no catalogue entry covers, so the bundle stays complete and clean.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeReject, ENGLAND, LONDON, type DataPoint, type Indicator } from '../src/domain';
import { dataPointsToCsv } from '../src/data/normalised-format';
import { readPublishedCsv } from '../src/data/read-published-csv';
import type { Catalogue } from '../src/data/catalogue';
import { SNAPSHOT_EXTRACT_DATE, type SnapshotIndicator } from './catalogue/define';
import { SNAPSHOT_BOROUGH_INDICATORS } from './catalogue/snapshot-borough-indicators';
import { SNAPSHOT_OTHER_INDICATORS } from './catalogue/snapshot-other-indicators';
import { buildReference } from './snapshot/build-reference';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const snapshotDir = resolve(
  process.env.ATLAS_SHARED ?? join(repoRoot, '..', 'shared'),
  'data',
  'snapshot',
);
const outDir = join(repoRoot, 'data');

export const SNAPSHOT_INDICATORS: readonly SnapshotIndicator[] = [
  ...SNAPSHOT_BOROUGH_INDICATORS,
  ...SNAPSHOT_OTHER_INDICATORS,
];

const read = (path: string) => readFileSync(join(snapshotDir, path), 'utf8');
const isLondonOrComparator = (p: DataPoint) =>
  p.code.startsWith('E09') || p.code === LONDON || p.code === ENGLAND;

function catalogueEntry(def: SnapshotIndicator): Indicator {
  const { snapshotFile: _file, namePrefix: _prefix, ...indicator } = def;
  return indicator;
}

function main() {
  const problems: string[] = [];
  const files: Record<string, string> = buildReference(read);

  for (const def of SNAPSHOT_INDICATORS) {
    const result = readPublishedCsv(read(def.snapshotFile), {
      file: def.snapshotFile,
      indicatorFor: (cell) =>
        !def.namePrefix || cell('indicatorName').startsWith(def.namePrefix) ? def.id : null,
      keep: def.level === 'borough' ? isLondonOrComparator : undefined,
    });
    problems.push(...result.rejects.map(describeReject));
    if (result.points.length === 0) problems.push(`${def.snapshotFile}: no rows for ${def.id}`);
    files[def.file] = dataPointsToCsv(result.points, def);
    const withValue = result.points.filter((p) => p.value !== null).length;
    console.log(
      `${def.id.padEnd(30)} ${String(result.points.length).padStart(4)} rows (${withValue} with a value) from ${def.snapshotFile}`,
    );
  }

  const covered = new Set(SNAPSHOT_INDICATORS.map((d) => d.snapshotFile));
  for (const folder of ['boroughs', 'providers']) {
    for (const name of readdirSync(join(snapshotDir, folder))) {
      if (!covered.has(`${folder}/${name}`))
        problems.push(`${folder}/${name}: no catalogue entry reads this file`);
    }
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }

  const catalogue: Catalogue = {
    schemaVersion: 1,
    dataVersion: `snapshot-${SNAPSHOT_EXTRACT_DATE}`,
    label: 'Bundled snapshot',
    extractDate: SNAPSHOT_EXTRACT_DATE,
    indicators: SNAPSHOT_INDICATORS.map(catalogueEntry),
    reference: {
      areas: 'reference/areas.csv',
      icbs: 'reference/icbs.csv',
      providers: 'reference/providers.csv',
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
    `\nWrote ${Object.keys(files).length} files to data/ (${SNAPSHOT_INDICATORS.length} indicators).`,
  );
}

main();
