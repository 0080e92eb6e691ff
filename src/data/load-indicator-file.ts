import type { Indicator } from '../domain';
import { BUNDLED_ROOT, fetchDataFile } from './fetch-data-file';
import { readIndicatorFile } from './read-indicator-file';
import type { ReadResult } from './read-published-csv';

export interface LoadedIndicatorFile extends ReadResult {
  /** Said when the updated file could not be read and the bundled copy is shown instead. */
  readonly fallback?: string;
}

/**
 * One indicator's file from the data shown, its messages naming the file with its folder. An
 * updated file (data/local/) that cannot be read falls back to the bundled copy of the same file
 * where the bundle has one, saying so; otherwise the error stands.
 */
export async function loadIndicatorFile(
  root: string,
  indicator: Indicator,
  signal?: AbortSignal,
): Promise<LoadedIndicatorFile> {
  const read = async (from: string) =>
    readIndicatorFile(await fetchDataFile(from + indicator.file, signal), {
      ...indicator,
      file: from + indicator.file,
    });
  try {
    return await read(root);
  } catch (error) {
    if (root === BUNDLED_ROOT || signal?.aborted) throw error;
    let bundled: ReadResult;
    try {
      bundled = await read(BUNDLED_ROOT);
    } catch {
      throw error;
    }
    return {
      ...bundled,
      fallback: `${root + indicator.file} could not be read, so the bundled copy of ${indicator.shortName} is shown (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}
