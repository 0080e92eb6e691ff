import { useEffect, useRef } from 'react';
import type { CatalogueRow } from './build-catalogue-rows';

/**
 * The catalogue as a table. The row of the indicator the user came from (a chart's source
 * link) is marked and brought into view.
 */
export function CatalogueTable({
  rows,
  focusId,
  onOpen,
}: {
  readonly rows: readonly CatalogueRow[];
  readonly focusId?: string;
  readonly onOpen: (id: string) => void;
}) {
  const focused = useRef<HTMLTableRowElement>(null);
  // Once per indicator asked for, as soon as its row is drawn (the rows may come a render later).
  const focusedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusId || focusedFor.current === focusId || !focused.current) return;
    focusedFor.current = focusId;
    focused.current.scrollIntoView?.({ block: 'center' });
    focused.current.focus();
  });
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Indicator catalogue, scrolls sideways"
    >
      <table className="data-table catalogue-table">
        <caption>Every indicator the Atlas holds, with its source, method and coverage</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Domain</th>
            <th scope="col">Level</th>
            <th scope="col">Unit</th>
            <th scope="col">Polarity</th>
            <th scope="col">Confidence interval</th>
            <th scope="col">Publisher and licence</th>
            <th scope="col">Periods held</th>
            <th scope="col">Latest period</th>
            <th scope="col">Intervals</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              id={`catalogue-${r.id}`}
              ref={r.id === focusId ? focused : undefined}
              tabIndex={r.id === focusId ? -1 : undefined}
              className={r.id === focusId ? 'is-focused' : undefined}
              aria-current={r.id === focusId ? 'true' : undefined}
            >
              <th scope="row">
                {r.level === 'Borough' ? (
                  <button type="button" className="link-button" onClick={() => onOpen(r.id)}>
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
                {r.yours && <span className="tag"> (your file)</span>}
                {(r.caveats.length > 0 || r.releases.length > 0) && (
                  <details className="catalogue-table__caveats">
                    <summary>Caveats and releases</summary>
                    <ul>
                      {[...r.caveats, ...r.releases].map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </th>
              <td>{r.domainName}</td>
              <td>{r.level}</td>
              <td>{r.unit}</td>
              <td>{r.polarity}</td>
              <td>{r.ciMethod}</td>
              <td>
                {r.url.startsWith('https://') ? <a href={r.url}>{r.publisher}</a> : r.publisher}.{' '}
                {r.licence}. {r.refresh}.
              </td>
              <td>{r.periods}</td>
              <td>{r.latestPeriod}</td>
              <td>{r.intervals}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
