import { createStore, del, set, values } from 'idb-keyval';
import type { UserDataset } from './user-dataset';

/** Users' loaded files, kept across reloads in this browser's IndexedDB. */
const store = () => createStore('london-mh-atlas', 'user-datasets');

export const saveUserDataset = (dataset: UserDataset): Promise<void> => set(dataset.id, dataset, store());
export const deleteUserDataset = (id: string): Promise<void> => del(id, store());
export async function listUserDatasets(): Promise<UserDataset[]> {
  const all = await values<UserDataset>(store());
  return all.sort((a, b) => a.loadedAt.localeCompare(b.loadedAt));
}
