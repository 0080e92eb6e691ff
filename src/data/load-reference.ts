import { BUNDLED_ROOT, fetchDataFile } from './fetch-data-file';
import type { LoadedCatalogue } from './load-catalogue';
import { parseOrganisations } from './organisations';
import { parseAreas, parseIcbs, parseProviders, type Reference } from './reference';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The reference tables of the data shown. A table in the updated data (data/local/) that cannot
 * be read falls back to its bundled copy with a notice naming the file; only a bundled table
 * that cannot be read is an error. Messages name the file with its folder.
 */
export async function loadReference(
  catalogue: LoadedCatalogue,
  signal?: AbortSignal,
): Promise<Reference> {
  const fallbacks: string[] = [];
  const read = async <T>(path: string, parse: (text: string, file: string) => T): Promise<T> => {
    const file = catalogue.root + path;
    try {
      return parse(await fetchDataFile(file, signal), file);
    } catch (error) {
      if (catalogue.root === BUNDLED_ROOT || signal?.aborted) throw error;
      const bundled = BUNDLED_ROOT + path;
      const table = parse(await fetchDataFile(bundled, signal), bundled);
      fallbacks.push(
        `${file} could not be read, so the bundled copy is used instead (${reason(error)}).`,
      );
      return table;
    }
  };
  const { reference: paths } = catalogue;
  const [areas, icbs, providers, organisations] = await Promise.all([
    read(paths.areas, parseAreas),
    read(paths.icbs, parseIcbs),
    read(paths.providers, parseProviders),
    paths.organisations
      ? read(paths.organisations, parseOrganisations).catch((error: unknown) => {
          // The register only names organisations: without it they are shown by code.
          fallbacks.push(
            `${catalogue.root + paths.organisations} could not be read, so organisations are shown by code (${reason(error)}).`,
          );
          return [];
        })
      : [],
  ]);
  return { areas, icbs, providers, organisations, ...(fallbacks.length && { fallbacks }) };
}
