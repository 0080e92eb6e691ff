import { DumbbellChart } from '../../charts/dumbbell/dumbbell-chart';
import { RatioTrendChart } from '../../charts/ratio-trend/ratio-trend-chart';
import { ScatterChart } from '../../charts/scatter/scatter-chart';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { SpecTable } from '../../charts/shared/spec-table';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/select-field';
import { DOMAINS, type IndicatorId, type Sex } from '../../domain';
import { isFitted, type ScatterModel } from '../../model/parity';
import type { GapTrend } from '../../stats';
import { useSelectionStore } from '../../state/selection-store';
import { frameExport } from '../shared/frame-export';
import { SidePanel } from '../shared/side-panel';
import { useParityView } from './use-parity-view';

const fitWords = (model: ScatterModel) => {
  const fit = model.fit;
  if (!isFitted(fit)) return `no line fitted: ${fit.reason}`;
  const r2 = `R² ${fit.r2.toFixed(2)} (95% CI ${fit.r2Interval.lower.toFixed(2)} to ${fit.r2Interval.upper.toFixed(2)})`;
  return `${fit.significant ? 'least-squares line' : 'least-squares line, not significant (dashed)'}, ${r2}, n = ${fit.n}; shaded: 95% prediction band; ◆ outside it`;
};

const gapWords = (gap: GapTrend) =>
  gap.kind === 'cannot-be-calculated'
    ? `gap trend cannot be calculated: ${gap.reason}`
    : gap.kind === 'no-significant-change'
      ? 'no significant change in the gap between the two over the last 5 shared periods'
      : `the gap between the two is ${gap.kind} (last 5 shared periods)`;

