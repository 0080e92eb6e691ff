import { memo } from 'react';
import { DumbbellChart } from '../../charts/dumbbell/dumbbell-chart';
import { RatioTrendChart } from '../../charts/ratio-trend/ratio-trend-chart';
import { ScatterChart } from '../../charts/scatter/scatter-chart';
import type { ParitySpecs } from '../../charts/specs/parity-chart-specs';
import { ChartFrame } from '../shared/chart-frame';

/**
 * The Parity view's charts below the scatter: ranks side by side, parity over time and the two
 * deprivation scatters. Memoised on the specs, which follow a switch one render after the
 * scatter's (a deferred value): the render that answers a switch passes the same specs and skips
 * them.
 */
export const ParityLowerCharts = memo(function ParityLowerCharts({
  specs,
}: {
  readonly specs: ParitySpecs;
}) {
  return (
    <>
      {specs.ranks && (
        <ChartFrame
          spec={specs.ranks}
          chart={<DumbbellChart {...specs.ranks.marks} />}
          tableOpen={false}
        />
      )}
      {specs.overTime ? (
        <ChartFrame
          spec={specs.overTime}
          chart={<RatioTrendChart {...specs.overTime.marks} />}
          tableOpen={false}
        />
      ) : (
        <p className="field__hint">Select a borough in the filter to see its parity over time.</p>
      )}
      <div className="parity-deprivation">
        {specs.deprivation.map((spec) => (
          <ChartFrame
            key={spec.title}
            spec={spec}
            chart={<ScatterChart {...spec.marks} description={spec.description} />}
            tableOpen={false}
          />
        ))}
      </div>
    </>
  );
});
