import { resolve } from 'node:path';

/** What the bundler's chunking pass tells a group's name function (rolldown's ChunkingContext). */
interface ModuleInfo {
  readonly importedIds: readonly string[];
}
interface ChunkingContext {
  getModuleInfo(moduleId: string): ModuleInfo | null;
}

/**
 * Names the chunk of every module the first view needs (statically reachable from
 * `src/app/start.tsx`) that the tiny entry (`src/app/main.tsx`) does not: one `first-view`
 * chunk (start.tsx and its stylesheet keep their own). Without it the bundler cut the same code
 * into about 25 chunks shared with the lazy views, most under 1 kB, which the browser asked for
 * six at a time on HTTP/1.1 while the page waited to go live. The lazy views are only ever loaded by that code, so nothing in this
 * chunk is loaded early for them.
 */
export function firstViewChunkName(projectRoot: string) {
  const start = resolve(projectRoot, 'src/app/start.tsx');
  const entry = resolve(projectRoot, 'src/app/main.tsx');
  // One answer per chunking pass: its ModuleInfo objects are reused within the pass only.
  const passes = new WeakMap<ModuleInfo, ReadonlySet<string>>();
  return (id: string, ctx: ChunkingContext): string | null => {
    const startInfo = ctx.getModuleInfo(start);
    if (!startInfo) return null;
    let firstView = passes.get(startInfo);
    if (!firstView) {
      const fromEntry = staticallyReachable(entry, ctx);
      firstView = new Set([...staticallyReachable(start, ctx)].filter((m) => !fromEntry.has(m)));
      passes.set(startInfo, firstView);
    }
    // start.tsx keeps its own chunk, with its stylesheet: the prerender finds both by it.
    return firstView.has(id) && id !== start && !id.endsWith('.css') ? 'first-view' : null;
  };
}

function staticallyReachable(from: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop())
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  return seen;
}
