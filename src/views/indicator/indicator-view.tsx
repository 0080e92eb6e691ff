import { Suspense, useDeferredValue } from 'react';
import { useHydrated } from '../../components/use-hydrated';
import { BENCHMARKS, describeReject, type BenchmarkKey, type Sex } from '../../domain';
import { ErrorMessage } from '../../components/error-message';
import { IndicatorPicker } from '../../components/indicator-picker';
import { SelectField } from '../../components/select-field';
import { useSelectionStore } from '../../state/selection-store';
import { CI_LEVELS, type CiLevel } from '../../state/url-state';
import { SidePanel } from '../shared/side-panel';
import { StaleRegion } from '../shared/stale-region';
import { GoodPracticePanel, VariationSummaryPanel } from './good-practice-panels';
import { RankedSection } from './ranked-section';
import { SecondaryCharts } from './secondary-charts';
import { useIndicatorView } from './use-indicator-view';
import { allPointsCsv } from '../shared/frame-export';

export function IndicatorView({ chartWidth }: { readonly chartWidth?: number }) {
  const view = useIndicatorView();
  const hydrated = useHydrated();
  // The charts below the fold render just after the ranked chart, so a switch paints at once.
  const trendSpec = useDeferredValue(view.trendSpec);
  const distributionSpec = useDeferredValue(view.distributionSpec);
  const tileSpec = useDeferredValue(view.tileSpec);
  const stale =
    view.pending === true ||
    trendSpec !== view.trendSpec ||
    distributionSpec !== view.distributionSpec ||
    tileSpec !== view.tileSpec;
  const store = useSelectionStore();
  const { indicator, model } = view;
  const allCsv = indicator ? allPointsCsv(view.points ?? [], indicator) : async () => '';

  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;

  return (
    <>
      <h1 className="view-title">How much does this vary, and what does good look like?</h1>
      <div className="view-layout">
        {/* The side panel and the panels below the chart are hydrated just after the rest (React
            hydrates a Suspense boundary at idle priority, and at once if it is clicked first):
            the chart and its controls answer about 20 ms sooner on a cold load. */}
        <Suspense fallback={null}>
          <SidePanel boroughs={view.boroughs} indicators={view.allIndicators} />
        </Suspense>
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

          {view.organisationMeasure && (
            <p className="notice" role="status">
              <span>
                {view.organisationMeasure.shortName} is measured for organisations, not boroughs: it
                is on the{' '}
                <a
                  href={`?v=providers&pi=${view.organisationMeasure.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    if (view.organisationMeasure) {
                      store.setProviderMeasure(view.organisationMeasure.id);
                      store.setView('providers');
                    }
                  }}
                >
                  Providers view
                </a>
                . Showing {indicator?.shortName} here.
              </span>
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

          {view.fallback && (
            <p className="notice" role="status">
              {view.fallback}
            </p>
          )}
          {view.indicatorError && (
            <ErrorMessage
              title={`${indicator?.shortName ?? 'This indicator'} could not be shown; choose another indicator above`}
              error={view.indicatorError}
            />
          )}
          {view.isLoading && !model && !view.indicatorError && (
            <p aria-busy="true">Loading published data…</p>
          )}
          {indicator && model && (
            <>
              {view.rankedSpec && (
                <RankedSection
                  indicator={indicator}
                  spec={view.rankedSpec}
                  chartWidth={chartWidth}
                  onOpenDataEntry={store.openDataEntry}
                  allCsv={allCsv}
                />
              )}
              <StaleRegion className="secondary-charts" stale={stale}>
                {/* Below the first screen: drawn once the app is live, not in the prerendered page. */}
                {hydrated && (
                  <SecondaryCharts
                    indicator={indicator}
                    trend={trendSpec || undefined}
                    distribution={distributionSpec || undefined}
                    tiles={tileSpec || undefined}
                    chartWidth={chartWidth}
                    onToggleBorough={store.toggleBorough}
                    onOpenDataEntry={store.openDataEntry}
                    allCsv={allCsv}
                  />
                )}
              </StaleRegion>
              {view.variation && view.good && (
                <Suspense fallback={null}>
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
                </Suspense>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
