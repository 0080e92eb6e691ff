import { DOMAINS, type Indicator, type IndicatorDomain, type IndicatorId } from '../domain';

export interface IndicatorPickerProps {
  readonly indicators: readonly Indicator[];
  readonly value: IndicatorId | undefined;
  readonly onChange: (id: IndicatorId) => void;
}

/** A native select grouped by domain: keyboard and screen-reader support for free. */
export function IndicatorPicker({ indicators, value, onChange }: IndicatorPickerProps) {
  const groups = (Object.keys(DOMAINS) as IndicatorDomain[]).map((domain) => ({
    domain,
    items: indicators.filter((i) => i.domain === domain),
  }));
  return (
    <div className="field">
      <label htmlFor="indicator-picker" className="field__label">
        Indicator
      </label>
      <select
        id="indicator-picker"
        className="field__select field__select--wide"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value as IndicatorId)}
      >
        {groups
          .filter((g) => g.items.length > 0)
          .map((g) => (
            <optgroup key={g.domain} label={DOMAINS[g.domain]}>
              {g.items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.shortName}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}
