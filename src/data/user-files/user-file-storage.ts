import { createStore, del, delMany, entries, get, keys, setMany } from 'idb-keyval';
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
  await setMany([[dataset.id, dataset]], datasets());
}

/** Saves a changed summary (e.g. the user classified an indicator); the points stay as they are. */
export async function updateUserDataset(dataset: UserDataset): Promise<void> {
  await setMany([[dataset.id, dataset]], datasets());
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
