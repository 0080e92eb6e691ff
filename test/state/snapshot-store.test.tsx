import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { useNoticesStore } from '../../src/state/notices-store';
import { useSnapshotStore } from '../../src/state/snapshot-store';
import { makeSavedSnapshot } from '../factories';

// Synthetic records, written straight into this browser's storage as another version might.
const { file } = makeSavedSnapshot();

describe('saved snapshots read back from this browser', () => {
  it('lists every good record and names each bad one, leaving the others usable', async () => {
    useNoticesStore.setState({ notices: [] });
    useSnapshotStore.setState({ snapshots: [], hydrated: false, count: 0 });
    const store = createStore('london-mh-atlas-snapshots', 'snapshots');
    await set('good', { id: 'good', file, charts: [] }, store);
    const { savedAt: _dropped, ...withoutSavedAt } = file;
    await set('no-date', { id: 'no-date', file: withoutSavedAt, charts: [] }, store);
    await set('no-file', { id: 'no-file', charts: [] }, store);

    await useSnapshotStore.getState().hydrate();

    const state = useSnapshotStore.getState();
    expect(state.snapshots.map((s) => s.id)).toEqual(['good']);
    expect(state.count).toBe(1);
    const notices = useNoticesStore.getState().notices;
    expect(notices).toEqual([
      expect.stringMatching(/could not be read and is not listed: no-date \(file\.savedAt: /),
      expect.stringMatching(/could not be read and is not listed: no-file \(file: /),
    ]);
  });
});
