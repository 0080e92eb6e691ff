import {
  Suspense,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { AnyChartSpec } from '../../charts/specs/chart-kinds';
import { SpecLegend } from '../../charts/shared/spec-legend';
import { SpecTable } from '../../charts/shared/spec-table';
import { registerFrame } from '../../export/frame-registry';
import { ExportMenu } from './export-menu';

export interface ChartFrameProps {
  /** Title, subtitle, key, table and source: what the screen and every export read. */
  readonly spec: AnyChartSpec;
  /** The drawing of `spec.marks`. */
  readonly chart: ReactNode;
  /** A key drawn by the chart itself (null), or one that does more on screen than the spec's. */
  readonly legend?: ReactNode;
  readonly notes?: ReactNode;
  /** Whether the table twin starts open (long tables start closed). */
  readonly tableOpen?: boolean;
  /** The indicator's entry in "Data and methods", linked from the source line. */
  readonly sourceLink?: { readonly href: string; readonly onFollow: () => void };
  /** Every area and period for the indicator, where the chart is one indicator's. */
  readonly allCsv?: () => Promise<string>;
}

/** Every chart sits in one frame: title, subtitle, key, chart, table twin, source line. */
export function ChartFrame({
  spec,
  chart,
  legend,
  notes,
  tableOpen = true,
  sourceLink,
  allCsv,
}: ChartFrameProps) {
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  // Bundles include every chart on the view: the frame lists its spec while it is shown.
  useEffect(() => {
    if (!figure.current) return;
    return registerFrame({ spec, node: figure.current, allCsv });
  }, [spec, allCsv]);
  // A closed twin is hidden from everyone, so it is only rendered once opened.
  const [open, setOpen] = useState(tableOpen);
  // The table twin follows a switch just after the chart's frame is painted: its hundreds of
  // cells (below the chart) are no longer in the frame that answers the click. Until then it
  // is marked busy; the same element is reused, so React skips it in the urgent render.
  const tableSpec = useDeferredValue(spec.table);
  const table = useMemo(() => <SpecTable spec={tableSpec} />, [tableSpec]);
  return (
    <figure ref={figure} className="chart-frame" aria-labelledby={titleId}>
      <figcaption>
        <div className="chart-frame__head">
          <h2 id={titleId} className="chart-frame__title">
            {spec.title}
          </h2>
          <ExportMenu spec={spec} allCsv={allCsv} />
        </div>
        <p className="chart-frame__subtitle">{spec.subtitle}</p>
      </figcaption>
      {legend === undefined ? <SpecLegend groups={spec.legend} /> : legend}
      {/* The marks and the table twin each hydrate just after the page is live (at once if
          clicked): the prerendered view answers before its hundreds of SVG and table elements
          are taken over. Nothing in them suspends. */}
      <div className="chart-frame__chart">
        <Suspense fallback={null}>{chart}</Suspense>
      </div>
      {notes}
      <details
        className="chart-frame__table"
        open={open}
        aria-busy={tableSpec !== spec.table || undefined}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>View as table</summary>
        {open && <Suspense fallback={null}>{table}</Suspense>}
      </details>
      <p className="chart-frame__source">
        {spec.source}
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
