import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App, createQueryClient } from '../../src/app/app';
import { useNoticesStore } from '../../src/state/notices-store';
import { useSelectionStore } from '../../src/state/selection-store';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';

function renderAt(search: string) {
  useSelectionStore.getState().replace(DEFAULT_URL_STATE);
  useNoticesStore.setState({ notices: [] });
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient()} chartWidth={800} />);
}

const rankedTable = () => screen.findByRole('table', { name: /London boroughs ranked/ });
const cellUnder = (table: HTMLElement, rowName: RegExp, header: string) => {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const row = within(table).getByRole('row', { name: rowName });
  return within(row).getAllByRole('cell')[headers.indexOf(header) - 1]; // the row header is not a cell
};

describe('verdicts a user can trust (bundled data)', () => {
  it("never prints a quintile as a comparison; the quintile and the publisher's verdict have their own labelled columns", async () => {
    renderAt('?i=fingertips-21001&p=2017%2F18');
    const table = await rankedTable();
    expect(cellUnder(table, /Lambeth/, 'Compared with England')).toHaveTextContent(
      /^Not compared$/,
    );
    // The reason most boroughs share is said once, and read with the table.
    expect(table).toHaveAccessibleDescription(
      '“Not compared” with no reason in its row: no 95% interval published and no count and denominator to compute one.',
    );
    // A row with another reason keeps it.
    expect(cellUnder(table, /City of London/, 'Compared with England')).toHaveTextContent(
      'Not compared (no value (NA in source file))',
    );
    expect(
      cellUnder(table, /Lambeth/, 'Quintile in London (Q1 = lowest values)'),
    ).toHaveTextContent(/^Q\d, (worst|second-worst|middle|second-best|best) fifth$/);
    expect(cellUnder(table, /Lambeth/, 'Published comparison with England')).toHaveTextContent(
      'Better',
    );
  });

  it('says when the chosen benchmark has no published value', async () => {
    renderAt('?i=gla-diabetes-17plus&bm=london');
    await rankedTable();
    expect(
      screen.getByText(/No London value is published in this extract for Diabetes \(GLA profile\)/),
    ).toBeInTheDocument();
  });

  it("shows the publisher's combined City of London and Hackney value on both boroughs, with its note", async () => {
    renderAt('?i=fingertips-93722');
    const table = await rankedTable();
    for (const name of [/^\d+ Hackney E09000012/, /^\d+ City of London E09000001/])
      expect(cellUnder(table, name, 'Note')).toHaveTextContent(
        'Published for City of London, Hackney combined (E67000001): Value for Hackney and City of London combined',
      );
  });

  it('shows each sex as its own labelled rug row where no Persons figure is published', async () => {
    renderAt('?v=overview');
    expect(
      await screen.findByRole('rowheader', { name: 'Life expectancy, 2022 - 24, Female' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('rowheader', { name: 'Life expectancy, 2022 - 24, Male' }),
    ).toBeInTheDocument();
  });

  it('gives a notice for an unknown borough in a link, and a message on the profile', async () => {
    renderAt('?v=profile&pb=E09000099&b=E09000099');
    expect(
      await screen.findByText(
        /The link asked for borough “E09000099”, which is not a London borough code; showing Barnet/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /Ignored borough "E09000099" in the link: no London borough has that code/,
      ),
    ).toBeInTheDocument();
  });

  it('drops unknown boroughs from a link without a history entry, so Back leaves the page, and says so once', async () => {
    const before = window.history.length;
    renderAt('?b=E09000003,E09000098,E09000099');
    expect(
      await screen.findByText(
        'Ignored 2 boroughs in the link ("E09000098", "E09000099"): no London borough has those codes.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?b=E09000003'));
    // Replaced, not pushed: Back from here goes where the user came from.
    expect(window.history.length).toBe(before);
  });

  it("the profile table keeps the verdict, the quintile and the publisher's verdict apart", async () => {
    renderAt('?v=profile&pb=E09000022');
    await screen.findByRole('heading', { name: 'Mental health: Lambeth' });
    const details = screen.getAllByText('View as table')[1]!;
    details.click();
    const table = await screen.findByRole('table', {
      name: /Physical health indicators for Lambeth/,
    });
    // 40502's latest period, 2015-17, carries Fingertips' own verdict ("Similar").
    const row = within(table).getByRole('row', {
      name: /^Preventable cancer mortality <75 \(per 100,000\)/,
    });
    // The reason most rows share is said once, with the table; this row gives its own.
    expect(table).toHaveAccessibleDescription(/no England value for 2024\/25/);
    expect(row).toHaveTextContent(
      /Not compared \(no 95% interval published and no count and denominator to compute one\)/,
    );
    expect(row).toHaveTextContent(/Q\d, (worst|second-worst|middle|second-best|best) fifth/);
    expect(row).toHaveTextContent(/Similar/);
    expect(row).not.toHaveTextContent(/Compared with England: Q/);
  });
});
