import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../src/data/catalogue';
import { importPublishedFile } from '../../../src/data/import/import-published-file';
import {
  RAW_BOROUGH_INDICATORS,
  RAW_PROVIDER_INDICATORS,
} from '../../../scripts/catalogue/raw-indicators';
import { hasShared } from '../../setup/shared-data';

const rawDir = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'raw');
const dataDir = resolve(import.meta.dirname, '..', '..', '..', 'data');
const csvFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? csvFiles(path) : name.endsWith('.csv') ? [path] : [];
  });

describe.runIf(hasShared(rawDir))(
  'every file in ../shared/data/raw imports through the app’s importer',
  () => {
    const catalogue = parseCatalogue(
      JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8')),
    );
    const context = {
      indicators: [...catalogue.indicators, ...RAW_BOROUGH_INDICATORS, ...RAW_PROVIDER_INDICATORS],
      boroughCodes: new Set(
        Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`),
      ),
      today: '2026-11-22',
    };
    const lines: string[] = [];
    afterAll(() =>
      console.log(`Raw files imported (kept / left out / rejected):\n${lines.join('\n')}`),
    );

    const files = existsSync(rawDir) ? csvFiles(rawDir) : [];
    it('finds all 49 files', () => expect(files).toHaveLength(49));

    it.each(files.map((f) => [relative(rawDir, f), f]))(
      '%s: no rejected rows, no unknown indicators',
      (name, path) => {
        const result = importPublishedFile(readFileSync(path, 'utf8'), name, context);
        const skipped = Object.values(result.skipped).reduce((a, b) => a + b, 0);
        lines.push(`  ${name}: ${result.points.length} / ${skipped} / ${result.rejects.length}`);
        expect(result.rejects).toEqual([]);
        expect(result.newIndicatorIds).toEqual([]);
        expect(result.points.length).toBeGreaterThan(0);
        expect(result.points.length + skipped).toBe(result.rowsRead);
      },
    );
  },
);
