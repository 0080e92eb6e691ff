import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App, createQueryClient } from '../../src/app/app';
import { useNoticesStore } from '../../src/state/notices-store';
import { useSelectionStore } from '../../src/state/selection-store';
import { useSnapshotStore } from '../../src/state/snapshot-store';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { makeSavedSnapshot } from '../factories';

describe('reopening a saved snapshot', () => {
  it('restores the view and says when the data version differs from the one it was saved with', async () => {
    const user = userEvent.setup();
    useSelectionStore.getState().replace(DEFAULT_URL_STATE);
    useNoticesStore.setState({ notices: [] });
    useSnapshotStore.setState({
      hydrated: true,
      snapshots: [makeSavedSnapshot({ search: '?i=fingertips-93881&bm=london' })],
    });
    render(<App queryClient={createQueryClient()} chartWidth={800} />);
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.click(screen.getByRole('button', { name: 'Snapshots (1)' }));
    await user.click(
      await screen.findByRole('button', { name: 'Open Synthetic saved view' }, { timeout: 10_000 }),
    );
    expect(
      await screen.findByRole('heading', { name: /classified as obese: London boroughs ranked/ }),
    ).toBeInTheDocument();
    expect(useSelectionStore.getState().benchmark).toBe('london');
    expect(
      screen.getByText(
        /“Synthetic saved view” was saved with data version snapshot-2026-01-01; the Atlas now shows snapshot-2026-11-29/,
      ),
    ).toBeInTheDocument();
  });

  it('keeps the old name, and says so, when a snapshot is renamed to blanks', async () => {
    const user = userEvent.setup();
    useSelectionStore.getState().replace(DEFAULT_URL_STATE);
    useSnapshotStore.setState({
      hydrated: true,
      snapshots: [makeSavedSnapshot()],
    });
    render(<App queryClient={createQueryClient()} chartWidth={800} />);
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.click(screen.getByRole('button', { name: 'Snapshots (1)' }));
    const name = await screen.findByRole('textbox', { name: /^Name of snapshot saved/ });
    await user.clear(name);
    await user.type(name, '   {Enter}');
    expect(name).toHaveValue('Synthetic saved view');
    expect(
      screen.getByText('A snapshot needs a name: it keeps “Synthetic saved view”.'),
    ).toBeInTheDocument();
    expect(useSnapshotStore.getState().snapshots[0]?.file.name).toBe('Synthetic saved view');
  });
});
