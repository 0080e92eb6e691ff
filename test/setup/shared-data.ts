import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** A path in ../shared, beside the repository (read only: never copied into the repo). */
export const sharedPath = (...parts: string[]) =>
  resolve(import.meta.dirname, '..', '..', '..', 'shared', ...parts);

/**
 * Whether a test that reads ../shared can run. On a developer's clone without ../shared it is
 * skipped; under CI (CI=true), where ../shared is always laid beside the clone, a missing file
 * fails the run instead of silently skipping the checks against published values.
 */
export function hasShared(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but ${path} is missing: ../shared must be beside the clone`);
  return false;
}
