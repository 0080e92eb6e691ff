import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A view as the size budgets see it: its module (lazy views) and the data files it reads first. */
export type BudgetView = 'indicator' | 'overview' | 'profile' | 'parity' | 'providers';

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}

interface CatalogueIndicator {
  readonly id: string;
  readonly level: string;
  readonly file: string;
  readonly mergeInto?: string;
}

interface ShippedCatalogue {
  readonly indicators: readonly CatalogueIndicator[];
  readonly parityPairs: readonly { readonly mental: string; readonly physical: string }[];
  readonly reference: Readonly<Record<string, string>>;
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The landing view's module is in the app's own code; the others load on first use. */
const VIEW_MODULES: Record<Exclude<BudgetView, 'indicator'>, string> = {
  overview: 'src/views/overview/overview-view.tsx',
  profile: 'src/views/profile/profile-view.tsx',
  parity: 'src/views/parity/parity-view.tsx',
  providers: 'src/views/providers/providers-view.tsx',
};
const ENTRY_MODULES = ['index.html', 'src/app/start.tsx'];
const IMD = 'mhclg-imd2019-score';
const DEFAULT_MEASURE = 'nhstt-annual-recovery';

/**
 * What a cold load of each view from its link needs, from a build's output: the JavaScript
 * (the entry, start.tsx and the view, each with every chunk it imports statically; gzip level
 * 9) and the data it reads before its first chart (the catalogue, the reference tables and the
 * view's indicator files; gzip too, as a host would send them).
 */
export function viewSizes(dist: string, view: BudgetView): { js: number; data: number } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build's manifest has no ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of [...ENTRY_MODULES, ...(view === 'indicator' ? [] : [VIEW_MODULES[view]])])
    visit(key);
  const js = [...files].reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);
  const data = dataFiles(dist, view).reduce(
    (sum, file) => sum + gzipSize(join(dist, 'data', file)),
    0,
  );
  return { js, data };
}

function dataFiles(dist: string, view: BudgetView): string[] {
  const catalogue = JSON.parse(
    readFileSync(join(dist, 'data', 'catalogue.json'), 'utf8'),
  ) as ShippedCatalogue;
  const { areas, icbs, providers, organisations } = catalogue.reference;
  const borough = catalogue.indicators.filter((i) => i.level === 'borough' && !i.mergeInto);
  const fileOf = (id: string | undefined) => {
    const found = catalogue.indicators.find((i) => i.id === id);
    if (!found) throw new Error(`the catalogue has no indicator ${id}`);
    return found.file;
  };
  const shared = ['catalogue.json', areas!, icbs!, providers!];
  const pair = catalogue.parityPairs[0];
  switch (view) {
    case 'indicator':
      return [...shared, borough[0]!.file];
    case 'overview':
    case 'profile':
      return [...shared, ...borough.map((i) => i.file)];
    case 'parity':
      return [...shared, fileOf(pair?.mental), fileOf(pair?.physical), fileOf(IMD)];
    case 'providers':
      return [...shared, organisations!, fileOf(DEFAULT_MEASURE)];
  }
}
