import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';
import { useNoticesStore } from '../../../src/state/notices-store';
import { useSelectionStore } from '../../../src/state/selection-store';
import { DEFAULT_URL_STATE } from '../../../src/state/url-state';
import { serveRepoDataFiles } from '../../setup/serve-data-files';

function renderApp(search = '') {
  useSelectionStore.getState().replace(DEFAULT_URL_STATE);
  useNoticesStore.setState({ notices: [] });
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient()} chartWidth={800} />);
}

const table = () => screen.findByRole('table', { name: /London boroughs ranked/ });
const rowFor = async (name: string) =>
  within(await table()).getByRole('row', { name: new RegExp(`^\\d* *${name}`) });

describe('IndicatorView on the bundled data', () => {
  it('opens on the newest mental health indicator with intervals, ranked, with its source and a table of all 33 boroughs', async () => {
    renderApp();
    expect(
      await screen.findByRole('heading', {
        name: /Hospital admissions as a result of self-harm \(10-24 years\)/,
      }),
    ).toBeInTheDocument();
    // The extract has no England value for 2023/24: said once, and nothing is compared.
    expect(
      screen.getAllByText(
        /No England value is published in this extract for Self-harm admissions, 10-24 in 2023\/24, so no area is compared with England: each is shown with its interval/,
      ),
    ).toHaveLength(1);
    expect(within(await table()).getAllByRole('row')).toHaveLength(34);
    // With no benchmark, each rank still carries its uncertainty (a frame after the chart).
    expect(
      await within(await table()).findByRole('columnheader', { name: 'Rank, 95% interval' }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(
        /Source: OHID Fingertips\. Contains public sector information licensed under the Open Government Licence v3\.0\./,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText(
        /Data: Bundled snapshot: published figures up to \w{3} 20\d\d, extracted \d+ \w{3} 20\d\d/,
      ),
    ).toBeInTheDocument();
  });

  it('never reads the register of organisations for the first view', async () => {
    const asked: string[] = [];
    const serve = serveRepoDataFiles();
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return serve(input);
    });
    renderApp();
    await table();
    expect(asked.some((url) => url.includes('indicators/fingertips-90813.csv'))).toBe(true);
    expect(asked.filter((url) => url.includes('organisations.csv'))).toEqual([]);
  });

  it('switches indicator from the "Indicator" picker and records it in the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    await table();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Indicator' }), 'fingertips-848');
    expect(
      await screen.findByRole('heading', { name: /Depression: recorded prevalence/ }),
    ).toBeInTheDocument();
    // The address follows a change once its frame is painted.
    await waitFor(() => expect(window.location.search).toBe('?i=fingertips-848'));
  });

  it("shows Fingertips' own comparison beside ours where the extract carries it (848, 2022/23)", async () => {
    renderApp('?i=fingertips-848&p=2022%2F23');
    expect(
      within(await table()).getByRole('columnheader', {
        name: 'Published comparison with England',
      }),
    ).toBeInTheDocument();
  });

  it('highlights boroughs chosen in the "Boroughs" filter, including a sub-region quick pick', async () => {
    const user = userEvent.setup();
    renderApp();
    await table();
    const filter = screen.getByRole('group', { name: 'Boroughs' });
    await user.click(within(filter).getByRole('option', { name: 'Barnet' }));
    expect(await rowFor('Barnet')).toHaveClass('is-selected');
    // The address follows a change once its frame is painted.
    await waitFor(() => expect(window.location.search).toBe('?b=E09000003'));
    await user.click(within(filter).getByRole('button', { name: 'South West London' }));
    expect(within(filter).getByText('6 selected')).toBeInTheDocument();
    expect(await rowFor('Barnet')).not.toHaveClass('is-selected');
    expect(await rowFor('Sutton')).toHaveClass('is-selected');
  });

  it('narrows the borough list by search', async () => {
    const user = userEvent.setup();
    renderApp();
    await table();
    const filter = screen.getByRole('group', { name: 'Boroughs' });
    await user.type(within(filter).getByRole('searchbox', { name: 'Search boroughs' }), 'ham');
    expect(
      within(filter)
        .getAllByRole('option')
        .map((c) => c.textContent),
    ).toEqual([
      'Barking and Dagenham',
      'Hammersmith and Fulham',
      'Kingston upon Thames',
      'Lewisham',
      'Newham',
      'Richmond upon Thames',
      'Tower Hamlets',
      'Waltham Forest',
    ]);
  });

  it('restores indicator, period and boroughs from the URL', async () => {
    renderApp('?i=fingertips-21001&p=2012%2F13&b=E09000007');
    expect(
      await screen.findByRole('heading', { name: /intentional self-harm/i }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('2012/13');
    expect(await rowFor('Camden')).toHaveClass('is-selected');
  });

  it('ignores a bad link parameter with a visible notice, and still shows the view', async () => {
    renderApp('?bm=wales&i=no-such-indicator');
    expect(
      await screen.findByText(
        'Ignored "bm=wales" in the link: the benchmark is England or London.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/asked for indicator “no-such-indicator”, which is not in this data/),
    ).toBeInTheDocument();
    expect(await table()).toBeInTheDocument();
  });

  it('says what went wrong when the catalogue is corrupt, instead of a blank page', async () => {
    vi.stubGlobal(
      'fetch',
      serveRepoDataFiles((path) =>
        path === 'data/catalogue.json' ? new Response('{ "schemaVersion": 1, ') : undefined,
      ),
    );
    renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('catalogue.json: is not valid JSON');
  });

  it('names the file when a data file is missing', async () => {
    vi.stubGlobal(
      'fetch',
      serveRepoDataFiles((path) =>
        path.startsWith('data/indicators/')
          ? new Response('gone', { status: 404, statusText: 'Not Found' })
          : undefined,
      ),
    );
    renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent(
      'Could not load data/indicators/fingertips-90813.csv: the server answered 404 Not Found',
    );
  });

  it('prefers updated data in data/local/ and says so in the header', async () => {
    const catalogue = JSON.parse(await (await serveRepoDataFiles()('data/catalogue.json')).text());
    const local = {
      ...catalogue,
      label: 'Updated from synthetic test source',
      updatedFrom: 'synthetic test source',
      extractDate: '2026-11-22',
    };
    vi.stubGlobal(
      'fetch',
      serveRepoDataFiles((path) => {
        if (path === 'data/local/catalogue.json') return new Response(JSON.stringify(local));
        if (path.startsWith('data/local/'))
          return serveRepoDataFiles()(path.replace('data/local/', 'data/'));
        return undefined;
      }),
    );
    renderApp();
    expect(
      await screen.findByText(
        /Data: Updated 22 Nov 2026 from synthetic test source: published figures up to/,
      ),
    ).toBeInTheDocument();
    expect(await table()).toBeInTheDocument();
  });

  it('shows the bundled data with a notice when the updated catalogue is corrupt', async () => {
    vi.stubGlobal(
      'fetch',
      serveRepoDataFiles((path) =>
        path === 'data/local/catalogue.json'
          ? new Response('{"schemaVersion": 1, "indicators": 3}')
          : undefined,
      ),
    );
    renderApp();
    expect(
      await screen.findByText(
        /The updated data could not be used, so the bundled snapshot is shown\. data\/local\/catalogue\.json: indicators must be a list/,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Data: Bundled snapshot/)).toBeInTheDocument();
  });

  it('opens a merged indicator from a link that uses its former id, and says which release a period comes from', async () => {
    renderApp('?i=ons-healthy-life-expectancy&p=2009-11&sex=Female');
    expect(
      await screen.findByRole('heading', {
        name: /Healthy life expectancy at birth: London boroughs ranked/,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/which is not in this data/)).not.toBeInTheDocument();
    expect(
      await screen.findByRole('table', {
        name: /2009-11, London boroughs ranked, from OHID Fingertips 90362 as served in about 2019/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /ONS health state life expectancies 2011-13 to 2021-23, via Explore Local Statistics: 2 periods/,
      ),
    ).toBeInTheDocument();
    // The newer ONS release (in the raw tier) supplies 2013-15 to 2022-24.
    expect(
      screen.getByText(
        /ONS health state life expectancies 2013-15 to 2022-24 \(source date 19\/02\/2026\), via Explore Local Statistics: 10 periods/,
      ),
    ).toBeInTheDocument();
  });
});
