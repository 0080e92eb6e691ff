/// <reference lib="webworker" />
import { describeLoadError } from './describe-load-error';
import { importAndSave } from './import-and-save';
import type { WorkerRequest, WorkerResponse } from './worker-messages';

/** Imports and saves a user's file off the main thread, posting progress as it goes. */
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const post = (message: WorkerResponse) =>
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
  try {
    const dataset = await importAndSave(event.data, (progress) =>
      post({ kind: 'progress', ...progress }),
    );
    post({ kind: 'done', dataset });
  } catch (error) {
    // Said in words here: a storage-full error's own message is often empty.
    post({ kind: 'error', message: describeLoadError(error) });
  }
};
