import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { registerFrame, type FrameExport } from '../../export/frame-registry';
import { ExportMenu } from './export-menu';

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
  /** What "Export" saves: the file name's parts and the table as CSV. */
  readonly exportSpec?: FrameExport;
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
  exportSpec,
}: ChartFrameProps) {
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  // Bundles include every chart on the view: the frame lists itself while it is shown.
  useEffect(() => {
    if (!exportSpec || !figure.current) return;
    return registerFrame({ ...exportSpec, title, node: figure.current });
  }, [exportSpec, title]);
  // A closed twin is hidden from everyone, so it is only rendered once opened.
  const [open, setOpen] = useState(tableOpen);
  return (
    <figure ref={figure} className="chart-frame" aria-labelledby={titleId}>
      <figcaption>
        <div className="chart-frame__head">
          <h2 id={titleId} className="chart-frame__title">
            {title}
          </h2>
          {exportSpec && (
            <ExportMenu title={title} frame={() => figure.current} spec={exportSpec} />
          )}
        </div>
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
              className="no-export"
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
