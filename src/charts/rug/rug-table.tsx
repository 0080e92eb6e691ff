import type { RugSeries } from './build-rug-series';

/** The rug's twin: every value and comparison in words, one row per indicator and borough group. */
export function RugTable({
  series,
  caption,
}: {
  readonly series: RugSeries;
  readonly caption: string;
}) {
  const columns = series.columnGroups.flatMap((g) => g.boroughs);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Borough</th>
            <th scope="col">Value</th>
            <th scope="col">Comparison</th>
          </tr>
        </thead>
        <tbody>
          {series.rowGroups.flatMap((g) =>
            g.rows.flatMap((row) =>
              row.cells.map((cell, i) => (
                <tr
                  key={`${row.indicator.id}-${cell.code}`}
                  className={cell.selected ? 'is-selected' : undefined}
                >
                  <td>{row.title}</td>
                  <th scope="row">{columns[i]?.name}</th>
                  <td>{cell.value}</td>
                  <td>{cell.outcome}</td>
                </tr>
              )),
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
