import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';
import { useUserDataStore } from '../../../src/state/user-data-store';

/** A synthetic Fingertips-layout file, made here: the figures are not published data. */
const syntheticExport = () =>
  new File(
    [
      [
        'Indicator ID,Indicator Name,Area Code,Area Name,Sex,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit',
        ...Array.from(
          { length: 33 },
          (_, i) =>
            `77777,Synthetic test rate,E090000${String(i + 1).padStart(2, '0')},B${i},Persons,2024,${10 + i},${8 + i},${12 + i}`,
        ),
        '77777,Synthetic test rate,E92000001,England,Persons,2024,20,19,21',
        '77777,Synthetic test rate,E06000001,Hartlepool,Persons,2024,20,19,21',
        '77777,Synthetic test rate,E09000002,B1,Persons,2025,not-a-number,,',
      ].join('\n'),
    ],
    'synthetic-export.csv',
    { type: 'text/csv' },
  );

const renderApp = () => render(<App queryClient={createQueryClient()} chartWidth={800} />);

describe('Load data', () => {
  it('loads a file, reports on it, adds its indicator, keeps it across reloads, and removes it', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });

    await user.upload(screen.getByLabelText('Load data'), syntheticExport());
    expect(await screen.findByText(/36 rows read, 34 kept, 1 rejected/)).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 left out: area outside London (first: row 36, column "Area Code" (E06000001))',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /synthetic-export\.csv, row 37, column "Value": "not-a-number" is not a number/,
      ),
    ).toBeInTheDocument();

    const picker = screen.getByRole('combobox', { name: 'Indicator' });
    await user.selectOptions(
      picker,
      within(picker).getByRole('option', { name: 'Synthetic test rate (your file)' }),
    );
    expect(
      await screen.findByRole('heading', {
        name: /Synthetic test rate \(your file\): London boroughs ranked/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/compared with England by 95% confidence interval/),
    ).toBeInTheDocument();

    // A reload: a new page reads the saved file back from IndexedDB.
    unmount();
    useUserDataStore.setState({ datasets: [], hydrated: false, status: { kind: 'idle' } });
    renderApp();
    expect(
      await screen.findByRole('heading', {
        name: /Synthetic test rate \(your file\): London boroughs ranked/,
      }),
    ).toBeInTheDocument();

    await user.click(
      within(screen.getByRole('list', { name: 'Loaded files' })).getByRole('button', {
        name: 'Remove synthetic-export.csv',
      }),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('combobox', { name: 'Indicator' })).queryByRole('option', {
          name: /your file/,
        }),
      ).toBeNull(),
    );
  });

  it('says why a file was not loaded and keeps what was already loaded', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.upload(screen.getByLabelText('Load data'), syntheticExport());
    await screen.findByText(/34 kept/);

    await user.upload(
      screen.getByLabelText('Load data'),
      new File(['name,score\nBarnet,1'], 'wrong-columns.csv', { type: 'text/csv' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'wrong-columns.csv was not loaded: wrong-columns.csv: expected columns "Area Code" (or "Organisation Code"), "Time period", "Value" but the header has none of them. Nothing already loaded was changed.',
    );
    expect(
      within(screen.getByRole('list', { name: 'Loaded files' })).getByRole('button', {
        name: 'Remove synthetic-export.csv',
      }),
    ).toBeInTheDocument();
  });

  it('moves focus to the report after a load, to the message after a failure, and to the panel after Remove or Dismiss', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.upload(screen.getByLabelText('Load data'), syntheticExport());
    await screen.findByText(/34 kept/);
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/34 kept/));

    await user.upload(
      screen.getByLabelText('Load data'),
      new File(['name,score\nBarnet,1'], 'wrong-columns.csv', { type: 'text/csv' }),
    );
    await waitFor(() => expect(document.activeElement).toHaveRole('alert'));
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toHaveTextContent('Your data');

    await user.click(screen.getByRole('button', { name: 'Remove synthetic-export.csv' }));
    expect(document.activeElement).toHaveTextContent('Your data');
  });

  it('shows a loaded file’s indicators in the overview too', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.upload(screen.getByLabelText('Load data'), syntheticExport());
    await screen.findByText(/34 kept/);
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    expect(
      await screen.findByRole('button', {
        // A file's new indicator has no polarity and no stated unit: higher/lower, "value".
        name: /^Barnet, Synthetic test rate \(your file\), 2024: 12 value, Lower than England/,
      }),
    ).toBeInTheDocument();
  });

  it('reads an ONS Explore Local Statistics CSV with its JSON metadata chosen together', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    // A synthetic ELS pair, made here: the figures are not published data.
    const csv = new File(
      [
        [
          'areacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,notes',
          'E92000001,England,Nation,Synthetic ELS score,2022-01-01/P1Y,5,Mean,Score,4.9,5.1,,',
          'E09000002,Barking and Dagenham,Local Authority District,Synthetic ELS score,2022-01-01/P1Y,4,Mean,Score,3.5,4.5,,',
        ].join('\n'),
      ],
      'synthetic-els.csv',
      { type: 'text/csv' },
    );
    const json = new File(
      [
        JSON.stringify({
          'ess-beta-metadata': {
            label: 'Synthetic ELS score',
            subText: 'points',
            sourceOrg: 'Synthetic Statistics Office',
            sourceDate: '05/03/2025',
          },
        }),
      ],
      'synthetic-els.json',
      { type: 'application/json' },
    );
    await user.upload(screen.getByLabelText('Load data'), [json, csv]);
    expect(
      await screen.findByText(
        /Synthetic ELS score \(your file\): unit points; publisher Synthetic Statistics Office \(as stated in synthetic-els\.json\)/,
      ),
    ).toBeInTheDocument();
  });

  it('says a metadata file alone is not data', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.upload(
      screen.getByLabelText('Load data'),
      new File(['{}'], 'alone.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'alone.json is a metadata file: choose it together with its CSV',
    );
  });
});
