import {
  createStore,
  del,
  delMany,
  entries,
  get,
  keys,
  promisifyRequest,
  setMany,
} from 'idb-keyval';
import type { DataPoint, IndicatorId } from '../../domain';
import type { UserDataset, UserDatasetWithPoints } from './user-dataset';
import { validateStoredDataset } from './validate-stored-dataset';

/**
 * Users' loaded files, kept across reloads in this browser's IndexedDB: one store of dataset
 * summaries, one of points keyed by dataset and indicator, so the page never has to read a
 * whole large file back at once. Works in a Web Worker as on the page.
 */
const datasets = () => createStore('london-mh-atlas-datasets', 'datasets');
const points = () => createStore('london-mh-atlas-points', 'points');
const pointsKey = (datasetId: string, indicatorId: IndicatorId) => `${datasetId}|${indicatorId}`;

/**
 * Points first, then the summary: the summary is the commit marker. A write interrupted before
 * it leaves no listed file (only unlisted points), never a listed file without its points.
 */
export async function saveUserDataset({
  dataset,
  pointsByIndicator,
}: UserDatasetWithPoints): Promise<void> {
  await setMany(
    [...pointsByIndicator].map(([indicatorId, list]) => [pointsKey(dataset.id, indicatorId), list]),
    points(),
  );
  // The summary is written only if no saved file has the same content, checked in the same
  // transaction: the same file loaded in two tabs at once is stored once, not twice.
  const same = await datasets()('readwrite', async (store) => {
    const all = (await promisifyRequest(store.getAll())) as {
      contentHash?: string;
      fileName?: string;
    }[];
    const found = dataset.contentHash
      ? all.find((d) => d.contentHash === dataset.contentHash)
      : undefined;
    if (!found) store.put(dataset, dataset.id);
    await promisifyRequest(store.transaction);
    return found;
  });
  if (same) {
    await delMany(
      [...pointsByIndicator.keys()].map((indicatorId) => pointsKey(dataset.id, indicatorId)),
      points(),
    );
    throw new Error(
      `this file is already loaded (as ${same.fileName ?? 'another file'}, perhaps in another tab); remove that copy first to load it again`,
    );
  }
}

/**
 * Saves a changed summary (e.g. the user classified an indicator); the points stay as they are.
 * Only if the file is still saved, checked in the same transaction: a tab that had not seen the
 * file removed in another cannot bring it back as a listed file without its points. Returns
 * whether it was still there.
 */
export async function updateUserDataset(dataset: UserDataset): Promise<boolean> {
  return datasets()('readwrite', async (store) => {
    const stillSaved = (await promisifyRequest(store.getKey(dataset.id))) !== undefined;
    if (stillSaved) store.put(dataset, dataset.id);
    await promisifyRequest(store.transaction);
    return stillSaved;
  });
}

export interface SavedFiles {
  readonly datasets: readonly UserDataset[];
  /** Records that could not be used: reported to the user and left in storage untouched. */
  readonly unreadable: readonly { readonly name: string; readonly reason: string }[];
}

/** Every saved file's summary, each validated; a bad record is skipped and reported, not fatal. */
export async function listUserDatasets(): Promise<SavedFiles> {
  const checked = (await entries<IDBValidKey, unknown>(datasets())).map(([key, record]) =>
    validateStoredDataset(record, String(key)),
  );
  return {
    datasets: checked
      .flatMap((c) => (c.ok ? [c.dataset] : []))
      .sort((a, b) => a.loadedAt.localeCompare(b.loadedAt)),
    unreadable: checked.flatMap((c) => (c.ok ? [] : [{ name: c.name, reason: c.reason }])),
  };
}

export async function loadUserPoints(
  datasetId: string,
  indicatorId: IndicatorId,
): Promise<readonly DataPoint[]> {
  return (await get<DataPoint[]>(pointsKey(datasetId, indicatorId), points())) ?? [];
}

export async function deleteUserDataset(id: string): Promise<void> {
  await del(id, datasets());
  const own = (await keys<string>(points())).filter((k) => k.startsWith(`${id}|`));
  await delMany(own, points());
}
