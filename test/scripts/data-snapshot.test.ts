import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../setup/shared-data';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'atlas-snapshot-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const filesUnder = (root: string, dir = root): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });

describe('npm run data:snapshot', () => {
  it.runIf(hasShared(sharedPath('data', 'snapshot')))(
    'builds exactly the committed data/ from ../shared (rerun it after changing a definition)',
    { timeout: 180_000 },
    () => {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/data-snapshot.ts', '--out', out],
        {
          cwd: repoRoot,
          stdio: 'pipe',
        },
      );
      const committed = join(repoRoot, 'data');
      // data/local/ is a user's update, git-ignored: not part of the bundle.
      const shipped = filesUnder(committed).filter((f) => !f.startsWith('local'));
      expect(filesUnder(out).sort()).toEqual(shipped.sort());
      const differing = shipped.filter(
        (f) => !readFileSync(join(out, f)).equals(readFileSync(join(committed, f))),
      );
      expect(differing).toEqual([]);
    },
  );
});
