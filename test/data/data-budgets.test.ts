import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/data/catalogue';
import { isStandaloneBoroughIndicator } from '../../src/domain';

// Budgets for what a fresh clone ships (issue "Everything published, in the box"). Sizes are
// stable from run to run, so they are checked here; times are measured by npm run bench.
const MB = 1024 * 1024;
const KB = 1024;
const dataDir = resolve(import.meta.dirname, '..', '..', 'data');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
// data/local/ is a user's update (git-ignored), not the shipped data.
const shipped = files(dataDir).filter((f) => !relative(dataDir, f).startsWith('local'));
const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

describe('the shipped data/ stays within its budgets', () => {
  it('holds at most 12 MB', () => {
    const bytes = shipped.reduce((sum, f) => sum + statSync(f).size, 0);
    expect(bytes).toBeLessThanOrEqual(12 * MB);
  });

  it('has no file over 600 KB gzipped', () => {
    const over = shipped.filter((f) => gzipped(f) > 600 * KB).map((f) => relative(dataDir, f));
    expect(over).toEqual([]);
  });

  it("asks at most 30 KB gzipped for the first view's data (catalogue, reference tables, first indicator)", () => {
    const catalogue = parseCatalogue(
      JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8')),
    );
    const first = catalogue.indicators.find(isStandaloneBoroughIndicator);
    expect(first?.id).toBe('fingertips-90813');
    const { areas, icbs, providers } = catalogue.reference;
    const firstView = ['catalogue.json', areas, icbs, providers, first!.file];
    const bytes = firstView.reduce((sum, f) => sum + gzipped(join(dataDir, f)), 0);
    expect(bytes).toBeLessThanOrEqual(30 * KB);
  });
});
