import { create } from 'zustand';
import {
  deleteSnapshot,
  listSnapshots,
  saveSnapshot,
  type SavedSnapshot,
} from '../data/snapshots/snapshot-storage';

interface SnapshotStore {
  readonly snapshots: readonly SavedSnapshot[];
  readonly hydrated: boolean;
  hydrate: () => Promise<void>;
  add: (snapshot: SavedSnapshot) => Promise<void>;
  rename: (id: string, name: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/** Saved comparisons, newest first, kept in this browser until deleted. */
export const useSnapshotStore = create<SnapshotStore>()((set, get) => ({
  snapshots: [],
  hydrated: false,
  hydrate: async () => set({ snapshots: await listSnapshots(), hydrated: true }),
  add: async (snapshot) => {
    await saveSnapshot(snapshot);
    set({ snapshots: [snapshot, ...get().snapshots.filter((s) => s.id !== snapshot.id)] });
  },
  rename: async (id, name) => {
    const found = get().snapshots.find((s) => s.id === id);
    const trimmed = name.trim().slice(0, 200);
    if (!found || !trimmed) return;
    const renamed = { ...found, file: { ...found.file, name: trimmed } };
    await saveSnapshot(renamed);
    set({ snapshots: get().snapshots.map((s) => (s.id === id ? renamed : s)) });
  },
  remove: async (id) => {
    await deleteSnapshot(id);
    set({ snapshots: get().snapshots.filter((s) => s.id !== id) });
  },
}));
