import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';
import { useSelectionStore } from '../../../src/state/selection-store';
import { DEFAULT_URL_STATE } from '../../../src/state/url-state';

const boroughs = Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`);

/** Synthetic Fingertips-layout files, made here: the figures are not published data. */
const csvFile = (name: string, lines: readonly string[]) =>
  new File([lines.join('\n')], name, { type: 'text/csv' });
const synthetic848 = () =>
  csvFile('synthetic-848.csv', [
    'Indicator ID,Indicator Name,Area Code,Sex,Age,Time period,Value',
    ...boroughs.map(
      (code, i) =>
        `848,Depression: Recorded prevalence (aged 18+),${code},Persons,18+ yrs,2023/24,${10 + i / 10}`,
    ),
    '848,Depression: Recorded prevalence (aged 18+),E92000001,Persons,18+ yrs,2023/24,13.2',
  ]);
const syntheticJudged = () =>
  csvFile('synthetic-judged.csv', [
    'Indicator ID,Indicator Name,Area Code,Sex,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Compared to England value or percentiles',
    ...boroughs.map(
      (code, i) =>
        `77778,Synthetic judged rate,${code},Persons,2024,${10 + i},${9 + i},${11 + i},${10 + i > 20 ? 'Better' : 'Worse'}`,
    ),
    '77778,Synthetic judged rate,E92000001,Persons,2024,20,19.5,20.5,',
  ]);

function renderApp() {
  useSelectionStore.getState().replace(DEFAULT_URL_STATE);
  return render(<App queryClient={createQueryClient()} chartWidth={800} />);
}

describe("Classifying a user's indicators", () => {
  it("defaults polarity from the publisher's wording and lets the user set the domain", async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.upload(screen.getByLabelText('Load data'), syntheticJudged());
    const polarity = await screen.findByRole('combobox', { name: 'Polarity' });
    // Values above England are called Better: high is good.
    expect(polarity).toHaveValue('high-is-good');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Domain' }), 'Mental health');
    const picker = screen.getByRole('combobox', { name: 'Indicator' });
    const mental = within(picker).getByRole('group', { name: 'Mental health' });
    expect(
      within(mental).getByRole('option', { name: 'Synthetic judged rate (your file)' }),
    ).toBeInTheDocument();
  });

  it("offers to add a known indicator's new periods to it, and refuses the same file twice", async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /London boroughs ranked/ });
    await user.upload(screen.getByLabelText('Load data'), synthetic848());
    const offer = await screen.findByRole('group', {
      name: /The Atlas already has “Depression: recorded prevalence \(aged 18\+\)”/,
    });
    await user.click(within(offer).getByRole('radio', { name: /Add these periods to/ }));
    const picker = screen.getByRole('combobox', { name: 'Indicator' });
    expect(within(picker).queryByRole('option', { name: /Depression.*your file/ })).toBeNull();
    await user.selectOptions(
      picker,
      within(picker).getByRole('option', { name: 'Depression prevalence' }),
    );
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Period' }), '2023/24');
    expect(
      await screen.findByRole('table', { name: /2023\/24, London boroughs ranked/ }),
    ).toBeInTheDocument();

    await user.upload(screen.getByLabelText('Load data'), synthetic848());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'synthetic-848.csv was not loaded: this file is already loaded (as synthetic-848.csv); remove that copy first to load it again.',
    );
  });
});
