import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');

export type FetchOverride = (path: string) => Response | Promise<Response> | undefined;

/**
 * A fetch that answers `data/…` requests from the repository's data folder (404 otherwise).
 * `override` lets a test serve a corrupt or missing file for one path.
 */
export function serveRepoDataFiles(override?: FetchOverride): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^.*?data\//, 'data/');
    // DATA_JITTER_MS=600 answers each file after a random wait, in any order, as a network
    // might: a way to find a view or a test that assumes one file arrives before another.
    const jitter = Number(process.env.DATA_JITTER_MS ?? 0);
    if (jitter > 0) await new Promise((r) => setTimeout(r, Math.random() * jitter));
    const custom = override?.(path);
    if (custom) return custom;
    // data/local/ is a developer's git-ignored update: tests see only the bundle unless they override.
    if (!path.startsWith('data/') || path.startsWith('data/local/') || path.includes('..'))
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    try {
      return new Response(await readFile(resolve(repoRoot, path), 'utf8'), { status: 200 });
    } catch {
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    }
  };
}

/**
 * serveRepoDataFiles, with the files `isHeld` names answered only once `release` is called:
 * a test sees the app while one file is still on its way.
 */
export function serveHoldingBack(isHeld: (path: string) => boolean): {
  readonly fetch: typeof fetch;
  readonly release: () => void;
} {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const serve = serveRepoDataFiles();
  return {
    fetch: serveRepoDataFiles((path) => (isHeld(path) ? held.then(() => serve(path)) : undefined)),
    release,
  };
}
