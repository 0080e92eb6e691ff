import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';

const renderAt = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient()} chartWidth={800} />);
};

describe('ProfileView on the bundled data', () => {
  it('shows one borough across mental and physical health, with peers and a table twin', async () => {
    renderAt('?v=profile&pb=E09000012');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'How does Hackney look across mental and physical health?',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Mental health: Hackney' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Physical health: Hackney' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(
      within(screen.getByRole('figure', { name: 'Mental health: Hackney' })).getByText(
        'View as table',
      ),
    );
    expect(screen.getByText(/Peers:/).parentElement).toHaveTextContent(
      /City of London, Barking and Dagenham, .*Tower Hamlets/,
    );
    const table = screen.getByRole('table', { name: 'Mental health indicators for Hackney' });
    const smi = within(table).getByRole('row', {
      name: /SMI excess under-75 mortality, old definition/,
    });
    // Hackney 2014/15 as published in Fingertips 91096; England 370.
    expect(smi).toHaveTextContent('2014/15');
    expect(
      within(smi)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('370');
  });

  it('switches borough from the "Borough" picker and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderAt('?v=profile&pb=E09000012');
    await screen.findByRole('heading', { name: 'Mental health: Hackney' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Borough' }), 'E09000029');
    expect(
      await screen.findByRole('heading', { name: 'Mental health: Sutton' }),
    ).toBeInTheDocument();
    // The address follows a change once its frame is painted.
    await waitFor(() => expect(window.location.search).toBe('?v=profile&pb=E09000029'));
  });

  it('ignores a borough code that is not in London, with a notice', async () => {
    renderAt('?v=profile&pb=E06000001');
    expect(
      await screen.findByText('Ignored "pb=E06000001" in the link: not a London borough code.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Mental health: Barnet' }),
    ).toBeInTheDocument();
  });
});
