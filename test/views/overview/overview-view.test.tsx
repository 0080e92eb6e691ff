import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';
import { parseCatalogue } from '../../../src/data/catalogue';
import { readIndicatorFile } from '../../../src/data/read-indicator-file';
import { sexesToShow } from '../../../src/model/compare-areas';

const bundled = parseCatalogue(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/catalogue.json'), 'utf8')),
);
// One rug row per borough indicator, or per sex where no Persons figure is published.
const rugRows = bundled.indicators
  .filter((i) => i.level === 'borough')
  .reduce((n, indicator) => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../../../data', indicator.file),
      'utf8',
    );
    return n + sexesToShow(readIndicatorFile(text, indicator).points).length;
  }, 0);

const renderAt = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient()} chartWidth={800} />);
};

describe('OverviewView on the bundled data', () => {
  it('shows every borough indicator as a row of cells named in words, grouped by domain', async () => {
    renderAt('?v=overview');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Where does each borough stand?' }),
    ).toBeInTheDocument();
    const cell = await screen.findByRole('button', {
      name: /^Barnet, SMI excess under-75 mortality, old definition \(to 2014\/15\), 2014\/15: 267\.8 % of expected deaths, /,
    });
    expect(cell).toHaveTextContent(/^Q\d$/);
    // Every borough indicator in the bundled catalogue × 33 boroughs.
    // Indicators load one by one: wait for every row before looking at the groups.
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^[A-Z].*, .*: / })).toHaveLength(rugRows * 33),
    );
    for (const group of ['Mental health', 'Physical health', 'Context'])
      expect(screen.getByRole('rowheader', { name: group })).toBeInTheDocument();
  });

  it('opens the indicator view focused on a borough when a cell is chosen', async () => {
    const user = userEvent.setup();
    renderAt('?v=overview');
    await user.click(
      await screen.findByRole('button', { name: /^Camden, Depression prevalence, 2024\/25/ }),
    );
    expect(
      await screen.findByRole('heading', {
        name: /Depression: recorded prevalence.*London boroughs ranked/,
      }),
    ).toBeInTheDocument();
    // The address follows a change once its frame is painted.
    await waitFor(() => expect(window.location.search).toBe('?i=fingertips-848&b=E09000007'));
    // Focus moves to the new view's heading, not the page body.
    await waitFor(() =>
      expect(
        screen.getByRole('heading', {
          level: 1,
          name: 'How much does this vary, and what does good look like?',
        }),
      ).toHaveFocus(),
    );
  });

  it('moves between cells with the arrow keys, with one tab stop for the whole rug', async () => {
    const user = userEvent.setup();
    renderAt('?v=overview');
    const first = await screen.findByRole('button', {
      name: /^Barnet, Self-harm admissions, 10-24/,
    });
    expect(first).toHaveAttribute('tabindex', '0');
    expect(
      screen.getByRole('button', { name: /^Camden, Self-harm admissions, 10-24/ }),
    ).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^Camden, Self-harm admissions, 10-24/);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^Camden, Suicide rate, /);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^Wandsworth, Suicide rate, /);
  });
});
