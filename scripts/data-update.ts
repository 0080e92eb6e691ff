/**
 * npm run data:update [-- --source DIR] [--out DIR] [--replace] [--keep-going] [--publishers-at URL]
 *
 * Loads the newest published files into a local data folder (default data/local, git-ignored)
 * that the app prefers over the bundled snapshot. With --source, reads every CSV under DIR
 * (e.g. ../shared/data/raw); without it, downloads each catalogue entry's publisher URL.
 * Uses the same importer as the app's "Load data". Prints a report and writes report.json.
 */
import { existsSync } from 'node:fs';
import { commandArgs } from './cli-args';
import { resolve } from 'node:path';
import { runDataUpdate, UpdateNotWritten } from './update/run-data-update';

const USAGE =
  'npm run data:update [-- --source DIR] [--out DIR] [--replace] [--keep-going] [--publishers-at URL] [--today YYYY-MM-DD]';
const { values } = commandArgs(
  {
    source: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    replace: { type: 'boolean' },
    'keep-going': { type: 'boolean' },
    'publishers-at': { type: 'string' },
  },
  USAGE,
);
const repoRoot = resolve(import.meta.dirname, '..');
const source = values.source ? resolve(process.cwd(), values.source) : undefined;
if (source && !existsSync(source)) {
  console.error(
    `data:update: --source ${values.source} does not exist (looked for ${source}). Nothing was changed.`,
  );
  process.exit(2);
}
try {
  const report = await runDataUpdate({
    repoRoot,
    source,
    replace: values.replace ?? false,
    keepGoing: values['keep-going'] ?? false,
    ...(values['publishers-at'] && { publishersAt: values['publishers-at'] }),
    out: resolve(repoRoot, values.out ?? 'data/local'),
    today: values.today ?? new Date().toISOString().slice(0, 10),
    log: console.log,
  });
  process.exitCode = report.failedFiles.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof UpdateNotWritten)) throw error;
  console.error(error.message);
  process.exitCode = error.exitCode;
}
