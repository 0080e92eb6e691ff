import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { serveRepoDataFiles } from './serve-data-files';

beforeEach(() => {
  // The network edge: data/ files are served from the repository, as the dev server would.
  vi.stubGlobal('fetch', serveRepoDataFiles());
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
