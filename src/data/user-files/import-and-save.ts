import { parseElsMetadata } from '../import/els-metadata';
import { importPublishedFile } from '../import/import-published-file';
import { decodeText } from '../decode-text';
import { toUserDataset, type UserDataset } from './user-dataset';
import { saveUserDataset } from './user-file-storage';
import type { ImportProgress, WorkerRequest } from './worker-messages';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads, validates, converts and saves a user's file, returning only its summary. Runs inside
 * the import worker, so a large file never crosses to the page in one piece.
 */
export async function importAndSave(
  request: WorkerRequest,
  onProgress: (p: ImportProgress) => void,
): Promise<UserDataset> {
  onProgress({ stage: 'reading', done: 0, total: request.file.size });
  // Publishers and spreadsheets save CSV as UTF-8, UTF-16 or Windows-1252: read each correctly.
  const decoded = decodeText(new Uint8Array(await request.file.arrayBuffer()), request.file.name);
  const text = decoded.text;
  const hash = await sha256(text);
  const same = request.loadedHashes.find((h) => h.hash === hash);
  if (same)
    throw new Error(
      `this file is already loaded (as ${same.fileName}); remove that copy first to load it again`,
    );
  const metadata = request.metadataFile
    ? parseElsMetadata(await request.metadataFile.text(), request.metadataFile.name)
    : undefined;
  const read = importPublishedFile(text, request.file.name, {
    metadata,
    indicators: request.indicators,
    boroughCodes: new Set(request.boroughCodes),
    today: request.loadedAt.slice(0, 10),
    onProgress: (done, total) => onProgress({ stage: 'checking', done, total }),
  });
  const imported = decoded.note ? { ...read, notes: [decoded.note, ...read.notes] } : read;
  if (imported.rowsRead === 0) throw new Error('the file has a header row but no data rows');
  if (imported.points.length === 0) {
    const first = imported.rejects[0];
    const skip = Object.entries(imported.skippedFirst)[0];
    throw new Error(
      first
        ? `no row could be used; first problem: ${first.reason} (row ${first.row}${first.column ? `, column "${first.column}"` : ''})`
        : `the file has no rows for London boroughs, London, England or providers${skip ? `; left out: ${skip[0]} (first: ${skip[1]})` : ''}`,
    );
  }
  const converted = toUserDataset(
    imported,
    request.file.name,
    request.loadedAt,
    new Set(request.existingIds),
    request.indicators,
    hash,
  );
  const { organisations } = imported;
  const withOrganisations = organisations.length
    ? { ...converted, dataset: { ...converted.dataset, organisations } }
    : converted;
  onProgress({ stage: 'saving', done: 0, total: 1 });
  await saveUserDataset(withOrganisations);
  return withOrganisations.dataset;
}
