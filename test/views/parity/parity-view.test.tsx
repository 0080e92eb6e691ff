import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';
import { useSelectionStore } from '../../../src/state/selection-store';
import { DEFAULT_URL_STATE } from '../../../src/state/url-state';

function renderAt(search: string) {
  useSelectionStore.getState().replace(DEFAULT_URL_STATE);
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient()} chartWidth={800} />);
}

const summary = async () =>
  within(await screen.findByRole('region', { name: 'In brief' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('Parity view on the bundled data', () => {
  it('opens on the first suggested pair, two indicators of the same period', async () => {
    renderAt('?v=parity');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Is mental health keeping pace with physical health?',
      }),
    ).toBeInTheDocument();
    const lines = await summary();
    expect(lines[0]).toMatch(
      /^Depression prevalence, 2024\/25 .*Hypertension prevalence, 2024\/25.*\(R² = 0\.\d\d, 95% CI /,
    );
    expect(screen.queryByText(/\(different periods\)/)).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Suggested pair' })).toHaveValue(
      'Depression prevalence ↔ hypertension prevalence',
    );
  });

  it('compares a pair from an older link, says the periods differ, and leaves out combined values', async () => {
    renderAt('?v=parity&pm=fingertips-91096&pp=fingertips-93722');
    const lines = await summary();
    expect(lines[0]).toBe(
      'City of London and Hackney are left out where the publisher gives only a combined value.',
    );
    expect(lines[1]).toMatch(
      /SMI excess under-75 mortality, old definition \(to 2014\/15\), 2014\/15 .*Preventable CVD mortality <75, 2022 - 24.*\(R² = 0\.\d\d, 95% CI /,
    );
    expect(
      screen.getByText(
        /SMI excess under-75 mortality, old definition \(to 2014\/15\), 2014\/15 against Preventable CVD mortality <75, 2022 - 24 \(different periods\)/,
      ),
    ).toBeInTheDocument();
  });

  it('uses no better or worse words for indicators without a judgement, and records the pair in the URL', async () => {
    const user = userEvent.setup();
    renderAt('?v=parity');
    await summary();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Suggested pair' }),
      'Depression prevalence ↔ diabetes prevalence',
    );
    // The address follows a change once its frame is painted.
    await waitFor(() =>
      expect(window.location.search).toBe('?v=parity&pm=fingertips-848&pp=gla-diabetes-17plus'),
    );
    const lines = await summary();
    expect(lines.join(' ')).toMatch(/Depression prevalence, 2024\/25/);
    expect(lines.join(' ')).not.toMatch(/\b(better|worse)\b/);
  });

  it('highlights a selected borough in the table twin', async () => {
    const user = userEvent.setup();
    renderAt('?v=parity&b=E09000007');
    await summary();
    await user.click(screen.getAllByText('View as table')[0]!);
    const table = await screen.findByRole('table', { name: /by borough/ });
    expect(
      within(table).getByRole('rowheader', { name: /^Camden ?\(selected\)$/ }),
    ).toBeInTheDocument();
  });

  it('compares ranks with their intervals and shows a selected borough relative to England over time', async () => {
    renderAt('?v=parity&b=E09000007&pm=ons-wellbeing-life-satisfaction&pp=fingertips-90362');
    const lines = await summary();
    expect(lines.join(' ')).toMatch(
      /\d+ of 32 boroughs rank significantly differently on the two indicators/,
    );
    // The charts below the scatter follow it by one render.
    expect(
      await screen.findByRole('heading', { name: /Where is the parity gap\?/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'Is the gap closing? Camden relative to England over time',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /gap trend cannot be calculated: the two indicators share 0 periods for Camden/,
      ),
    ).toBeInTheDocument();
    // The sex picker belongs to the indicator published by sex.
    expect(screen.getByRole('combobox', { name: 'Sex' })).toHaveValue('Female');
  });

  it('says no rank gap can be called significant when an indicator has no intervals', async () => {
    renderAt('?v=parity&pm=fingertips-91096&pp=fingertips-93722');
    const lines = await summary();
    expect(lines).toContain(
      'No parity gap in rank is called significant: SMI excess under-75 mortality, old definition (to 2014/15) has no published intervals or counts, so ranks have no intervals.',
    );
    expect(
      await screen.findByText('Select a borough in the filter to see its parity over time.'),
    ).toBeInTheDocument();
  });
});
