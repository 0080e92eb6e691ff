import { RugChart } from '../../charts/rug/rug-chart';
import { SpecTable } from '../../charts/shared/spec-table';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { OutcomeLegend } from '../../charts/shared/outcome-legend';
import { ErrorMessage } from '../../components/error-message';
import { asIndicatorId, asAreaCode } from '../../domain';
import { useSelectionStore } from '../../state/selection-store';
import { BenchmarkControls } from '../shared/benchmark-controls';
import { SidePanel } from '../shared/side-panel';
import { useOverviewView } from './use-overview-view';
import { frameExport } from '../shared/frame-export';

export function OverviewView() {
  const view = useOverviewView();
  const openIndicator = useSelectionStore((s) => s.openIndicator);
  const setView = useSelectionStore((s) => s.setView);
  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;
  const allRows = view.inputs.flatMap((i) => i.rows);
  const { benchmarkName, table: rugTable } = view;

  return (
    <>
      <h1 className="view-title">Where does each borough stand?</h1>
      <div className="view-layout">
        <SidePanel boroughs={view.boroughs} indicators={view.indicators} />
        <div className="view-layout__main">
          <div className="controls">
            <BenchmarkControls />
          </div>
          {view.isLoading && view.inputs.length === 0 && (
            <p aria-busy="true">Loading published data…</p>
          )}
          {view.inputs.length > 0 && (
            <ChartFrame
              title="London boroughs compared, mental and physical health"
              subtitle={`Latest period of each indicator · compared with ${benchmarkName} by 95% or 99.8% confidence interval where the data allows; rows without intervals are not compared, only placed by quintile within London (marked) · use arrow keys to move, Enter to open`}
              source={`Sources: ${view.publishers.join('; ')}. Contains public sector information licensed under the Open Government Licence v3.0, except where a source says otherwise.`}
              sourceLink={{ href: '?v=data', onFollow: () => setView('data') }}
              exportSpec={frameExport(['london-overview', `vs-${benchmarkName}`], rugTable)}
              legend={
                <>
                  <OutcomeLegend
                    rows={allRows}
                    polarities={[
                      ...new Set(
                        view.inputs
                          .filter((i) => i.method === 'quintiles')
                          .map((i) => i.indicator.polarity),
                      ),
                    ]}
                    method="ci-overlap"
                    benchmarkName={benchmarkName}
                    references={[]}
                  />
                </>
              }
              chart={
                <RugChart
                  series={view.series}
                  caption="Each borough compared with the benchmark on each indicator"
                  onOpen={(indicator, area) =>
                    openIndicator(asIndicatorId(indicator), asAreaCode(area))
                  }
                />
              }
              tableOpen={false}
              table={<SpecTable spec={rugTable} />}
            />
          )}
        </div>
      </div>
    </>
  );
}
