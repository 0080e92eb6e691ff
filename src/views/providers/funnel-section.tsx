import type { Indicator } from '../../domain';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { SpecTable } from '../../charts/shared/spec-table';
import { FunnelChart } from '../../charts/funnel/funnel-chart';
import { DISPERSION_WORDS } from '../../charts/funnel/dispersion-words';
import { JUDGEMENT_FILL } from '../../charts/funnel/funnel-marks';
import type { FunnelTableRow } from '../../charts/funnel/funnel-table-spec';
import type { TableSpec } from '../../charts/shared/table-spec';
import { formatValue } from '../../charts/shared/format-value';
import type { ProviderFunnel } from '../../model/provider-funnel';
import { frameExport } from '../shared/frame-export';

const SPIEGELHALTER =
  'Spiegelhalter DJ. Handling over-dispersion of performance indicators. Qual Saf Health Care 2005;14:347–351; Funnel plots for comparing institutional performance. Stat Med 2005;24:1185–1202';

const TARGET_WORDS: Record<ProviderFunnel['targetSource'], string> = {
  england: 'England as published',
  pooled: 'all organisations pooled: no England value published for this period',
  'ratio-one': 'observed equals expected',
};

/** φ and τ² in words, with what they did to the limits. */
export function describeDispersion(funnel: ProviderFunnel): string {
  const d = funnel.dispersion;
  if (!d) return 'Over-dispersion not allowed for: limits assume only chance variation.';
  const phi = `φ = ${d.phi.toFixed(2)} from ${d.k} organisations (z-scores Winsorised at 10%)`;
  const tau = d.mode === 'additive' ? `, τ² = ${formatValue(d.tau2, 3)}` : '';
  const effect = d.widened
    ? 'the limits are widened accordingly'
    : 'no over-dispersion found (φ ≤ 1), so the limits are unchanged';
  return `${DISPERSION_WORDS[d.mode]}: ${phi}${tau}; ${effect}.`;
}

function FunnelLegend({ funnel }: { readonly funnel: ProviderFunnel }) {
  return (
    <div className="legend">
      <ul className="legend__items">
        <li className="legend__item">● within the 95% limits</li>
        <li className="legend__item">△ ▽ outside 95% (open)</li>
        <li className="legend__item">▲ ▼ outside 99.8% (filled)</li>
        <li className="legend__item">
          <span className="legend__swatch" style={{ background: JUDGEMENT_FILL.better }} />
          better
        </li>
        <li className="legend__item">
          <span className="legend__swatch" style={{ background: JUDGEMENT_FILL.worse }} />
          worse
        </li>
        <li className="legend__item">
          large, outlined: London (named when outside 99.8%, where there is room) · largest, bold
          name: chosen
        </li>
        <li className="legend__item">
          solid line: target {formatValue(funnel.target, 2)} ({TARGET_WORDS[funnel.targetSource]}) ·
          dashed: 95% limits · solid curves: 99.8% limits
        </li>
      </ul>
    </div>
  );
}

/** "Is it really below average, or noise?": the funnel of every organisation in England. */
export function FunnelSection({
  measure,
  funnel,
  table,
  chartWidth,
  sourceLink,
}: {
  readonly measure: Indicator;
  readonly funnel: ProviderFunnel;
  readonly table: TableSpec<FunnelTableRow>;
  readonly chartWidth?: number;
  readonly sourceLink: { readonly href: string; readonly onFollow: () => void };
}) {
  const london = funnel.units.filter((u) => u.london).length;
  return (
    <ChartFrame
      title={`Is it really different, or noise? ${measure.shortName} against size`}
      subtitle={[
        funnel.period.label,
        london === funnel.units.length
          ? `${london} London organisations (no others in this data)`
          : `${funnel.units.length} organisations in England, ${london} in London`,
        `${funnel.londonOutside998} of London's outside the 99.8% limits, ${funnel.londonOutside95} outside 95%`,
        describeDispersion(funnel),
      ].join(' · ')}
      source={`${measure.source.attribution} Limits: Wilson (proportions) or exact Poisson (ratios), as PHEindicatormethods; over-dispersion: ${SPIEGELHALTER}.`}
      sourceLink={sourceLink}
      exportSpec={frameExport([measure.shortName, funnel.period.label, 'funnel'], table)}
      legend={<FunnelLegend funnel={funnel} />}
      chart={
        <FunnelChart
          funnel={funnel}
          unit={measure.unit}
          width={chartWidth}
          description={`Funnel plot of ${measure.shortName} for ${funnel.units.length} organisations by ${funnel.xLabel.toLowerCase()}; the table lists each with its place against the limits.`}
        />
      }
      tableOpen={false}
      table={<SpecTable spec={table} />}
    />
  );
}
