/**
 * One measurement in its own process (so peak memory is its own), printed as one JSON line:
 * - `papa`: plain PapaParse with its default options (rows as arrays of text);
 * - `papa-records`: PapaParse with `header: true` (rows as objects), as most loaders use it;
 * - `atlas`: the app's importer (parse + validate + index into DataPoints).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { importPublishedFile } from '../../src/data/import/import-published-file';

const [mode, path] = process.argv.slice(2);
if (!path || !['papa', 'papa-records', 'atlas'].includes(mode ?? ''))
  throw new Error('usage: import-throughput papa|papa-records|atlas FILE');
const text = readFileSync(path, 'utf8');
const boroughCodes = new Set(
  Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`),
);
const start = performance.now();
let rows = 0;
if (mode === 'papa') {
  rows = Papa.parse<string[]>(text).data.length - 1;
} else if (mode === 'papa-records') {
  rows = Papa.parse<Record<string, string>>(text, { header: true }).data.length;
} else {
  const result = importPublishedFile(text, 'synthetic-bench.csv', {
    indicators: [],
    boroughCodes,
    today: '2026-01-01',
  });
  if (result.rejects.length)
    throw new Error(`${result.rejects.length} rejects, first: ${result.rejects[0]?.reason}`);
  rows = result.points.length;
}
const ms = performance.now() - start;
console.log(JSON.stringify({ mode, rows, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
