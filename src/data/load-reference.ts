import { BUNDLED_ROOT, fetchDataFile } from './fetch-data-file';
import type { LoadedCatalogue } from './load-catalogue';
import { parseOrganisations } from './organisations';
import { parseAreas, parseIcbs, parseProviders, type Reference, type Register } from './reference';

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
  const [areas, icbs, providers] = await Promise.all([
    read(paths.areas, parseAreas),
    read(paths.icbs, parseIcbs),
    read(paths.providers, parseProviders),
  ]);
  return { areas, icbs, providers, ...(fallbacks.length && { fallbacks }) };
}

/**
 * The register of organisations (every organisation in England the provider files name: 1,100
 * rows). Only the Providers view and the borough profile's CCG table need it, so it is read
 * apart from the reference tables and never delays the first view. Unreadable, it leaves
 * organisations shown by code, with a notice.
 */
export async function loadRegister(
  catalogue: LoadedCatalogue,
  signal?: AbortSignal,
): Promise<Register> {
  const path = catalogue.reference.organisations;
  if (!path) return { organisations: [] };
  const file = catalogue.root + path;
  try {
    return { organisations: parseOrganisations(await fetchDataFile(file, signal), file) };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (catalogue.root !== BUNDLED_ROOT)
      try {
        const bundled = BUNDLED_ROOT + path;
        return {
          organisations: parseOrganisations(await fetchDataFile(bundled, signal), bundled),
          fallbacks: [
            `${file} could not be read, so the bundled copy is used instead (${reason(error)}).`,
          ],
        };
      } catch {
        // Neither copy: shown by code, below.
      }
    return {
      organisations: [],
      fallbacks: [
        `${file} could not be read, so organisations are shown by code (${reason(error)}).`,
      ],
    };
  }
}
