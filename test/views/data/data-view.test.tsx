import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';
import { parseCatalogue } from '../../../src/data/catalogue';
import { useSelectionStore } from '../../../src/state/selection-store';
import { DEFAULT_URL_STATE } from '../../../src/state/url-state';
import { serveHoldingBack } from '../../setup/serve-data-files';

const bundled = parseCatalogue(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/catalogue.json'), 'utf8')),
);

const BUNDLED_COUNT = bundled.indicators.length;

function renderApp(search = '') {
  useSelectionStore.getState().replace(DEFAULT_URL_STATE);
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient()} chartWidth={800} />);
}

const catalogueTable = () =>
  screen.findByRole('table', { name: /Every indicator the Atlas holds/ });

describe('Data and methods', () => {
  it('lists every catalogue entry with its coverage, and searching narrows the list', async () => {
    const user = userEvent.setup();
    renderApp('?v=data');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Data and methods' }),
    ).toBeInTheDocument();
    const table = await catalogueTable();
    // A header row plus one row per indicator.
    expect(within(table).getAllByRole('row')).toHaveLength(bundled.indicators.length + 1);
    const cvd = within(table).getByRole('row', {
      name: /Under 75 mortality rate from cardiovascular/,
    });
    expect(cvd).toHaveTextContent(/22 \(2001 - 03 to 2022 - 24\)/);
    expect(
      within(cvd).getByRole('link', { name: /OHID Fingertips \(indicator 93722\)/ }),
    ).toHaveAttribute('href', 'https://fingertips.phe.org.uk/search/93722');
    // Where data:update refreshes each entry from: the publisher's download, or by hand.
    expect(cvd).toHaveTextContent('Refreshed by data:update from raw.githubusercontent.com');
    const suicide = within(table).getByRole('row', { name: /^Suicide rate/ });
    expect(suicide).toHaveTextContent('Refreshed by data:update from fingertips.phe.org.uk');
    const staff = within(table).getByRole('row', {
      name: /Staff who often or always feel burnt out/,
    });
    expect(staff).toHaveTextContent('No stable download address: refreshed by hand');
    await user.type(
      screen.getByRole('searchbox', { name: 'Search indicators' }),
      'life expectancy',
    );
    expect(within(await catalogueTable()).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(`2 of ${BUNDLED_COUNT} indicators shown.`)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'How the figures are compared' }),
    ).toBeInTheDocument();
  });

  it('says it is reading the catalogue rather than listing none of it', async () => {
    const { fetch, release } = serveHoldingBack((path) => path === 'data/catalogue.json');
    vi.stubGlobal('fetch', fetch);
    renderApp('?v=data');
    expect(await screen.findByText('Reading the catalogue…')).toBeInTheDocument();
    expect(screen.queryByText(/0 of 0 indicators/)).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Every indicator/ })).not.toBeInTheDocument();
    release();
    expect(await catalogueTable()).toBeInTheDocument();
    expect(
      screen.getByText(`${BUNDLED_COUNT} of ${BUNDLED_COUNT} indicators shown.`),
    ).toBeInTheDocument();
  });

  it("opens an indicator's entry from its chart's source line", async () => {
    const user = userEvent.setup();
    renderApp('?i=fingertips-93722');
    await screen.findByRole('heading', {
      name: /cardiovascular diseases considered preventable: London boroughs ranked/,
    });
    await user.click(screen.getAllByRole('link', { name: 'About this data and its methods' })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Data and methods' }),
    ).toBeInTheDocument();
    const row = within(await catalogueTable()).getByRole('row', {
      name: /Under 75 mortality rate from cardiovascular/,
    });
    expect(row).toHaveAttribute('aria-current', 'true');
    // Focus moves once the row is drawn (an effect after the view's first render).
    await waitFor(() => expect(row).toHaveFocus());
    // The address follows a change once its frame is painted.
    await waitFor(() => expect(window.location.search).toBe('?v=data&i=fingertips-93722'));
  });

  it('"Load data" in the header opens the loading panel with focus on it', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.click(screen.getByRole('button', { name: 'Load data' }));
    expect(await screen.findByRole('heading', { name: 'Load your own data' })).toHaveFocus();
    expect(screen.getByLabelText('Load data')).toBeInTheDocument();
  });
});
