import { useDeferredValue } from 'react';
import {
  BENCHMARKS,
  describeReject,
  type AreaCode,
  type BenchmarkKey,
  type Sex,
} from '../../domain';
import { RankedBarChart } from '../../charts/ranked-bar/ranked-bar-chart';
import { rankedBarIsApplicable } from '../../charts/ranked-bar/ranked-bar-is-applicable';
import { SpecTable } from '../../charts/shared/spec-table';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { OutcomeLegend } from '../../charts/shared/outcome-legend';
import { ErrorMessage } from '../../components/error-message';
import { IndicatorPicker } from '../../components/indicator-picker';
import { SelectField } from '../../components/select-field';
import { useSelectionStore } from '../../state/selection-store';
import { CI_LEVELS, type CiLevel } from '../../state/url-state';
import { SidePanel } from '../shared/side-panel';
import { GoodPracticePanel, VariationSummaryPanel } from './good-practice-panels';
import { DistributionChart } from '../../charts/distribution/distribution-chart';
import { distributionTableSpec } from '../../charts/distribution/distribution-table-spec';
import { TileMapChart } from '../../charts/tile-map/tile-map-chart';
import { MAX_TREND_BOROUGHS } from '../../charts/trend/build-trend-series';
import { TrendChart } from '../../charts/trend/trend-chart';
import { trendTableSpec } from '../../charts/trend/trend-table-spec';
import { TrendSummary } from './trend-summary';
import { useIndicatorView } from './use-indicator-view';
import { describeReleases } from '../shared/describe-releases';

