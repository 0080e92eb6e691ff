import { BoroughFilter } from '../../components/borough-filter';
import type { Area, Indicator } from '../../domain';
import { useEffect } from 'react';
import { useNoticesStore } from '../../state/notices-store';
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
  const addNotices = useNoticesStore((s) => s.add);
  // A link may name a well-formed code that is no London borough: drop it, and say so.
  useEffect(() => {
    if (boroughs.length === 0) return;
    const known = new Set<string>(boroughs.map((b) => b.code));
    const unknown = selected.filter((code) => !known.has(code));
    if (unknown.length === 0) return;
    addNotices(
      unknown.map(
        (code) => `Ignored borough "${code}" in the link: no London borough has that code.`,
      ),
    );
    setBoroughs(selected.filter((code) => known.has(code)));
  }, [boroughs, selected, setBoroughs, addNotices]);
  return (
    <aside className="view-layout__filters" aria-label="Filters">
      <BoroughFilter boroughs={boroughs} selected={selected} onChange={setBoroughs} />
      <YourDataPanel indicators={indicators} boroughCodes={boroughs.map((b) => b.code)} />
    </aside>
  );
}
