import { parseCatalogue, type Catalogue } from './catalogue';
import { BUNDLED_ROOT, fetchDataFile, fetchOptionalDataFile, LOCAL_ROOT } from './fetch-data-file';
import { FileError } from './parse-csv';

/** A catalogue with the folder its files are relative to. */
export interface LoadedCatalogue extends Catalogue {
  readonly root: string;
  /** Said when updated data exists but could not be used. */
  readonly notice?: string;
}

function parseCatalogueText(text: string, file: string): Catalogue {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FileError(
      file,
      `is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
  return parseCatalogue(json, file, { skipBadIndicators: true });
}

/**
 * Loads the updated data's catalogue (data/local/, written by `npm run data:update`) when there
 * is one, otherwise the bundled snapshot's. A corrupt local catalogue never hides the bundled
 * data: the bundle is shown with a notice saying what was wrong.
 */
export async function loadCatalogue(signal?: AbortSignal): Promise<LoadedCatalogue> {
  const localFile = `${LOCAL_ROOT}catalogue.json`;
  const bundledFile = `${BUNDLED_ROOT}catalogue.json`;
  // Both are asked for at once: one round trip before the first view's data, not two.
  const bundled = fetchDataFile(bundledFile, signal);
  // Read only without usable updated data; its failure is reported there, not here.
  bundled.catch(() => undefined);
  const localText = await fetchOptionalDataFile(localFile, signal);
  let notice: string | undefined;
  if (localText !== undefined) {
    try {
      return { ...parseCatalogueText(localText, localFile), root: LOCAL_ROOT };
    } catch (error) {
      notice = `The updated data could not be used, so the bundled snapshot is shown. ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const catalogue = parseCatalogueText(await bundled, bundledFile);
  return { ...catalogue, root: BUNDLED_ROOT, ...(notice && { notice }) };
}
