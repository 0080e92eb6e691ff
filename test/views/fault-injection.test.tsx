import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App, createQueryClient } from '../../src/app/app';
import { useSelectionStore } from '../../src/state/selection-store';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { serveRepoDataFiles, type FetchOverride } from '../setup/serve-data-files';

function renderWith(override: FetchOverride, search = '') {
  vi.stubGlobal('fetch', serveRepoDataFiles(override));
  useSelectionStore.getState().replace(DEFAULT_URL_STATE);
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient()} chartWidth={800} />);
}

const DEFAULT_FILE = 'data/indicators/fingertips-90813.csv';
const bundledCatalogue = async () =>
  JSON.parse(await (await serveRepoDataFiles()('data/catalogue.json')).text()) as {
    indicators: Record<string, unknown>[];
  };

/** Serves a data/local/ folder: the bundle's files, with a catalogue and overrides of its own. */
const localFolder =
  (catalogue: unknown, files: Record<string, Response> = {}): FetchOverride =>
  (path) => {
    if (path === 'data/local/catalogue.json') return new Response(JSON.stringify(catalogue));
    if (files[path]) return files[path];
    if (path.startsWith('data/local/'))
      return serveRepoDataFiles()(path.replace('data/local/', 'data/'));
    return undefined;
  };

describe('one bad file never takes down more than what depends on it', () => {
  it.each([
    [
      'missing',
      () => new Response('gone', { status: 404, statusText: 'Not Found' }),
      /404 Not Found/,
    ],
    ['empty', () => new Response(''), /the file is empty/],
    ['binary', () => new Response('\u0000\u0001PK\u0003'), /not a text CSV file/],
    [
      'an HTML page served in its place',
      () =>
        new Response('<!doctype html><html><body>app</body></html>', {
          headers: { 'content-type': 'text/html' },
        }),
      /not found \(the server sent a web page instead of the data file\)/,
    ],
  ])(
    'the default indicator’s file %s: its own error, with the picker and Load data still there',
    async (_case, response, message) => {
      renderWith((path) => (path === DEFAULT_FILE ? response() : undefined));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(DEFAULT_FILE);
      expect(alert).toHaveTextContent(message);
      expect(screen.getByRole('combobox', { name: 'Indicator' })).toBeInTheDocument();
      expect(screen.getByLabelText('Load data')).toBeInTheDocument();
    },
  );

  it('leaves one unreadable indicator out of the overview and says which', async () => {
    renderWith(
      (path) => (path === DEFAULT_FILE ? new Response('', { status: 500 }) : undefined),
      '?v=overview',
    );
    expect(
      await screen.findByRole('table', { name: /Each borough compared with the benchmark/ }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/fingertips-90813\.csv.*That indicator is left out of the overview/),
    ).toBeInTheDocument();
  });

  it('leaves out an invalid catalogue entry with a notice, and shows everything else', async () => {
    const catalogue = await bundledCatalogue();
    const broken = {
      ...catalogue,
      indicators: catalogue.indicators.map((i, n) =>
        n === 1 ? { ...i, polarity: 'sideways' } : i,
      ),
    };
    renderWith(
      localFolder({ ...broken, label: 'Updated', updatedFrom: 'test', extractDate: '2026-11-22' }),
    );
    expect(
      await screen.findByText(
        /data\/local\/catalogue\.json: indicators\[1\]\.polarity must be one of .*that entry \("[a-z0-9-]+"\) is left out/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: /London boroughs ranked/ }),
    ).toBeInTheDocument();
  });

  it('reads a corrupt updated reference table from the bundle, naming the data/local file', async () => {
    const catalogue = await bundledCatalogue();
    renderWith(
      localFolder(
        { ...catalogue, label: 'Updated', updatedFrom: 'test', extractDate: '2026-11-22' },
        { 'data/local/reference/areas.csv': new Response('code,name\nnot,a table') },
      ),
    );
    expect(
      await screen.findByText(
        /data\/local\/reference\/areas\.csv could not be read, so the bundled copy is used instead \(.*expected columns/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: /London boroughs ranked/ }),
    ).toBeInTheDocument();
  });

  it('shows the bundled copy of a corrupt updated indicator file, naming the data/local file', async () => {
    const catalogue = await bundledCatalogue();
    renderWith(
      localFolder(
        { ...catalogue, label: 'Updated', updatedFrom: 'test', extractDate: '2026-11-22' },
        { [`data/local/${DEFAULT_FILE.slice('data/'.length)}`]: new Response('\u0000binary') },
      ),
    );
    expect(
      await screen.findByText(
        /data\/local\/indicators\/fingertips-90813\.csv could not be read, so the bundled copy of Self-harm admissions, 10-24 is shown \(.*not a text CSV/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: /London boroughs ranked/ }),
    ).toBeInTheDocument();
  });

  it('moves focus to the next notice, then to the heading, as notices are dismissed', async () => {
    const user = userEvent.setup();
    renderWith(() => undefined, '?i=not-an-indicator-ID!&bm=mars');
    const dismissals = await screen.findAllByRole('button', { name: /^Dismiss notice/ });
    expect(dismissals.length).toBeGreaterThanOrEqual(2);
    // Each Dismiss hands focus to the next notice's; the last one to the heading.
    for (let left = dismissals.length; left > 1; left--) {
      const current = document.activeElement?.closest('.notices')
        ? (document.activeElement as HTMLElement)
        : screen.getAllByRole('button', { name: /^Dismiss notice/ })[0]!;
      await user.click(current);
      expect(document.activeElement).toHaveAccessibleName(/^Dismiss notice: /);
    }
    await user.click(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveRole('heading');
  });
});
