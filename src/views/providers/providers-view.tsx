import { FunnelChart } from '../../charts/funnel/funnel-chart';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/select-field';
import { CI_LEVELS, type CiLevel, type IndicatorId } from '../../domain';
import { LEVEL_NAMES } from '../../model/measure-topics';
import { useSelectionStore } from '../../state/selection-store';
import { DISPERSIONS, type Dispersion } from '../../state/url-state';
import { ChartFrame } from '../shared/chart-frame';
import { StaleRegion } from '../shared/stale-region';
import { ProvidersLowerCharts } from './lower-charts';
import { MeasurePicker } from './measure-picker';
import { OrganisationPicker } from './organisation-picker';
import { missingTopics } from './missing-topics';
import { ServiceAreaSection } from './service-area-section';
import { useProvidersView } from './use-providers-view';

/** "Which services achieve good outcomes, allowing for their size?" */
export function ProvidersView({ chartWidth }: { readonly chartWidth?: number }) {
  const view = useProvidersView();
  const store = useSelectionStore();
  const { measure, funnel, period } = view;
  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;
  const sourceLink = measure && {
    href: `?v=data&i=${measure.id}`,
    onFollow: () => store.openDataEntry(measure.id),
  };
  const missing = missingTopics(view.groups);
  const onlyLondon =
    funnel?.kind === 'funnel' && funnel.units.length > 0 && funnel.units.every((u) => u.london);

  return (
    <>
      <h1 className="view-title">Which services achieve good outcomes, allowing for their size?</h1>
      <div className="controls">
        <MeasurePicker
          groups={view.groups}
          userIds={view.userIds}
          value={measure?.id}
          onChange={(id: IndicatorId) => store.setProviderMeasure(id)}
        />
        {view.periods.length > 0 && (
          <SelectField<string>
            label="Period"
            value={period?.label ?? ''}
            options={view.periods.map((p) => ({ value: p.label, label: p.label }))}
            onChange={(label) =>
              store.setProviderPeriod(label === view.periods[0]?.label ? undefined : label)
            }
          />
        )}
        {funnel?.kind === 'funnel' && (
          <SelectField<Dispersion>
            label="Allow for over-dispersion"
            value={store.dispersion}
            options={(Object.keys(DISPERSIONS) as Dispersion[]).map((d) => ({
              value: d,
              label: DISPERSIONS[d],
            }))}
            onChange={store.setDispersion}
          />
        )}
        <SelectField<CiLevel>
          label="Intervals"
          value={store.ci}
          options={CI_LEVELS.map((c) => ({ value: c, label: `${c}%` }))}
          onChange={store.setCi}
        />
        <OrganisationPicker
          organisations={view.organisations}
          present={view.points}
          value={store.providers}
          onChange={store.setProviders}
        />
      </div>
      {view.unknownMeasure && (
        <p className="notice" role="status">
          The link asked for measure “{view.unknownMeasure}”, which is not in this data; showing{' '}
          {measure?.shortName ?? 'another measure'} instead.
        </p>
      )}
      {view.periodNotice && (
        <p className="notice" role="status">
          {view.periodNotice}
        </p>
      )}
      {missing.length > 0 && (
        <p className="notice" role="status">
          {/* One flex item: the notice's text and its command read as one sentence. */}
          <span>
            Not in this data: {missing.join(', ')}. The bundled data has them; so does a refresh
            from the publishers (<code>npm run data:update</code>) or your own provider file (Load
            data).
          </span>
        </p>
      )}
      {view.absentChoice && measure && (
        <p className="notice" role="status">
          {view.names.get(view.absentChoice) ?? view.absentChoice} has no rows for{' '}
          {measure.shortName}; choose another measure to see its results.
        </p>
      )}
      {view.measureError && (
        <ErrorMessage
          title={`${measure?.shortName ?? 'This measure'} could not be shown; choose another measure above`}
          error={view.measureError}
        />
      )}
      {view.isLoading && !funnel && !view.measureError && (
        <p aria-busy="true">Loading published data…</p>
      )}
      {measure && view.measures.length === 0 && <p>This data holds no provider measures.</p>}
      {measure && period && (
        <p className="field__hint">
          {measure.name} · {LEVEL_NAMES[measure.level]} level · {measure.unit} ·{' '}
          {measure.source.publisher}
        </p>
      )}
      {measure && funnel?.kind === 'no-funnel' && (
        <p className="notice" role="status">
          No funnel plot for {measure.shortName}: {funnel.reason}. Its values are ranked below.
        </p>
      )}
      {onlyLondon && (
        <p className="notice" role="status">
          This data holds only London&apos;s organisations for {measure?.shortName}, so the funnel
          has no England-wide benchmark population; the bundled data has every provider in England.
        </p>
      )}
      {view.funnelSpec && sourceLink && (
        <ChartFrame
          spec={view.funnelSpec}
          sourceLink={sourceLink}
          chart={
            <FunnelChart
              {...view.funnelSpec.marks}
              width={chartWidth}
              description={view.funnelSpec.description}
            />
          }
          tableOpen={false}
        />
      )}
      {view.funnel && view.later.measureId && (
        <StaleRegion stale={view.later.pending}>
          <ProvidersLowerCharts
            measureId={view.later.measureId}
            ranked={view.later.rankedSpec}
            trend={view.later.trendSpec}
            chartWidth={chartWidth}
            onOpenDataEntry={store.openDataEntry}
          />
        </StaleRegion>
      )}
      {view.serviceSpec && view.reference.data && (
        <ServiceAreaSection
          spec={view.serviceSpec}
          providers={view.reference.data.providers}
          onChooseTrust={store.setProviders}
        />
      )}
    </>
  );
}
