import { ChartFrame } from '../shared/chart-frame';
import { SpineChart } from '../../charts/spine/spine-chart';
import { SpecTable } from '../../charts/shared/spec-table';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/select-field';
import type { AreaCode, IndicatorId } from '../../domain';
import { useSelectionStore } from '../../state/selection-store';
import { BenchmarkControls } from '../shared/benchmark-controls';
import { SidePanel } from '../shared/side-panel';
import { useProfileView } from './use-profile-view';

/** Community mental health waits: a measure every London mental health trust reports. */
const SERVICES_MEASURE = 'mhsds-mrs01b-provider' as IndicatorId;

export function ProfileView() {
  const view = useProfileView();
  const setProfile = useSelectionStore((s) => s.setProfile);
  const setView = useSelectionStore((s) => s.setView);
  const openProviders = useSelectionStore((s) => s.openProviders);
  if (view.error)
    return <ErrorMessage title="The data for this view could not be loaded" error={view.error} />;
  const { model, borough } = view;

  return (
    <>
      <h1 className="view-title">
        How does {borough?.name ?? 'my borough'} look across mental and physical health?
      </h1>
      <div className="view-layout">
        <SidePanel boroughs={view.boroughs} indicators={view.indicators} />
        <div className="view-layout__main">
          <div className="controls">
            {view.boroughs.length > 0 && (
              <SelectField<AreaCode>
                label="Borough"
                value={(borough?.code ?? '') as AreaCode}
                options={[...view.boroughs]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((b) => ({ value: b.code, label: b.name }))}
                onChange={setProfile}
              />
            )}
            <BenchmarkControls />
          </div>
          {view.unknownProfile && (
            <p className="notice" role="status">
              The link asked for borough “{view.unknownProfile}”, which is not a London borough
              code; showing {borough?.name}. Choose another borough above.
            </p>
          )}
          {view.isLoading && !model && <p aria-busy="true">Loading published data…</p>}
          {model && (
            <>
              <p className="profile-peers">
                <strong>Peers:</strong> {model.peers.map((p) => p.name).join(', ')} (same ICB
                sub-region, and the 5 boroughs nearest in IMD 2019 score).
              </p>
              {view.trusts.map((trust) => (
                <p key={trust.code} className="profile-peers">
                  <a
                    href={`?v=providers&pi=${SERVICES_MEASURE}&po=${trust.code}`}
                    onClick={(e) => {
                      e.preventDefault();
                      openProviders([trust.code], SERVICES_MEASURE);
                    }}
                  >
                    Mental health services for {model.borough.name}
                  </a>
                  : {trust.name} ({trust.code}), its results on the Providers view.
                </p>
              ))}
              {view.ccgTable && (
                <div className="profile-ccg">
                  <SpecTable spec={view.ccgTable} />
                </div>
              )}
              <div className="profile-sections">
                {view.specs.map((spec) => (
                  <ChartFrame
                    key={spec.title}
                    spec={spec}
                    sourceLink={{ href: '?v=data', onFollow: () => setView('data') }}
                    chart={<SpineChart {...spec.marks} />}
                    tableOpen={false}
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
