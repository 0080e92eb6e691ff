import { importPublishedFile, type FileImport } from '../import/import-published-file';
import type { ImportProgress, WorkerRequest, WorkerResponse } from './worker-messages';

/**
 * Imports a user's file in a Web Worker, so the page stays responsive for large files. Where
 * workers are not available (tests in jsdom), the same importer runs on the main thread.
 */
export function importUserFile(request: WorkerRequest, onProgress: (progress: ImportProgress) => void): Promise<FileImport> {
  if (typeof Worker === 'undefined') {
    return request.file.text().then((text) =>
      importPublishedFile(text, request.file.name, { indicators: request.indicators, boroughCodes: new Set(request.boroughCodes), today: request.today }),
    );
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message);
      worker.terminate();
      if (message.kind === 'done') resolve(message.result);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The file could not be read: ${event.message}`));
    };
    worker.postMessage(request);
  });
}