export function IndicatorView({ chartWidth }: { readonly chartWidth?: number }) {
  const view = useIndicatorView();
  // The charts below the fold render just after the ranked chart, so a switch paints at once.
  const trend = useDeferredValue(view.trend);
  const distribution = useDeferredValue(view.distribution);
  const tiles = useDeferredValue(view.tiles);
  const stale = trend !== view.trend || distribution !== view.distribution || tiles !== view.tiles;
  const store = useSelectionStore();
  const { indicator, model } = view;

  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;

  return (
    <>
      <h1 className="view-title">How much does this vary, and what does good look like?</h1>
      <div className="view-layout">
        <SidePanel boroughs={view.boroughs} indicators={view.allIndicators} />
        <div className="view-layout__main">
          <div className="controls">
            <IndicatorPicker
              indicators={view.indicators}
              value={indicator?.id}
              onChange={store.setIndicator}
            />
            {model && (
              <>
                <SelectField
                  label="Period"
                  value={model.period?.label ?? ''}
                  options={model.periods.map((p) => ({ value: p.label, label: p.label }))}
                  onChange={(p) => store.setPeriod(p === model.periods[0]?.label ? undefined : p)}
                />
                {model.sexes.length > 1 && (
                  <SelectField<Sex>
                    label="Sex"
                    value={model.sex}
                    options={model.sexes.map((s) => ({ value: s, label: s }))}
                    onChange={store.setSex}
                  />
                )}
              </>
            )}
            <SelectField<BenchmarkKey>
              label="Benchmark"
              value={view.selection.benchmark}
              options={(Object.keys(BENCHMARKS) as BenchmarkKey[]).map((b) => ({
                value: b,
                label: BENCHMARKS[b],
              }))}
              onChange={store.setBenchmark}
            />
            <SelectField<CiLevel>
              label="Confidence level"
              value={view.selection.ci}
              options={CI_LEVELS.map((c) => ({ value: c, label: `${c}%` }))}
              onChange={store.setCi}
            />
          </div>

          {view.catalogue.data?.notice && (
            <p className="notice" role="status">
              {view.catalogue.data.notice}
            </p>
          )}
          {view.unknownIndicator && (
            <p className="notice" role="status">
              The link asked for indicator “{view.unknownIndicator}”, which is not in this data;
              showing {indicator?.shortName}.
            </p>
          )}
          {model?.notices.map((n) => (
            <p key={n} className="notice" role="status">
              {n}
            </p>
          ))}
          {view.rejects.length > 0 && (
            <div className="notice" role="status">
              {view.rejects.length} row(s) of {indicator?.file} could not be read and are left out.
              First: {describeReject(view.rejects[0]!)}
            </div>
          )}

          {view.isLoading && !model && <p aria-busy="true">Loading published data…</p>}
          {indicator && model && (
            <>
              <ChartFrame
                title={view.rankedSpec!.title}
                subtitle={view.rankedSpec!.subtitle}
                source={view.rankedSpec!.source}
                sourceLink={{
                  href: `?v=data&i=${indicator.id}`,
                  onFollow: () => store.openDataEntry(indicator.id),
                }}
                legend={
                  <OutcomeLegend
                    rows={model.rows}
                    polarities={[indicator.polarity]}
                    method={model.method}
                    benchmarkName={model.benchmarkName}
                    references={model.references.map((r) => r.label)}
                    bestQuartile={view.bestQuartile !== undefined}
                  />
                }
                chart={
                  rankedBarIsApplicable(model.rows) ? (
                    <RankedBarChart
                      series={view.series!}
                      references={view.references}
                      bestQuartile={view.bestQuartile}
                      unit={indicator.unit}
                      width={chartWidth}
                      description={`Bar chart of ${indicator.shortName} for London boroughs, ${model.period?.label ?? ''}. The table below gives every value.`}
                    />
                  ) : (
                    <p>Too few boroughs have a value in this period to rank them.</p>
                  )
                }
                table={<SpecTable spec={view.rankedSpec!.table} />}
                notes={
                  (indicator.caveats.length > 0 || indicator.releases) && (
                    <details className="caveats">
                      <summary>About this indicator</summary>
                      <ul>
                        {indicator.caveats.map((c) => (
                          <li key={c}>{c}</li>
                        ))}
                      </ul>
                      {indicator.releases && (
                        <>
                          <p>Where each period comes from (newest release first):</p>
                          <ul>
                            {describeReleases(indicator).map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </ul>
                        </>
                      )}
                      <p>
                        Publisher: {indicator.source.publisher}.{' '}
                        <a href={indicator.source.url}>Source page</a>.
                      </p>
                    </details>
                  )
                }
              />
              <div className={stale ? 'is-stale' : undefined} aria-busy={stale}>
                {trend && (
                  <ChartFrame
                    title={`Is it changing? ${indicator.shortName} over time`}
                    subtitle={`${model.sexes.length > 1 ? `${model.sex} · ` : ''}selected boroughs (up to ${MAX_TREND_BOROUGHS}) with London and England · shaded bands are 95% confidence intervals where published`}
                    source={indicator.source.attribution}
                    sourceLink={{
                      href: `?v=data&i=${indicator.id}`,
                      onFollow: () => store.openDataEntry(indicator.id),
                    }}
                    chart={
                      <TrendChart
                        series={trend}
                        unit={indicator.unit}
                        width={chartWidth}
                        description={`Line chart of ${indicator.shortName} over time; the table gives every value.`}
                      />
                    }
                    notes={<TrendSummary series={trend} />}
                    tableOpen={false}
                    table={
                      <SpecTable spec={trendTableSpec(trend, `${indicator.shortName} over time`)} />
                    }
                  />
                )}
                {distribution && distribution.length >= 2 && (
                  <ChartFrame
                    title={`Is variation narrowing? ${indicator.shortName} across London by period`}
                    subtitle={`Boxes: the middle half of London's boroughs; whiskers: lowest and highest; line: median; diamond: ${model.benchmarkName}`}
                    source={indicator.source.attribution}
                    sourceLink={{
                      href: `?v=data&i=${indicator.id}`,
                      onFollow: () => store.openDataEntry(indicator.id),
                    }}
                    chart={
                      <DistributionChart
                        periods={distribution}
                        benchmarkName={model.benchmarkName}
                        unit={indicator.unit}
                      />
                    }
                    tableOpen={false}
                    table={
                      <SpecTable
                        spec={distributionTableSpec(
                          distribution,
                          `${indicator.shortName}: London boroughs' spread by period`,
                          model.benchmarkName,
                        )}
                      />
                    }
                  />
                )}
                {tiles && (
                  <ChartFrame
                    title={`Where in London? ${indicator.shortName}`}
                    subtitle={`${model.period?.label ?? ''} · each square is a borough, roughly in its place · arrow keys move, Enter selects`}
                    source={indicator.source.attribution}
                    sourceLink={{
                      href: `?v=data&i=${indicator.id}`,
                      onFollow: () => store.openDataEntry(indicator.id),
                    }}
                    chart={
                      <TileMapChart
                        series={tiles}
                        onToggle={(code) => store.toggleBorough(code as AreaCode)}
                      />
                    }
                    tableOpen={false}
                    table={
                      <SpecTable
                        spec={{
                          ...view.rankedSpec!.table,
                          caption: `${indicator.shortName} by borough`,
                          rows: [...model.rows].sort((a, b) => a.name.localeCompare(b.name)),
                        }}
                      />
                    }
                  />
                )}
              </div>
              {view.variation && view.good && (
                <div className="panels">
                  <VariationSummaryPanel
                    panel={view.variation}
                    indicator={indicator}
                    benchmarkName={model.benchmarkName}
                  />
                  <GoodPracticePanel
                    good={view.good}
                    indicator={indicator}
                    benchmarkName={model.benchmarkName}
                  />
                </div>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
