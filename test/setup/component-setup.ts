import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { useUserDataStore } from '../../src/state/user-data-store';
import { serveRepoDataFiles } from './serve-data-files';

const initialUserData = useUserDataStore.getState();

// findBy… queries wait this long: rendering the whole app takes seconds on a loaded 2-core machine.
configure({ asyncUtilTimeout: 8000 });

beforeEach(() => {
  // The network edge: data/ files are served from the repository, as the dev server would.
  vi.stubGlobal('fetch', serveRepoDataFiles());
  // A fresh, empty IndexedDB and user-data store for every test.
  vi.stubGlobal('indexedDB', new IDBFactory());
  useUserDataStore.setState(initialUserData, true);
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
