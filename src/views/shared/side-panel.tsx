import { BoroughFilter } from '../../components/borough-filter';
import type { Area, Indicator } from '../../domain';
import { useSelectionStore } from '../../state/selection-store';
import { YourDataPanel } from './your-data-panel';

/** The filters every view shares: borough selection (highlighted everywhere) and your data. */
export function SidePanel({
  boroughs,
  indicators,
}: {
  readonly boroughs: readonly Area[];
  readonly indicators: readonly Indicator[];
}) {
  const selected = useSelectionStore((s) => s.boroughs);
  const setBoroughs = useSelectionStore((s) => s.setBoroughs);
  return (
    <aside className="view-layout__filters" aria-label="Filters">
      <BoroughFilter boroughs={boroughs} selected={selected} onChange={setBoroughs} />
      <YourDataPanel indicators={indicators} boroughCodes={boroughs.map((b) => b.code)} />
    </aside>
  );
}
