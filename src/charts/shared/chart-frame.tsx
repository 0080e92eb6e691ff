import { useId, useState, type ReactNode } from 'react';

export interface ChartFrameProps {
  /** The question the chart answers. */
  readonly title: string;
  /** Indicator, period, benchmark and method. */
  readonly subtitle: string;
  /** Source and licence attribution for what is shown. */
  readonly source: string;
  readonly legend?: ReactNode;
  readonly chart: ReactNode;
  /** The accessible twin: the same numbers as a table. */
  readonly table: ReactNode;
  readonly notes?: ReactNode;
  /** Whether the table twin starts open (long tables start closed). */
  readonly tableOpen?: boolean;
  /** The indicator's entry in "Data and methods", linked from the source line. */
  readonly sourceLink?: { readonly href: string; readonly onFollow: () => void };
}

/** Every chart sits in one frame: title, subtitle, legend, chart, table twin, source line. */
export function ChartFrame({
  title,
  subtitle,
  source,
  legend,
  chart,
  table,
  notes,
  tableOpen = true,
  sourceLink,
}: ChartFrameProps) {
  const titleId = useId();
  // A closed twin is hidden from everyone, so it is only rendered once opened.
  const [open, setOpen] = useState(tableOpen);
  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <figcaption>
        <h2 id={titleId} className="chart-frame__title">
          {title}
        </h2>
        <p className="chart-frame__subtitle">{subtitle}</p>
      </figcaption>
      {legend}
      <div className="chart-frame__chart">{chart}</div>
      {notes}
      <details
        className="chart-frame__table"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>View as table</summary>
        {open && table}
      </details>
      <p className="chart-frame__source">
        {source}
        {sourceLink && (
          <>
            {' '}
            <a
              href={sourceLink.href}
              onClick={(e) => {
                e.preventDefault();
                sourceLink.onFollow();
              }}
            >
              About this data and its methods
            </a>
          </>
        )}
      </p>
    </figure>
  );
}
