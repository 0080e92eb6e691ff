import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, expect } from 'vitest';
import { hasShared } from '../setup/shared-data';

/** PHEindicatormethods v2.1.0 reference data, read from ../shared (never copied into the repo). */
const REFERENCE_DIR = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference-tests',
  'pheindicatormethods',
);
export const hasReferenceData = hasShared(REFERENCE_DIR);

export function readReference(file: string): Record<string, string>[] {
  const text = readFileSync(resolve(REFERENCE_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.replace(/\s+/g, ' ').trim(),
  }).data;
}

export const num = (text: string | undefined, what = 'value'): number => {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(value))
    throw new Error(`${what} is not a number: "${text}"`);
  return value;
};

export const confidenceOf = (text: string): number => Number(text.replace('%', '')) / 100;

const RELATIVE_TOLERANCE = 1e-6;
const summary = new Map<string, { cases: number; maxRelative: number }>();

/**
 * Expects `actual` to match a reference value to 1e-6 relative (absolute where the reference is
 * 0), and records the case and its relative difference for the per-file summary.
 */
export function expectReference(
  file: string,
  actual: number,
  expected: number,
  label: string,
): void {
  const relative =
    expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  const entry = summary.get(file) ?? { cases: 0, maxRelative: 0 };
  summary.set(file, { cases: entry.cases + 1, maxRelative: Math.max(entry.maxRelative, relative) });
  expect(relative, `${file}: ${label}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(
    RELATIVE_TOLERANCE,
  );
}

/** Prints, per reference file, the values checked and the largest relative difference. */
export function printReferenceSummary(): void {
  afterAll(() => {
    if (summary.size === 0) return;
    const lines = [...summary].map(
      ([file, s]) =>
        `  ${file}: ${s.cases} values, max relative difference ${s.maxRelative.toExponential(2)}`,
    );
    console.log(`PHEindicatormethods reference checks:\n${lines.join('\n')}`);
  });
}
