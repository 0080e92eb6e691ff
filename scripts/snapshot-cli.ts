/**
 * npm run snapshot -- --indicator <id> [--boroughs E09000001,…] [--benchmark england|london]
 *   [--period <label>] [--sex Persons|Male|Female] [--ci 95|99.8] [--out file.csv]
 *
 * Writes the ranked comparison's CSV exactly as the app's "Download CSV" does for the same
 * view, from the same src/ code, on the updated data (data/local) when present, else the bundle.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { commandArgs } from './cli-args';
import { runSnapshot } from './snapshot/run-snapshot';

const USAGE =
  'npm run snapshot -- --indicator <id> [--boroughs E09000001,…] [--benchmark england|london] [--period <label>] [--sex Persons|Male|Female] [--ci 95|99.8] [--out file.csv]';
const { values } = commandArgs(
  {
    indicator: { type: 'string' },
    boroughs: { type: 'string' },
    benchmark: { type: 'string' },
    period: { type: 'string' },
    sex: { type: 'string' },
    ci: { type: 'string' },
    out: { type: 'string' },
  },
  USAGE,
);
const repoRoot = resolve(import.meta.dirname, '..');
const local = resolve(repoRoot, 'data', 'local');
try {
  const csv = runSnapshot({
    dataDir: existsSync(resolve(local, 'catalogue.json')) ? local : resolve(repoRoot, 'data'),
    indicator: values.indicator,
    boroughs: values.boroughs,
    benchmark: values.benchmark,
    period: values.period,
    sex: values.sex,
    ci: values.ci,
  });
  if (values.out) {
    writeFileSync(resolve(process.cwd(), values.out), csv);
    console.log(`Wrote ${values.out}`);
  } else process.stdout.write(csv);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
