import { useId } from 'react';
import { formatCell, type TableSpec } from '../../domain/chart-spec';

/** The one table twin: renders any chart's table spec, selected rows marked in words too. */
export function SpecTable<Row>({ spec }: { readonly spec: TableSpec<Row> }) {
  const notesId = useId();
  const notes = spec.notes ?? [];
  return (
    <>
      {/* A wide table scrolls sideways: the region takes focus so a keyboard can scroll it. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={spec.caption}>
        <table className="data-table" aria-describedby={notes.length > 0 ? notesId : undefined}>
          <caption>{spec.caption}</caption>
          <thead>
            <tr>
              {spec.columns.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.rows.map((row) => {
              const selected = spec.isSelected?.(row) ?? false;
              return (
                <tr key={spec.rowKey(row)} className={selected ? 'is-selected' : undefined}>
                  {spec.columns.map((c) =>
                    c.rowHeader ? (
                      <th key={c.key} scope="row">
                        {formatCell(c, row)}
                        {selected && <span className="visually-hidden"> (selected)</span>}
                      </th>
                    ) : (
                      <td key={c.key} className={c.numeric ? 'num' : undefined}>
                        {formatCell(c, row)}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {notes.length > 0 && (
        <div id={notesId} className="table-notes">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
    </>
  );
}
