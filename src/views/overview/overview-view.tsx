import { RugChart } from '../../charts/rug/rug-chart';
import { ErrorMessage } from '../../components/error-message';
import { asIndicatorId, asAreaCode } from '../../domain';
import { useSelectionStore } from '../../state/selection-store';
import { BenchmarkControls } from '../shared/benchmark-controls';
import { ChartFrame } from '../shared/chart-frame';
import { SidePanel } from '../shared/side-panel';
import { useOverviewView } from './use-overview-view';

export function OverviewView() {
  const view = useOverviewView();
  const openIndicator = useSelectionStore((s) => s.openIndicator);
  const setView = useSelectionStore((s) => s.setView);
  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;

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
              spec={view.spec}
              sourceLink={{ href: '?v=data', onFollow: () => setView('data') }}
              chart={
                <>
                  <p className="field__hint no-export">
                    Arrow keys move between cells; Enter opens the indicator for that borough.
                  </p>
                  <RugChart
                    {...view.spec.marks}
                    caption="Each borough compared with the benchmark on each indicator"
                    onOpen={(indicator, area) =>
                      openIndicator(asIndicatorId(indicator), asAreaCode(area))
                    }
                  />
                </>
              }
              tableOpen={false}
            />
          )}
        </div>
      </div>
    </>
  );
}
