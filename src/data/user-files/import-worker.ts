/// <reference lib="webworker" />
import { importPublishedFile } from '../import/import-published-file';
import type { WorkerRequest, WorkerResponse } from './worker-messages';

/** Parses and validates a user's file off the main thread, posting progress as it goes. */
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { file, indicators, boroughCodes, today } = event.data;
  const post = (message: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
  try {
    post({ kind: 'progress', stage: 'reading', done: 0, total: file.size });
    const text = await file.text();
    post({ kind: 'progress', stage: 'checking', done: 0, total: 1 });
    const result = importPublishedFile(text, file.name, {
      indicators,
      boroughCodes: new Set(boroughCodes),
      today,
      onProgress: (done, total) => post({ kind: 'progress', stage: 'checking', done, total }),
    });
    post({ kind: 'done', result });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
