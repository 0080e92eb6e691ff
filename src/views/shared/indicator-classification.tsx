import {
  DOMAINS,
  POLARITIES,
  type Indicator,
  type IndicatorDomain,
  type Polarity,
} from '../../domain';
import type { UserDataset } from '../../data/user-files/user-dataset';

export type ClassifyChange = Partial<Pick<Indicator, 'domain' | 'polarity'>> & {
  readonly mergeInto?: Indicator['id'] | null;
};

/**
 * For each indicator of a user's file: its domain and polarity (defaulted from the publisher's
 * wording, editable at any time), and, where the Atlas already has the same indicator, the
 * choice between adding the file's periods to it and keeping it separate.
 */
export function IndicatorClassification({
  dataset,
  knownNames,
  onClassify,
}: {
  readonly dataset: UserDataset;
  readonly knownNames: ReadonlyMap<string, string>;
  readonly onClassify: (indicatorId: string, change: ClassifyChange) => void;
}) {
  return (
    <ul className="classification">
      {dataset.indicators.map((i) => {
        const base = `${dataset.id}-${i.id}`;
        const same = i.sameAs ? knownNames.get(i.sameAs) : undefined;
        return (
          <li key={i.id}>
            <p className="classification__name">
              {i.shortName}: unit {i.unit}; publisher {i.source.publisher}
            </p>
            {same && i.sameAs && (
              <fieldset className="classification__same">
                <legend>The Atlas already has “{same}”</legend>
                <label>
                  <input
                    type="radio"
                    name={`${base}-same`}
                    checked={i.mergeInto === i.sameAs}
                    onChange={() => onClassify(i.id, { mergeInto: i.sameAs })}
                  />{' '}
                  Add these periods to {same}
                </label>
                <label>
                  <input
                    type="radio"
                    name={`${base}-same`}
                    checked={i.mergeInto === undefined}
                    onChange={() => onClassify(i.id, { mergeInto: null })}
                  />{' '}
                  Keep separate
                </label>
              </fieldset>
            )}
            {!i.mergeInto && (
              <div className="classification__fields">
                <label>
                  Domain{' '}
                  <select
                    value={i.domain}
                    onChange={(e) =>
                      onClassify(i.id, { domain: e.target.value as IndicatorDomain })
                    }
                  >
                    {(Object.entries(DOMAINS) as [IndicatorDomain, string][]).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <label>
                  Polarity{' '}
                  <select
                    value={i.polarity}
                    onChange={(e) => onClassify(i.id, { polarity: e.target.value as Polarity })}
                  >
                    {(Object.entries(POLARITIES) as [Polarity, string][]).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
