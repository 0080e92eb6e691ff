import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { seededRandom } from '../../src/stats/rank-intervals';

const HEADER =
  'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Time period Sortable';

/**
 * Writes a synthetic Fingertips-export-layout CSV (fixed seed: the same bytes every run) for the
 * benchmarks. Every figure is random, never published data; the file name says "synthetic".
 * 35 areas (33 boroughs, London, England) × 3 sexes × 26 periods per indicator.
 */
export async function generateFingertipsFile(path: string, rows: number, seed = 42): Promise<void> {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const random = seededRandom(seed);
  const out = createWriteStream(path);
  const areas = [
    ...Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`),
    'E12000007',
    'E92000001',
  ];
  const sexes = ['Persons', 'Male', 'Female'];
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`${HEADER}\n`);
  let batch = '';
  for (let n = 0; n < rows; n++) {
    const indicator = 90000 + Math.floor(n / (35 * 3 * 26));
    const area = areas[n % 35]!;
    const sex = sexes[Math.floor(n / 35) % 3]!;
    const year = 2000 + (Math.floor(n / 105) % 26);
    const count = Math.floor(random() * 2000);
    const denominator = 50000 + Math.floor(random() * 300000);
    const value = (count / denominator) * 100000;
    const half = ((1.96 * Math.sqrt(Math.max(count, 1))) / denominator) * 100000;
    batch += `${indicator},Synthetic benchmark indicator ${indicator},E12000007,London region,${area},Area ${area},Borough,${sex},All ages,,,${year},${value.toFixed(4)},${(value - half).toFixed(4)},${(value + half).toFixed(4)},,,${count},${denominator},,,Similar,${year}0000\n`;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise<void>((resolve) => out.end(resolve));
}
