import { createStore, del, entries, keys, set } from 'idb-keyval';
import * as v from 'valibot';
import { SnapshotFileSchema, type SnapshotFile } from './snapshot-schema';

/** One chart as it was when the snapshot was saved: for bundles and board packs. */
export interface SavedChart {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly fileBase: string;
  readonly csv: string;
  /** The same data as a workbook of typed cells with a notes sheet. */
  readonly xlsx?: Blob;
  readonly png?: Blob;
  readonly svg?: string;
  /** The key and marks only, sized for a slide under its own title (the PowerPoint pack). */
  readonly slidePng?: Blob;
  /** What the chart shows, in a sentence: a slide's speaker notes. */
  readonly description?: string;
  /** The periods shown: on every slide. */
  readonly periods?: readonly string[];
}

export interface SavedSnapshot {
  readonly id: string;
  readonly file: SnapshotFile;
  readonly charts: readonly SavedChart[];
}

/** Saved snapshots, kept in this browser (IndexedDB) until deleted. */
const snapshots = () => createStore('london-mh-atlas-snapshots', 'snapshots');

/** A file kept as a Blob in IndexedDB, which gives it back as an object. */
const storedFile = (message: string) =>
  v.custom<Blob>((x) => typeof x === 'object' && x !== null, message);

/** A stored record, checked on read: storage outlives versions of the app and can be edited. */
const SavedSnapshotSchema = v.object({
  id: v.string(),
  file: SnapshotFileSchema,
  charts: v.array(
    v.object({
      title: v.string(),
      subtitle: v.string(),
      source: v.string(),
      fileBase: v.string(),
      csv: v.string(),
      xlsx: v.optional(storedFile('not a workbook')),
      png: v.optional(storedFile('not an image')),
      svg: v.optional(v.string()),
      slidePng: v.optional(storedFile('not an image')),
      description: v.optional(v.string()),
      periods: v.optional(v.array(v.string())),
    }),
  ),
});

export interface UnreadableSnapshot {
  readonly key: string;
  readonly reason: string;
}

/**
 * Every saved snapshot that reads as one, newest first, and those that do not, each with why:
 * one bad record is named and left in storage untouched, and never hides the others.
 */
export async function listSnapshots(): Promise<{
  readonly snapshots: SavedSnapshot[];
  readonly unreadable: UnreadableSnapshot[];
}> {
  const saved: SavedSnapshot[] = [];
  const unreadable: UnreadableSnapshot[] = [];
  for (const [key, record] of await entries(snapshots())) {
    const result = v.safeParse(SavedSnapshotSchema, record);
    if (result.success) saved.push(result.output);
    else
      unreadable.push({
        key: String(key),
        reason: result.issues
          .slice(0, 3)
          .map((issue) => {
            const path = v.getDotPath(issue);
            return path ? `${path}: ${issue.message}` : issue.message;
          })
          .join('; '),
      });
  }
  saved.sort((a, b) => b.file.savedAt.localeCompare(a.file.savedAt));
  return { snapshots: saved, unreadable };
}
/** How many are saved, without reading their images. */
export const countSnapshots = async () => (await keys(snapshots())).length;
export const saveSnapshot = (snapshot: SavedSnapshot) => set(snapshot.id, snapshot, snapshots());
export const deleteSnapshot = (id: string) => del(id, snapshots());
