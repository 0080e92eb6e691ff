import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { launchChromium } from '../../scripts/chromium';
import { runDataUpdate } from '../../scripts/update/run-data-update';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder that build was written to (for the size budgets, read from disk). */
    bundledDist: string;
    /** The same build with `data:update --source ../shared/data/raw` applied; '' without ../shared. */
    updatedBaseUrl: string;
  }
}

const repoRoot = resolve(import.meta.dirname, '..', '..');
const rawData = resolve(repoRoot, '..', 'shared', 'data', 'raw');

/**
 * Builds the app as shipped (bundled data only) and serves it with `vite preview`; then serves
 * a copy with the full published data loaded by `data:update`, as a user who ran it would have.
 */
export default async function setup(project: TestProject) {
  // No browser: stop at once with one line saying how to install one, not a stack trace per test.
  try {
    await (await launchChromium()).close();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  process.env.ATLAS_BUNDLED_ONLY = '1';
  // Test builds go to their own folder: a dist/ a user is previewing is left alone.
  const work = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const bundledDist = join(work, 'bundled');
  // Vitest sets NODE_ENV=test, which would give a development React build: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: bundledDist, emptyOutDir: true },
  });
  process.env.NODE_ENV = nodeEnv;
  const server = await preview({
    build: { outDir: bundledDist },
    preview: { port: 4317, strictPort: false, open: false },
    logLevel: 'warn',
  });
  project.provide('baseUrl', server.resolvedUrls?.local[0] ?? '');
  project.provide('bundledDist', bundledDist);

  const updatedDist = join(work, 'dist');
  cpSync(bundledDist, updatedDist, { recursive: true });
  let updated: Awaited<ReturnType<typeof preview>> | undefined;
  try {
    await runDataUpdate({
      repoRoot,
      source: rawData,
      out: join(updatedDist, 'data', 'local'),
      today: '2026-11-22',
      log: () => {},
    });
    updated = await preview({
      build: { outDir: updatedDist },
      preview: { port: 4327, strictPort: false, open: false },
      logLevel: 'warn',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  project.provide('updatedBaseUrl', updated?.resolvedUrls?.local[0] ?? '');

  return async () => {
    await server.close();
    await updated?.close();
    rmSync(work, { recursive: true, force: true });
  };
}
