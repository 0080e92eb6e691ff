import type { UserDataset } from './user-dataset';
import type { ImportProgress, WorkerRequest, WorkerResponse } from './worker-messages';

/**
 * Imports and saves a user's file in a Web Worker, so the page stays responsive for large
 * files. Where workers are not available (tests in jsdom) the same code runs on the page.
 */
export function importUserFile(
  request: WorkerRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<UserDataset> {
  // Loaded on demand: the importer is not part of the JavaScript the first chart waits for.
  if (typeof Worker === 'undefined')
    return import('./import-and-save').then((m) => m.importAndSave(request, onProgress));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message);
      worker.terminate();
      if (message.kind === 'done') resolve(message.dataset);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The file could not be read: ${event.message}`));
    };
    worker.postMessage(request);
  });
}
