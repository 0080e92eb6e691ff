import { useDeferredValue, useId, useMemo } from 'react';
import type { DataPoint } from '../../domain';
import { isAggregateCode } from '../../model/london-reference';
import type { FunnelOrganisation } from '../../model/provider-funnel';

const MAX = 10;

/**
 * "Emphasise": organisations with rows for this measure, London's first; each chosen one is a
 * removable chip. The first chosen organisation's trend is shown.
 */
export function OrganisationPicker({
  organisations,
  present,
  value,
  onChange,
}: {
  readonly organisations: ReadonlyMap<string, FunnelOrganisation>;
  readonly present: readonly DataPoint[] | undefined;
  readonly value: readonly string[];
  readonly onChange: (codes: readonly string[]) => void;
}) {
  const id = useId();
  // The list (hundreds of options, sorted by name) follows a measure switch just after the
  // funnel's frame: it is read only when the picker is opened.
  const listed = useDeferredValue(present);
  const options = useMemo(() => {
    const codes = new Set((listed ?? []).map((p) => p.code as string));
    const list = [...codes]
      .filter((c) => !isAggregateCode(c))
      .map((code) => ({ code, ...(organisations.get(code) ?? { name: code, london: false }) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { london: list.filter((o) => o.london), elsewhere: list.filter((o) => !o.london) };
  }, [organisations, listed]);
  const nameOf = (code: string) => organisations.get(code)?.name ?? code;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Emphasise
      </label>
      <select
        id={id}
        className="field__select field__select--wide"
        value=""
        disabled={value.length >= MAX}
        onChange={(e) => {
          if (e.target.value)
            onChange([...value.filter((c) => c !== e.target.value), e.target.value]);
        }}
      >
        <option value="">
          {value.length >= MAX ? `At most ${MAX} organisations` : 'Choose an organisation…'}
        </option>
        {options.london.length > 0 && (
          <optgroup label="London">
            {options.london.map((o) => (
              <option key={o.code} value={o.code} disabled={value.includes(o.code)}>
                {o.name} ({o.code})
              </option>
            ))}
          </optgroup>
        )}
        {options.elsewhere.length > 0 && (
          <optgroup label="Elsewhere in England">
            {options.elsewhere.map((o) => (
              <option key={o.code} value={o.code} disabled={value.includes(o.code)}>
                {o.name} ({o.code})
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {value.length > 0 && (
        <ul className="org-chips" aria-label="Emphasised organisations">
          {value.map((code, i) => (
            <li key={code} className="org-chip">
              {nameOf(code)}
              {i === 0 ? ' (trend shown)' : ''}
              <button
                type="button"
                className="org-chip__remove"
                aria-label={`Stop emphasising ${nameOf(code)}`}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
