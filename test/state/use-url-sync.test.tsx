import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../src/domain';
import { useSelectionStore } from '../../src/state/selection-store';
import { useUrlSync } from '../../src/state/use-url-sync';

const store = () => useSelectionStore.getState();
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('useUrlSync', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('writes a change to the address once its frame is painted, one entry per task', async () => {
    window.history.replaceState(null, '', '/');
    const { unmount } = renderHook(() => useUrlSync());
    const entries = window.history.length;
    // A link to a measure on another view sets two fields in one handler: one entry.
    store().setIndicator(asIndicatorId('fingertips-848'));
    store().setView('parity');
    expect(window.location.search).toBe('');
    await waitFor(() => expect(window.location.search).toBe('?v=parity&i=fingertips-848'));
    expect(window.history.length).toBe(entries + 1);
    // Two changes in two tasks, even within one frame, are two entries.
    store().setBenchmark('london');
    await nextTask();
    store().setCi('99.8');
    await waitFor(() => expect(window.location.search).toContain('ci=99.8'));
    expect(window.history.length).toBe(entries + 3);
    unmount();
  });
});
