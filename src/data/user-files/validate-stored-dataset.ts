import * as v from 'valibot';
import { isIndicatorId, LEVELS } from '../../domain';
import type { UserDataset } from './user-dataset';

/**
 * What a saved file's summary must hold to be shown: checked on every read, because storage
 * outlives the code that wrote it (an older version, another tab, a half-finished write).
 */
const StoredIndicator = v.looseObject({
  id: v.custom<string>((x) => typeof x === 'string' && isIndicatorId(x), 'an invalid indicator id'),
  name: v.string(),
  shortName: v.string(),
  level: v.picklist(LEVELS),
  unit: v.string(),
  multiplier: v.number(),
  source: v.looseObject({ publisher: v.string(), attribution: v.string() }),
  caveats: v.array(v.string()),
  file: v.string(),
});

const StoredDataset = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  storageVersion: v.optional(v.literal(1)),
  fileName: v.string(),
  loadedAt: v.string(),
  indicators: v.array(StoredIndicator),
  report: v.looseObject({ rowsRead: v.number(), rowsKept: v.number() }),
});

export type StoredCheck =
  | { readonly ok: true; readonly dataset: UserDataset }
  | { readonly ok: false; readonly name: string; readonly reason: string };

/** A stored record as a dataset, or what it was and why it cannot be used. */
export function validateStoredDataset(record: unknown, key: string): StoredCheck {
  const result = v.safeParse(StoredDataset, record);
  if (result.success)
    // Checked above field by field; the rest of the record is carried as saved.
    return { ok: true, dataset: result.output as unknown as UserDataset };
  const name =
    typeof record === 'object' && record !== null && 'fileName' in record
      ? String((record as { fileName: unknown }).fileName)
      : key;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, name, reason: `${path ? `${path}: ` : ''}${issue.message}` };
}
