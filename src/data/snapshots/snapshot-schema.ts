import * as v from 'valibot';

export const SNAPSHOT_FORMAT = 'london-mh-atlas-snapshot';

/**
 * A saved comparison as a file: what reopens the same view on the same data version. Validated
 * with a schema at the boundary, so a bad or hostile file is refused with what is wrong.
 */
export const SnapshotFileSchema = v.strictObject({
  format: v.literal(SNAPSHOT_FORMAT),
  version: v.literal(1),
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'the name is empty'),
    v.maxLength(200, 'the name is longer than 200 characters'),
  ),
  savedAt: v.pipe(v.string(), v.isoTimestamp('savedAt is not a date and time')),
  appVersion: v.pipe(v.string(), v.maxLength(40)),
  dataVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** The view's query string, e.g. "?i=fingertips-93722&b=E09000012". */
  search: v.pipe(
    v.string(),
    v.maxLength(2000, 'the view is longer than 2,000 characters'),
    v.regex(/^(\?[A-Za-z0-9_.~%+=&,-]*)?$/, 'the view is not a query string of the Atlas'),
  ),
  /** The first chart's CSV when saved: what a later data version is compared with. */
  mainCsv: v.optional(v.pipe(v.string(), v.maxLength(2_000_000, 'the saved table is too large'))),
  mainTitle: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type SnapshotFile = v.InferOutput<typeof SnapshotFileSchema>;

/**
 * The largest snapshot file the Atlas writes is about 2 MB (the saved table is capped at 2 MB):
 * a file far larger is refused by its size, before it is read into memory.
 */
const MAX_SNAPSHOT_FILE_BYTES = 5 * 1024 * 1024;

/** Throws, naming the file and its size, when it is too large to be a snapshot. */
export function checkSnapshotFileSize(bytes: number, fileName: string): void {
  if (bytes > MAX_SNAPSHOT_FILE_BYTES)
    throw new Error(
      `${fileName} is not a snapshot: it is ${(bytes / 1024 / 1024).toFixed(0)} MB, and a snapshot file is at most ${MAX_SNAPSHOT_FILE_BYTES / 1024 / 1024} MB`,
    );
}

/** Parses a snapshot file's text; throws an Error naming the file and every problem. */
export function parseSnapshotFile(text: string, fileName: string): SnapshotFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${fileName} is not a snapshot: it is not valid JSON`);
  }
  const result = v.safeParse(SnapshotFileSchema, json);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new Error(
    `${fileName} is not a snapshot the Atlas can open: ${problems.slice(0, 5).join('; ')}`,
  );
}
