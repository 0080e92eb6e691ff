import type { Area, BenchmarkKey, CiLevel, DataPoint, Indicator } from '../../domain';
import { buildRugSeries, type RugIndicatorInput } from '../../charts/rug/build-rug-series';
import { overviewChartSpec } from '../../charts/specs/overview-chart-spec';
import type { SpecContext } from '../../charts/specs/spec-parts';
import { compareAreas, sexesToShow } from '../../model/compare-areas';

export interface OverviewChoice {
  readonly boroughs: readonly string[];
  readonly benchmark: BenchmarkKey;
  readonly ci: CiLevel;
}

/**
 * The Overview's model: every borough indicator's latest comparison as one row of the tartan
 * rug (Persons where published; otherwise each sex as its own labelled row, never one
 * silently), and the rug's spec. Pure: the hook joins data and selection, this does the rest.
 */
export function buildOverviewModel(
  indicators: readonly Indicator[],
  points: ReadonlyMap<string, readonly DataPoint[]>,
  boroughs: readonly Area[],
  choice: OverviewChoice,
  context: SpecContext,
) {
  const inputs = boroughs.length
    ? indicators.flatMap((indicator) => {
        const own = points.get(indicator.id);
        return own ? rugRows(indicator, own, boroughs, choice) : [];
      })
    : [];
  const series = buildRugSeries(inputs, boroughs);
  const benchmarkName = inputs[0]?.benchmarkName ?? 'England';
  return { inputs, spec: overviewChartSpec(inputs, series, benchmarkName, context) };
}

function rugRows(
  indicator: Indicator,
  points: readonly DataPoint[],
  boroughs: readonly Area[],
  choice: OverviewChoice,
): RugIndicatorInput[] {
  return sexesToShow(points).map((sex): RugIndicatorInput => {
    const model = compareAreas({
      indicator,
      points,
      units: boroughs,
      selected: choice.boroughs,
      benchmark: choice.benchmark,
      ci: choice.ci,
      sex,
    });
    const reference = (label: string) => model.references.find((r) => r.label === label)?.value;
    return {
      indicator,
      periodLabel: model.period?.label ?? 'period not stated',
      sex: model.sex,
      rows: model.rows,
      benchmarkName: model.benchmarkName,
      method: model.method === 'quintiles' ? 'quintiles' : 'ci',
      london: reference('London'),
      england: reference('England'),
    };
  });
}
