import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { BoroughFilter } from '../../src/components/borough-filter';
import type { AreaCode } from '../../src/domain';
import { makeBorough } from '../factories';

const names = ['Barking and Dagenham', 'Barnet', 'Bexley', 'Camden', 'Croydon', 'Hackney'];
const boroughs = names.map((name, i) => makeBorough(i + 1, { name }));

function Harness() {
  const [selected, setSelected] = useState<readonly AreaCode[]>([]);
  return <BoroughFilter boroughs={boroughs} selected={selected} onChange={setSelected} />;
}

const selectedNames = () =>
  screen.getAllByRole('option', { selected: true }).map((o) => o.textContent);

describe('the borough list', () => {
  it('is one Tab stop: arrows move, Space selects, typing jumps to a name', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const list = screen.getByRole('listbox', { name: /Boroughs to highlight/ });
    expect(
      within(list)
        .getAllByRole('option')
        .filter((o) => o.tabIndex === 0),
    ).toHaveLength(1);

    screen.getByRole('searchbox', { name: 'Search boroughs' }).focus();
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Barking and Dagenham');
    await user.keyboard('{ArrowDown}{ArrowDown} ');
    expect(selectedNames()).toEqual(['Bexley']);
    await user.keyboard('cr');
    expect(document.activeElement).toHaveTextContent('Croydon');
    await user.keyboard('{Enter}');
    expect(selectedNames()).toEqual(['Bexley', 'Croydon']);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Hackney');
    await user.keyboard('{Home} ');
    expect(selectedNames()).toEqual(['Barking and Dagenham', 'Bexley', 'Croydon']);
    // Leaving the list is one Tab, whichever option is active.
    await user.tab();
    expect(document.activeElement?.closest('[role="listbox"]')).toBeNull();
  });

  it('cycles through names with the same first letter when the letter repeats', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getAllByRole('option')[0]!.focus();
    await user.keyboard('c');
    expect(document.activeElement).toHaveTextContent('Camden');
    await user.keyboard('c');
    expect(document.activeElement).toHaveTextContent('Croydon');
  });

  it('folds into a disclosure that says how many are selected', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const toggle = screen.getByRole('button', { name: 'Boroughs: none selected' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('option', { name: 'Camden' }));
    expect(screen.getByRole('button', { name: 'Boroughs: 1 selected' })).toBeInTheDocument();
  });
});
