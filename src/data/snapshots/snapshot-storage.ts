import { createStore, del, get, keys, set, values } from 'idb-keyval';
import type { SnapshotFile } from './snapshot-schema';

/** One chart as it was when the snapshot was saved: for bundles and board packs. */
export interface SavedChart {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly fileBase: string;
  readonly csv: string;
  readonly png?: Blob;
  readonly svg?: string;
}

export interface SavedSnapshot {
  readonly id: string;
  readonly file: SnapshotFile;
  readonly charts: readonly SavedChart[];
}

/** Saved snapshots, kept in this browser (IndexedDB) until deleted. */
const snapshots = () => createStore('london-mh-atlas-snapshots', 'snapshots');

export async function listSnapshots(): Promise<SavedSnapshot[]> {
  const all = await values<SavedSnapshot>(snapshots());
  return all.sort((a, b) => b.file.savedAt.localeCompare(a.file.savedAt));
}
/** How many are saved, without reading their images. */
export const countSnapshots = async () => (await keys(snapshots())).length;
export const saveSnapshot = (snapshot: SavedSnapshot) => set(snapshot.id, snapshot, snapshots());
export const deleteSnapshot = (id: string) => del(id, snapshots());
export const loadSnapshot = (id: string) => get<SavedSnapshot>(id, snapshots());
