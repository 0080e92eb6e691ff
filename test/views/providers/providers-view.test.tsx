import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';
import { parseCatalogue } from '../../../src/data/catalogue';
import { useSelectionStore } from '../../../src/state/selection-store';
import { DEFAULT_URL_STATE } from '../../../src/state/url-state';
import { serveHoldingBack, serveRepoDataFiles } from '../../setup/serve-data-files';

const bundled = parseCatalogue(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/catalogue.json'), 'utf8')),
);

function renderAt(search: string, queryClient = createQueryClient()) {
  useSelectionStore.getState().replace(DEFAULT_URL_STATE);
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={queryClient} chartWidth={800} />);
}

const funnelHeading = () =>
  screen.findByRole('heading', { name: /^Is it really different, or noise\?/ });

describe('Providers view on the bundled data', () => {
  it('opens on Talking Therapies recovery with every provider in England, every bundled measure by topic', async () => {
    renderAt('?v=providers');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Which services achieve good outcomes, allowing for their size?',
      }),
    ).toBeInTheDocument();
    // The funnel is drawn once the catalogue, the register and the measure's rows are read.
    expect(await funnelHeading()).toHaveTextContent('Recovery rate (annual)');
    // England's providers are the funnel's population, not London's alone.
    expect(screen.getByText(/\d{3} organisations in England, \d\d in London/)).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Measure' });
    const groups = within(picker).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(
      expect.arrayContaining([
        'NHS Talking Therapies',
        'Community mental health waits (MHSDS)',
        'Mental Health Act',
      ]),
    );
    // Every provider, ICB and CCG measure in the bundle is reachable.
    expect(within(picker).getAllByRole('option')).toHaveLength(
      bundled.indicators.filter((i) => i.level !== 'borough').length,
    );
    expect(screen.queryByText(/Not in this data:/)).not.toBeInTheDocument();
    expect(
      screen.queryByText(/This data holds only London's organisations/),
    ).not.toBeInTheDocument();
  });

  it("lists every organisation in the funnel's table twin with its place at 95% and 99.8%", async () => {
    const user = userEvent.setup();
    renderAt('?v=providers&pi=mhsds-mrs01b-provider');
    await funnelHeading();
    await user.click(screen.getAllByText('View as table')[0]!);
    const table = await screen.findByRole('table', { name: /every organisation in England/ });
    const row = within(table)
      .getByRole('rowheader', { name: /North East London NHS Foundation Trust/ })
      .closest('tr')!;
    expect(row).toHaveTextContent('Above 95% limit');
    expect(row).toHaveTextContent('Above 99.8% limit');
    expect(row).toHaveTextContent('Off');
    // Suppressed values stay off the funnel, with the publisher's reason.
    expect(
      within(table).getAllByText(
        /^Not on the funnel: no value: Numerator MRS01a suppressed \(\*\)/,
      ),
    ).not.toHaveLength(0);
  });

  it('reports φ when over-dispersion is allowed for, and keeps it in the link', async () => {
    const user = userEvent.setup();
    renderAt('?v=providers&pi=mhsds-mrs01b-provider');
    await funnelHeading();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Allow for over-dispersion' }),
      'additive',
    );
    // The address follows a change once its frame is painted.
    await waitFor(() => expect(window.location.search).toContain('od=additive'));
    expect(await screen.findByText(/φ = \d+\.\d\d from \d+ organisations/)).toBeInTheDocument();
    expect(screen.getByText(/τ² = /)).toBeInTheDocument();
  });

  it('ranks a count measure without a funnel and says why', async () => {
    renderAt('?v=providers&pi=mhsds-mrs04-provider');
    expect(
      await screen.findByText(/No funnel plot for CMH referral-spells started: it is a count/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: /How do London's providers compare\?/ }),
    ).toBeInTheDocument();
  });

  it("shows a merged trust's predecessors in the periods before the merger", async () => {
    renderAt('?v=providers&pi=mhsds-mrs01b-provider&po=G6V2S');
    await funnelHeading();
    // The bundle's period (Jul–Sep 2024) predates North London NHS FT: its predecessors are emphasised.
    expect(
      await screen.findByText(/North London NHS Foundation Trust \(trend shown\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/has no rows for/)).not.toBeInTheDocument();
  });

  it("adds a provider file's new periods to the published measure when the user says so", async () => {
    const user = userEvent.setup();
    // Loaded where files are loaded (Data and methods, as the header's "Load data" opens).
    renderAt('?v=data');
    // A synthetic provider-measure file (not published data): one later year for three providers.
    const header =
      'Indicator Name,Measure ID,Organisation Code,Organisation Name,Organisation Type,Region,Time period,Value,Numerator,Denominator,Value note';
    const rows = ['RAT', 'RPG', 'RV5'].map(
      (code, i) =>
        `Recovery rate,NHSTT_annual_recovery,${code},Synthetic ${code},Provider,London,2025-04-01 to 2026-03-31 (2025-26),${50 + i},${50 + i},100,`,
    );
    const england =
      'Recovery rate,NHSTT_annual_recovery,ENG,England,England,England,2025-04-01 to 2026-03-31 (2025-26),51,5100,10000,';
    await user.upload(
      await screen.findByLabelText('Load data'),
      new File([[header, ...rows, england].join('\n')], 'synthetic-recovery.csv', {
        type: 'text/csv',
      }),
    );
    const offer = await screen.findByRole('group', { name: /The Atlas already has/ });
    await user.click(within(offer).getByRole('radio', { name: /Add these periods to/ }));
    await user.click(
      within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', {
        name: 'Providers',
      }),
    );
    await funnelHeading();
    // The published measure keeps its place, and now has the file's year.
    const measure = screen.getByRole('combobox', { name: 'Measure' });
    expect(measure).toHaveValue('nhstt-annual-recovery');
    const period = screen.getByRole('combobox', { name: 'Period' });
    await waitFor(() =>
      expect(within(period).getByRole('option', { name: /2025-26/ })).toBeInTheDocument(),
    );
  });

  it('shows organisations by code, with a notice, when the register cannot be read', async () => {
    vi.stubGlobal(
      'fetch',
      serveRepoDataFiles((path) =>
        path === 'data/reference/organisations.csv'
          ? new Response('gone', { status: 404, statusText: 'Not Found' })
          : undefined,
      ),
    );
    renderAt('?v=providers&pi=mhsds-mrs01b-provider');
    await funnelHeading();
    expect(
      await screen.findByText(
        /data\/reference\/organisations\.csv could not be read, so organisations are shown by code/,
      ),
    ).toBeInTheDocument();
  });

  it('draws nothing from a measure until the register of organisations is read', async () => {
    const { fetch, release } = serveHoldingBack((path) => path.startsWith('data/reference/'));
    vi.stubGlobal('fetch', fetch);
    const queryClient = createQueryClient();
    renderAt('?v=providers&pi=mhsds-mrs01b-provider&po=G6V2S', queryClient);
    // The measure's rows are read while the register is held back...
    await waitFor(() =>
      expect(
        queryClient
          .getQueryCache()
          .findAll()
          .some((q) => q.queryKey.includes('mhsds-mrs01b-provider') && q.state.data),
      ).toBe(true),
    );
    // ...and the view still says it is loading: without the register, North London NHS FT
    // (G6V2S) would be called absent, as its rows in this period are its predecessors'.
    expect(await screen.findByText('Loading published data…')).toBeInTheDocument();
    expect(screen.queryByText(/has no rows for/)).not.toBeInTheDocument();
    release();
    expect(
      await screen.findByText(/North London NHS Foundation Trust \(trend shown\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/has no rows for/)).not.toBeInTheDocument();
    expect(screen.queryByText('Loading published data…')).not.toBeInTheDocument();
  });

  it('says when a link names a measure this data does not have', async () => {
    renderAt('?v=providers&pi=no-such-measure');
    expect(
      await screen.findByText(/asked for measure “no-such-measure”, which is not in this data/),
    ).toBeInTheDocument();
    await funnelHeading();
  });

  it('names the file when a measure cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      serveRepoDataFiles((path) =>
        path.includes('mhsds-mrs01b-provider')
          ? new Response('gone', { status: 404, statusText: 'Not Found' })
          : undefined,
      ),
    );
    renderAt('?v=providers&pi=mhsds-mrs01b-provider');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/mhsds-mrs01b-provider\.csv: the server answered 404/);
  });
});

