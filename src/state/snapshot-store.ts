import { create } from 'zustand';
import {
  countSnapshots,
  deleteSnapshot,
  listSnapshots,
  saveSnapshot,
  type SavedSnapshot,
} from '../data/snapshots/snapshot-storage';
import { useNoticesStore } from './notices-store';

interface SnapshotStore {
  readonly snapshots: readonly SavedSnapshot[];
  readonly hydrated: boolean;
  /** How many are saved, known at start without reading them; `snapshots` once hydrated. */
  readonly count: number;
  countSaved: () => Promise<void>;
  /** Reads every saved snapshot, images included: only when the list is opened. */
  hydrate: () => Promise<void>;
  add: (snapshot: SavedSnapshot) => Promise<void>;
  rename: (id: string, name: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/** Saved comparisons, newest first, kept in this browser until deleted. */
export const useSnapshotStore = create<SnapshotStore>()((set, get) => ({
  snapshots: [],
  hydrated: false,
  count: 0,
  countSaved: async () => set({ count: await countSnapshots() }),
  hydrate: async () => {
    const { snapshots, unreadable } = await listSnapshots();
    set({ snapshots, hydrated: true, count: snapshots.length });
    if (unreadable.length)
      useNoticesStore
        .getState()
        .add(
          unreadable.map(
            (u) =>
              `A snapshot saved in this browser could not be read and is not listed: ${u.key} (${u.reason}). It is left in storage untouched.`,
          ),
        );
  },
  add: async (snapshot) => {
    await saveSnapshot(snapshot);
    const snapshots = [snapshot, ...get().snapshots.filter((s) => s.id !== snapshot.id)];
    set({ snapshots, count: get().hydrated ? snapshots.length : get().count + 1 });
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
    const snapshots = get().snapshots.filter((s) => s.id !== id);
    set({ snapshots, count: snapshots.length });
  },
}));
