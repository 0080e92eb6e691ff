import { create, type StoreApi } from 'zustand';
import type { Indicator } from '../domain';
import { importUserFile } from '../data/user-files/import-user-file';
import type { UserDataset } from '../data/user-files/user-dataset';
import {
  deleteUserDataset,
  listUserDatasets,
  updateUserDataset,
} from '../data/user-files/user-file-storage';
import type { ImportProgress } from '../data/user-files/worker-messages';
import { useNoticesStore } from './notices-store';
import { describeLoadError } from '../data/user-files/describe-load-error';

export type LoadStatus =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'loading';
      readonly fileName: string;
      readonly progress?: ImportProgress;
      /** Files chosen or dropped meanwhile, loaded one after another. */
      readonly waiting?: number;
    }
  | { readonly kind: 'loaded'; readonly datasetId: string }
  | { readonly kind: 'failed'; readonly fileName: string; readonly message: string };

interface UserDataStore {
  readonly datasets: readonly UserDataset[];
  readonly status: LoadStatus;
  readonly hydrated: boolean;
  hydrate: () => Promise<void>;
  /** Loads a file; on failure the datasets already loaded stay exactly as they were. */
  load: (
    file: File,
    context: { indicators: readonly Indicator[]; boroughCodes: readonly string[] },
    metadataFile?: File,
  ) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** The user's classification of one of their indicators, or their answer to the duplicate offer. */
  classify: (
    datasetId: string,
    indicatorId: string,
    changes: Partial<Pick<Indicator, 'domain' | 'polarity'>> & {
      mergeInto?: Indicator['id'] | null;
    },
  ) => Promise<void>;
  dismissStatus: () => void;
}

const message = describeLoadError;
type Changes = Parameters<UserDataStore['classify']>[2];
type SetState = StoreApi<UserDataStore>['setState'];
type GetState = StoreApi<UserDataStore>['getState'];

// Saved files are read once, however many callers ask; loads run one at a time, after it.
let hydrating: Promise<void> | undefined;
let queue: Promise<void> = Promise.resolve();
let waiting = 0;

/** The user's loaded files (summaries; their points are read per indicator when shown). */
export const useUserDataStore = create<UserDataStore>()((set, get) => {
  const loadOne = async (
    file: File,
    context: { indicators: readonly Indicator[]; boroughCodes: readonly string[] },
    metadataFile?: File,
  ) => {
    set({ status: { kind: 'loading', fileName: file.name, waiting } });
    try {
      const dataset = await importUserFile(
        {
          file,
          ...(metadataFile && { metadataFile }),
          indicators: context.indicators,
          boroughCodes: context.boroughCodes,
          existingIds: get().datasets.map((d) => d.id),
          loadedHashes: get().datasets.flatMap((d) =>
            d.contentHash ? [{ hash: d.contentHash, fileName: d.fileName }] : [],
          ),
          loadedAt: new Date().toISOString(),
        },
        (progress) => set({ status: { kind: 'loading', fileName: file.name, progress, waiting } }),
      );
      set({
        datasets: [...get().datasets, dataset],
        status: { kind: 'loaded', datasetId: dataset.id },
      });
    } catch (error) {
      set({ status: { kind: 'failed', fileName: file.name, message: message(error) } });
    }
  };
  return {
    datasets: [],
    status: { kind: 'idle' },
    hydrated: false,
    hydrate: () => {
      if (get().hydrated) return Promise.resolve();
      return (hydrating ??= readSaved(set, get).finally(() => {
        hydrating = undefined;
      }));
    },
    load: (file, context, metadataFile) => {
      waiting++;
      const run = queue.then(async () => {
        waiting--;
        await get().hydrate();
        await loadOne(file, context, metadataFile);
      });
      queue = run.catch(() => undefined);
      const current = get().status;
      if (current.kind === 'loading') set({ status: { ...current, waiting } });
      return run;
    },
    remove: async (id) => {
      await deleteUserDataset(id);
      set({ datasets: get().datasets.filter((d) => d.id !== id), status: { kind: 'idle' } });
    },
    classify: async (datasetId, indicatorId, changes) => {
      const dataset = get().datasets.find((d) => d.id === datasetId);
      if (!dataset) return;
      const updated = withClassification(dataset, indicatorId, changes);
      set({ datasets: get().datasets.map((d) => (d.id === datasetId ? updated : d)) });
      if (!(await updateUserDataset(updated))) {
        // Removed in another tab since this one read it: it stays removed, here too.
        set({ datasets: get().datasets.filter((d) => d.id !== datasetId) });
        useNoticesStore
          .getState()
          .add([
            `${dataset.fileName} was removed in another tab, so your change was not saved and the file is no longer shown.`,
          ]);
      }
    },
    dismissStatus: () => set({ status: { kind: 'idle' } }),
  };
});

/** Reads the files saved in this browser; one that cannot be read is left in storage and said. */
async function readSaved(set: SetState, get: GetState): Promise<void> {
  try {
    const saved = await listUserDatasets();
    // Files loaded before the saved ones were read stay (a load waits for this, so none).
    const ids = new Set(saved.datasets.map((d) => d.id));
    set({
      datasets: [...saved.datasets, ...get().datasets.filter((d) => !ids.has(d.id))],
      hydrated: true,
    });
    if (saved.unreadable.length)
      useNoticesStore
        .getState()
        .add(
          saved.unreadable.map(
            (u) =>
              `A file saved in this browser could not be read and is not shown: ${u.name} (${u.reason}). It is left in storage untouched.`,
          ),
        );
  } catch (error) {
    set({
      hydrated: true,
      status: {
        kind: 'failed',
        fileName: 'Your saved files',
        message: `they could not be read from this browser (${message(error)})`,
      },
    });
  }
}

/** The dataset with one indicator reclassified; `mergeInto: null` undoes a merge. */
function withClassification(
  dataset: UserDataset,
  indicatorId: string,
  changes: Changes,
): UserDataset {
  const { mergeInto, ...rest } = changes;
  return {
    ...dataset,
    indicators: dataset.indicators.map((i) => {
      if (i.id !== indicatorId) return i;
      const { mergeInto: _old, ...withoutMerge } = { ...i, ...rest };
      return mergeInto === null
        ? withoutMerge
        : mergeInto
          ? { ...withoutMerge, mergeInto }
          : { ...i, ...rest };
    }),
  };
}