describe('A provider measure named where a borough indicator is expected', () => {
  it('points to the Providers view instead of calling it unknown', async () => {
    const user = userEvent.setup();
    renderAt('?i=mhsds-mrs01b-provider');
    const link = await screen.findByRole('link', { name: 'Providers view' });
    expect(screen.queryByText(/which is not in this data/)).not.toBeInTheDocument();
    await user.click(link);
    await funnelHeading();
    // The address follows a change once its frame is painted.
    await waitFor(() => expect(window.location.search).toContain('v=providers'));
    await waitFor(() => expect(window.location.search).toContain('pi=mhsds-mrs01b-provider'));
  });
});

describe('From a borough profile to its trust', () => {
  it('links Camden to North London NHS Foundation Trust on the Providers view', async () => {
    const user = userEvent.setup();
    renderAt('?v=profile&pb=E09000007');
    const link = await screen.findByRole('link', { name: 'Mental health services for Camden' });
    expect(link).toHaveAttribute('href', '?v=providers&pi=mhsds-mrs01b-provider&po=G6V2S');
    await user.click(link);
    await funnelHeading();
    // The address follows a change once its frame is painted.
    await waitFor(() => expect(window.location.search).toContain('po=G6V2S'));
  });
});

/** A synthetic NHS provider-measure file, made here: the figures are not published data. */
const syntheticProviderFile = () =>
  new File(
    [
      [
        'Indicator Name,Measure ID,Organisation Code,Organisation Name,Organisation Type,Region,Time period,Value,Numerator,Denominator',
        'Synthetic completion rate,SYN01,ENG,England,England,England,2025-26,50,5000,10000',
        ...Array.from(
          { length: 6 },
          (_, i) =>
            `Synthetic completion rate,SYN01,ZZ${i}0,SYNTHETIC SERVICE ${i},Provider,${i < 3 ? 'London' : 'North West'},2025-26,${40 + i * 4},${(40 + i * 4) * 5},500`,
        ),
      ].join('\n'),
    ],
    'synthetic-provider-measure.csv',
    { type: 'text/csv' },
  );

describe("A user's own provider file", () => {
  it('appears on the Providers view marked (your file), with its organisations named', async () => {
    const user = userEvent.setup();
    renderAt('?v=data');
    await user.upload(await screen.findByLabelText('Load data'), syntheticProviderFile());
    expect(await screen.findByText(/7 rows read, 7 kept/)).toBeInTheDocument();
    useSelectionStore.getState().setView('providers');
    const picker = await screen.findByRole('combobox', { name: 'Measure' });
    await user.selectOptions(
      picker,
      within(picker).getByRole('option', {
        name: 'Synthetic completion rate (your file) (provider)',
      }),
    );
    // The heading is there from the measure shown before; the new one's rows come from storage.
    expect(await screen.findByText(/6 organisations in England, 3 in London/)).toBeInTheDocument();
    await user.click(screen.getAllByText('View as table')[0]!);
    const table = await screen.findByRole('table', { name: /every organisation in England/ });
    expect(
      within(table).getByRole('rowheader', { name: 'Synthetic Service 0' }),
    ).toBeInTheDocument();
  });
});
