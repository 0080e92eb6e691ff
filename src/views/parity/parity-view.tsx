import { useDeferredValue } from 'react';
import { ScatterChart } from '../../charts/scatter/scatter-chart';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/select-field';
import { DOMAINS, type IndicatorId, type Sex } from '../../domain';
import { useSelectionStore } from '../../state/selection-store';
import { ChartFrame } from '../shared/chart-frame';
import { SidePanel } from '../shared/side-panel';
import { StaleRegion } from '../shared/stale-region';
import { ParityLowerCharts } from './lower-charts';
import { useParityView } from './use-parity-view';

/** "Is mental health keeping pace with physical health?", borough by borough. */
export function ParityView() {
  const view = useParityView();
  const setPair = useSelectionStore((s) => s.setParityPair);
  const setSex = useSelectionStore((s) => s.setSex);
  const sex = useSelectionStore((s) => s.sex);
  // The charts below the first screen follow a switch just after the scatter's frame is painted.
  const lowerSpecs = useDeferredValue(view.specs);
  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;
  const { mental, physical, model, specs } = view;
  const options = [...view.indicators]
    .sort((a, b) => a.domain.localeCompare(b.domain) || a.shortName.localeCompare(b.shortName))
    .map((i) => ({ value: i.id, label: `${i.shortName} (${DOMAINS[i.domain]})` }));
  const pairValue =
    view.pairs.find((p) => p.mental === mental?.id && p.physical === physical?.id)?.label ?? '';
  // The sex picker applies to whichever indicator is published by sex (Persons stays Persons).
  const splitSide = model && (model.physical.sexes.length > 1 ? model.physical : model.mental);
  const sexes = splitSide && splitSide.sexes.length > 1 ? splitSide.sexes : [];

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
          {model && specs && mental && physical && (
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
                spec={specs.scatter}
                chart={
                  <ScatterChart {...specs.scatter.marks} description={specs.scatter.description} />
                }
                tableOpen={false}
              />
              {lowerSpecs && (
                <StaleRegion stale={lowerSpecs !== specs}>
                  <ParityLowerCharts specs={lowerSpecs} />
                </StaleRegion>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
