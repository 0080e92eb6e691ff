import { useId, useState } from 'react';
import { SUB_REGIONS, type Area, type AreaCode, type SubRegion } from '../domain';
import { BoroughListbox } from './borough-listbox';

export interface BoroughFilterProps {
  readonly boroughs: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly onChange: (selected: readonly AreaCode[]) => void;
}

interface QuickPick {
  readonly label: string;
  readonly codes: readonly AreaCode[];
}

function quickPicks(boroughs: readonly Area[]): QuickPick[] {
  const bySubRegion = (Object.entries(SUB_REGIONS) as [SubRegion, string][]).map(([key, name]) => ({
    label: name,
    codes: boroughs.filter((b) => b.subRegion === key).map((b) => b.code),
  }));
  const byInnerOuter = (['Inner', 'Outer'] as const).map((io) => ({
    label: `${io} London`,
    codes: boroughs.filter((b) => b.innerOuter === io).map((b) => b.code),
  }));
  return [...bySubRegion, ...byInnerOuter];
}

/**
 * Choose boroughs to highlight in every chart: type to narrow the list, select in the list (one
 * Tab stop), or pick a whole ICB sub-region or Inner/Outer London at once (a quick pick
 * replaces the selection). On a tablet it folds into a disclosure saying how many are selected.
 */
export function BoroughFilter({ boroughs, selected, onChange }: BoroughFilterProps) {
  const [query, setQuery] = useState('');
  // On a tablet the panel is a disclosure, closed at first so the charts come first.
  const [open, setOpen] = useState(false);
  const searchId = useId();
  const bodyId = useId();
  const chosen = new Set<string>(selected);
  const visible = boroughs.filter((b) => b.name.toLowerCase().includes(query.trim().toLowerCase()));
  const toggle = (code: AreaCode) =>
    onChange(chosen.has(code) ? selected.filter((c) => c !== code) : [...selected, code]);

  const status = selected.length === 0 ? 'None selected' : `${selected.length} selected`;
  return (
    <fieldset className="borough-filter">
      <legend className="field__label borough-filter__legend">Boroughs</legend>
      <button
        type="button"
        className="borough-filter__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        Boroughs: {status.toLowerCase()}
      </button>
      <div id={bodyId} className="borough-filter__body" data-open={open}>
        <p className="borough-filter__status" aria-live="polite">
          {status}
        </p>
        <div className="borough-filter__picks" role="group" aria-label="Quick picks">
          {quickPicks(boroughs).map((pick) => (
            <button
              key={pick.label}
              type="button"
              className="chip"
              onClick={() => onChange(pick.codes)}
            >
              {pick.label}
            </button>
          ))}
          <button
            type="button"
            className="chip chip--secondary"
            onClick={() => onChange([])}
            disabled={selected.length === 0}
          >
            Clear
          </button>
        </div>
        <label htmlFor={searchId} className="field__hint">
          Search boroughs
        </label>
        <input
          id={searchId}
          type="search"
          className="field__input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        {visible.length > 0 ? (
          <BoroughListbox
            boroughs={visible}
            chosen={chosen}
            onToggle={toggle}
            label="Boroughs to highlight (Space selects, type a name to jump)"
          />
        ) : (
          <p className="field__hint">No borough matches “{query}”.</p>
        )}
      </div>
    </fieldset>
  );
}
