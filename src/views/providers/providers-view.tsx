import { RankedBarChart } from '../../charts/ranked-bar/ranked-bar-chart';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { formatValue } from '../../charts/shared/format-value';
import { OutcomeLegend } from '../../charts/shared/outcome-legend';
import { SpecTable } from '../../charts/shared/spec-table';
import { TrendChart } from '../../charts/trend/trend-chart';
import { describeTrend } from '../../charts/trend/build-trend-series';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/select-field';
import { CI_LEVELS, type CiLevel, type IndicatorId } from '../../domain';
import { LEVEL_NAMES } from '../../model/measure-topics';
import { useSelectionStore } from '../../state/selection-store';
import { DISPERSIONS, type Dispersion } from '../../state/url-state';
import { frameExport } from '../shared/frame-export';
import { FunnelSection } from './funnel-section';
import { MeasurePicker } from './measure-picker';
import { OrganisationPicker } from './organisation-picker';
import { missingTopics } from './missing-topics';
import { ServiceAreaSection } from './service-area-section';
import { useProvidersView } from './use-providers-view';

/** "Which services achieve good outcomes, allowing for their size?" */
export function ProvidersView({ chartWidth }: { readonly chartWidth?: number }) {
  const view = useProvidersView();
  const store = useSelectionStore();
  const { measure, funnel, ranked, tables, period } = view;
  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;
  const sourceLink = measure && {
    href: `?v=data&i=${measure.id}`,
    onFollow: () => store.openDataEntry(measure.id),
  };
  const missing = missingTopics(view.groups);
  const onlyLondon =
    funnel?.kind === 'funnel' && funnel.units.length > 0 && funnel.units.every((u) => u.london);
  const chosenName = view.chosen ? (view.names.get(view.chosen) ?? view.chosen) : undefined;
  const references = [
    ...(ranked?.references.filter((r) => r.label === 'England') ?? []).map((r) => ({
      ...r,
      dash: '6 3',
    })),
    ...(view.london ? [{ label: 'London', value: view.london.value, dash: '2 2' }] : []),
  ];

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
      {measure && funnel?.kind === 'funnel' && tables?.funnel && sourceLink && (
        <FunnelSection
          measure={measure}
          funnel={funnel}
          table={tables.funnel}
          chartWidth={chartWidth}
          sourceLink={sourceLink}
        />
      )}
      {measure && ranked && tables?.ranked && view.rankedSeries && sourceLink && (
        <ChartFrame
          title={`How do London's ${LEVEL_NAMES[measure.level]}s compare? ${measure.shortName}`}
          subtitle={[
            period?.label,
            ranked.method === 'quintiles'
              ? 'no intervals: not compared with England'
              : `compared with England by ${ranked.ciUsed}% interval (published, or computed from counts where marked)`,
            view.london && !view.london.published ? view.london.label : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
          source={measure.source.attribution}
          sourceLink={sourceLink}
          exportSpec={frameExport(
            [measure.shortName, period?.label, 'london-ranked'],
            tables.ranked,
          )}
          legend={
            <OutcomeLegend
              rows={ranked.rows}
              polarities={[measure.polarity]}
              method={ranked.method}
              benchmarkName="England"
              references={references.map((r) => ({
                label: r.label,
                value: formatValue(r.value, measure.decimals ?? 1),
              }))}
            />
          }
          chart={
            view.rankedSeries.data.length > 0 ? (
              <RankedBarChart
                series={view.rankedSeries}
                references={references}
                unit={measure.unit}
                width={chartWidth}
                labelWidth={300}
                description={`Bar chart of ${measure.shortName} for London organisations, ${period?.label ?? ''}. The table gives every value.`}
              />
            ) : (
              <p>No London organisation has a value in this period.</p>
            )
          }
          tableOpen={false}
          table={<SpecTable spec={tables.ranked} />}
        />
      )}
      {measure && view.trend && tables?.trend && chosenName ? (
        <ChartFrame
          title={`Is it changing? ${chosenName}: ${measure.shortName} over time`}
          subtitle={`${view.trendRows.length} values · with England · bands: 95% intervals (published, or Wilson/Poisson from counts) · predecessors shown as their own lines · each period's funnel verdict is in the table`}
          source={measure.source.attribution}
          sourceLink={sourceLink}
          exportSpec={frameExport([chosenName, measure.shortName, 'over-time'], tables.trend)}
          chart={
            <TrendChart
              series={view.trend}
              unit={measure.unit}
              width={chartWidth}
              description={`Line chart of ${measure.shortName} for ${chosenName} and England over time; the table gives every value and verdict.`}
            />
          }
          notes={
            <ul className="trend-summary">
              {view.trend.lines.map((l) => (
                <li key={l.key}>
                  {l.name}: {describeTrend(l.trend)}
                </li>
              ))}
            </ul>
          }
          tableOpen={false}
          table={<SpecTable spec={tables.trend} />}
        />
      ) : (
        measure && (
          <p className="field__hint">
            Choose an organisation under “Emphasise” (or a borough on the map below) to see its
            trend with each period&apos;s funnel verdict.
          </p>
        )
      )}
      {view.serviceTiles && view.trustsTable && view.reference.data && (
        <ServiceAreaSection
          tiles={view.serviceTiles}
          providers={view.reference.data.providers}
          table={view.trustsTable}
          onChooseTrust={(code) => store.setProviders([code])}
          names={view.names}
        />
      )}
    </>
  );
}