/** "Is mental health keeping pace with physical health?", borough by borough. */
export function ParityView() {
  const view = useParityView();
  const setPair = useSelectionStore((s) => s.setParityPair);
  const setSex = useSelectionStore((s) => s.setSex);
  const sex = useSelectionStore((s) => s.sex);
  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;
  const { mental, physical, model, tables } = view;
  const options = [...view.indicators]
    .sort((a, b) => a.domain.localeCompare(b.domain) || a.shortName.localeCompare(b.shortName))
    .map((i) => ({ value: i.id, label: `${i.shortName} (${DOMAINS[i.domain]})` }));
  const pairValue =
    view.pairs.find((p) => p.mental === mental?.id && p.physical === physical?.id)?.label ?? '';
  // The sex picker applies to whichever indicator is published by sex (Persons stays Persons).
  const splitSide = model && (model.physical.sexes.length > 1 ? model.physical : model.mental);
  const sexes = splitSide && splitSide.sexes.length > 1 ? splitSide.sexes : [];
  const sources = [mental, physical].flatMap((i) => (i ? [i.source.attribution] : []));
  const source = [...new Set(sources)].join(' ');

  return (
    <>
      <h1 className="view-title">Is mental health keeping pace with physical health?</h1>
      <div className="view-layout">
        <SidePanel boroughs={view.boroughs} indicators={view.indicators} />
        <div className="view-layout__main">
          <div className="controls">
            {view.pairs.length > 0 && (
              <SelectField<string>
                label="Suggested pair"
                value={pairValue}
                options={[
                  ...(pairValue ? [] : [{ value: '', label: 'Your own choice' }]),
                  ...view.pairs.map((p) => ({ value: p.label, label: p.label })),
                ]}
                onChange={(label) => {
                  const pair = view.pairs.find((p) => p.label === label);
                  if (pair) setPair(pair.mental as IndicatorId, pair.physical as IndicatorId);
                }}
              />
            )}
            <SelectField<string>
              label="Mental health indicator"
              value={mental?.id ?? ''}
              options={options}
              onChange={(id) => setPair(id as IndicatorId, physical?.id)}
            />
            <SelectField<string>
              label="Physical health indicator"
              value={physical?.id ?? ''}
              options={options}
              onChange={(id) => setPair(mental?.id, id as IndicatorId)}
            />
            {sexes.length > 1 && (
              <SelectField<Sex>
                label="Sex"
                value={splitSide?.sex ?? sex ?? 'Persons'}
                options={sexes.map((s) => ({ value: s, label: s }))}
                onChange={setSex}
              />
            )}
          </div>
          {view.unknown.map((id) => (
            <p key={id} className="notice" role="status">
              The link asked for indicator “{id}”, which is not in this data; showing a suggested
              pair instead.
            </p>
          ))}
          {view.isLoading && !model && <p aria-busy="true">Loading published data…</p>}
          {model && tables && mental && physical && (
            <>
              <section className="parity-summary" aria-labelledby="parity-summary-heading">
                <h2 id="parity-summary-heading">In brief</h2>
                <ul>
                  {model.summary.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </section>
              <ChartFrame
                title={`Do boroughs that do well on ${physical.shortName} also do well on ${mental.shortName}?`}
                subtitle={`${model.mental.label} against ${model.physical.label}${model.periodsDiffer ? ' (different periods)' : ''} · ${fitWords(model.scatter)}`}
                source={source}
                exportSpec={frameExport(
                  [mental.shortName, 'against', physical.shortName],
                  tables.scatter,
                )}
                chart={
                  <ScatterChart
                    model={model.scatter}
                    description={`Scatter of London boroughs: ${model.scatter.yLabel} against ${model.scatter.xLabel}. The table gives every value.`}
                  />
                }
                tableOpen={false}
                table={<SpecTable spec={tables.scatter} />}
              />
              {model.ranks.rows.length > 0 && (
                <ChartFrame
                  title={`Where is the parity gap? Each borough's rank on ${mental.shortName} and ${physical.shortName}`}
                  subtitle={`Circles: rank on ${model.mental.label}; squares: rank on ${model.physical.label}; whiskers: 95% rank intervals where intervals are published; * a significant gap (intervals do not overlap); sorted by the gap`}
                  source={source}
                  exportSpec={frameExport(
                    [mental.shortName, physical.shortName, 'ranks'],
                    tables.ranks,
                  )}
                  chart={
                    <DumbbellChart
                      ranks={model.ranks}
                      mentalName={mental.shortName}
                      physicalName={physical.shortName}
                    />
                  }
                  tableOpen={false}
                  table={<SpecTable spec={tables.ranks} />}
                />
              )}
              {model.overTime && tables.overTime ? (
                <ChartFrame
                  title={`Is the gap closing? ${model.overTime.borough.name} relative to England over time`}
                  subtitle={`${mental.shortName} (circles) and ${physical.shortName} (squares, dashed), each period ÷ England's value · ${gapWords(model.overTime.gap)}`}
                  source={source}
                  exportSpec={frameExport(
                    [
                      model.overTime.borough.name,
                      mental.shortName,
                      physical.shortName,
                      'over-time',
                    ],
                    tables.overTime,
                  )}
                  chart={
                    <RatioTrendChart
                      model={model.overTime}
                      mentalName={mental.shortName}
                      physicalName={physical.shortName}
                    />
                  }
                  tableOpen={false}
                  table={<SpecTable spec={tables.overTime} />}
                />
              ) : (
                <p className="field__hint">
                  Select a borough in the filter to see its parity over time.
                </p>
              )}
              <div className="parity-deprivation">
                {/* tables.deprivation is built from model.deprivation, index for index. */}
                {model.deprivation.map((d, i) => (
                  <ChartFrame
                    key={d.side.indicator.id}
                    title={`Given deprivation, who does better? ${d.side.indicator.shortName}`}
                    subtitle={`${d.side.label} against IMD 2019 average score · ${fitWords(d)}`}
                    source={`${d.side.indicator.source.attribution} IMD 2019: Ministry of Housing, Communities and Local Government.`}
                    exportSpec={frameExport(
                      [d.side.indicator.shortName, 'against', 'deprivation'],
                      tables.deprivation[i]!,
                    )}
                    chart={
                      <ScatterChart
                        model={d}
                        description={`Scatter of London boroughs: ${d.yLabel} against deprivation. The table gives every value.`}
                      />
                    }
                    tableOpen={false}
                    table={<SpecTable spec={tables.deprivation[i]!} />}
                  />
                ))}
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
}
