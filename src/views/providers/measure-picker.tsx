import type { IndicatorId } from '../../domain';
import { LEVEL_NAMES, type MeasureGroup } from '../../model/measure-topics';

/** A native select labelled "Measure", grouped by topic, each measure with its level. */
export function MeasurePicker({
  groups,
  userIds,
  value,
  onChange,
}: {
  readonly groups: readonly MeasureGroup[];
  readonly userIds: ReadonlySet<string>;
  readonly value: IndicatorId | undefined;
  readonly onChange: (id: IndicatorId) => void;
}) {
  return (
    <div className="field">
      <label htmlFor="measure-picker" className="field__label">
        Measure
      </label>
      <select
        id="measure-picker"
        className="field__select field__select--wide"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value as IndicatorId)}
      >
        {groups.map((g) => (
          <optgroup key={g.topic} label={g.topic}>
            {g.measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.shortName}
                {/\((ICB|CCG)/.test(m.shortName) ? '' : ` (${LEVEL_NAMES[m.level]})`}
                {userIds.has(m.id) && !m.shortName.includes('(your file)') ? ' (your file)' : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
