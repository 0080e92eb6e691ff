import { parseElsMetadata } from '../import/els-metadata';
import { importPublishedFile } from '../import/import-published-file';
import { toUserDataset, type UserDataset } from './user-dataset';
import { saveUserDataset } from './user-file-storage';
import type { ImportProgress, WorkerRequest } from './worker-messages';

/**
 * Reads, validates, converts and saves a user's file, returning only its summary. Runs inside
 * the import worker, so a large file never crosses to the page in one piece.
 */
export async function importAndSave(request: WorkerRequest, onProgress: (p: ImportProgress) => void): Promise<UserDataset> {
  onProgress({ stage: 'reading', done: 0, total: request.file.size });
  const text = await request.file.text();
  const metadata = request.metadataFile
    ? parseElsMetadata(await request.metadataFile.text(), request.metadataFile.name)
    : undefined;
  const imported = importPublishedFile(text, request.file.name, {
    metadata,
    indicators: request.indicators,
    boroughCodes: new Set(request.boroughCodes),
    today: request.loadedAt.slice(0, 10),
    onProgress: (done, total) => onProgress({ stage: 'checking', done, total }),
  });
  if (imported.points.length === 0) {
    const first = imported.rejects[0];
    throw new Error(first ? `no row could be used; first problem: ${first.reason} (row ${first.row})` : 'the file has no rows for London boroughs, London, England or providers');
  }
  const converted = toUserDataset(imported, request.file.name, request.loadedAt, new Set(request.existingIds));
  onProgress({ stage: 'saving', done: 0, total: 1 });
  await saveUserDataset(converted);
  return converted.dataset;
}
