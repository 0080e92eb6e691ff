import { createStore, del, delMany, get, keys, setMany, values } from 'idb-keyval';
import type { DataPoint, IndicatorId } from '../../domain';
import type { UserDataset, UserDatasetWithPoints } from './user-dataset';

/**
 * Users' loaded files, kept across reloads in this browser's IndexedDB: one store of dataset
 * summaries, one of points keyed by dataset and indicator, so the page never has to read a
 * whole large file back at once. Works in a Web Worker as on the page.
 */
const datasets = () => createStore('london-mh-atlas-datasets', 'datasets');
const points = () => createStore('london-mh-atlas-points', 'points');
const pointsKey = (datasetId: string, indicatorId: IndicatorId) => `${datasetId}|${indicatorId}`;

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

export async function listUserDatasets(): Promise<UserDataset[]> {
  const all = await values<UserDataset>(datasets());
  return all.sort((a, b) => a.loadedAt.localeCompare(b.loadedAt));
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
