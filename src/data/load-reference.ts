import { BUNDLED_ROOT, fetchDataFile } from './fetch-data-file';
import type { LoadedCatalogue } from './load-catalogue';
import { parseOrganisations } from './organisations';
import { parseAreas, parseIcbs, parseProviders, type Reference, type Register } from './reference';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One table of the data shown. A table in the updated data (data/local/) that cannot be read
 * falls back to its bundled copy, with a notice naming the file added to `fallbacks`; only a
 * bundled table that cannot be read is an error. Messages name the file with its folder.
 */
async function readTable<T>(
  catalogue: LoadedCatalogue,
  path: string,
  parse: (text: string, file: string) => T,
  fallbacks: string[],
  signal?: AbortSignal,
): Promise<T> {
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
}

/** The reference tables of the data shown (areas, ICBs, trusts), each read by `readTable`. */
export async function loadReference(
  catalogue: LoadedCatalogue,
  signal?: AbortSignal,
): Promise<Reference> {
  const fallbacks: string[] = [];
  const { reference: paths } = catalogue;
  const [areas, icbs, providers] = await Promise.all([
    readTable(catalogue, paths.areas, parseAreas, fallbacks, signal),
    readTable(catalogue, paths.icbs, parseIcbs, fallbacks, signal),
    readTable(catalogue, paths.providers, parseProviders, fallbacks, signal),
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
  const fallbacks: string[] = [];
  try {
    const organisations = await readTable(catalogue, path, parseOrganisations, fallbacks, signal);
    return { organisations, ...(fallbacks.length && { fallbacks }) };
  } catch (error) {
    if (signal?.aborted) throw error;
    return {
      organisations: [],
      fallbacks: [
        `${catalogue.root + path} could not be read, so organisations are shown by code (${reason(error)}).`,
      ],
    };
  }
}
