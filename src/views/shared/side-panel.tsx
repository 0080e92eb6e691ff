import { BoroughFilter } from '../../components/borough-filter';
import type { Area, Indicator } from '../../domain';
import { useEffect } from 'react';
import { useNoticesStore } from '../../state/notices-store';
import { useSelectionStore } from '../../state/selection-store';
import { YourDataPanel } from './your-data-panel';

const SHOWN = 5;

/** One notice for every unknown code a link named, however many. */
function unknownBoroughsNotice(codes: readonly string[]): string {
  if (codes.length === 1)
    return `Ignored borough "${codes[0]}" in the link: no London borough has that code.`;
  const named = codes
    .slice(0, SHOWN)
    .map((c) => `"${c}"`)
    .join(', ');
  const more = codes.length > SHOWN ? ` and ${codes.length - SHOWN} more` : '';
  return `Ignored ${codes.length} boroughs in the link (${named}${more}): no London borough has those codes.`;
}

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
  const dropUnknownBoroughs = useSelectionStore((s) => s.dropUnknownBoroughs);
  const addNotices = useNoticesStore((s) => s.add);
  // A link may name well-formed codes that are no London borough: drop them, and say so once.
  useEffect(() => {
    if (boroughs.length === 0) return;
    const known = new Set<string>(boroughs.map((b) => b.code));
    const unknown = selected.filter((code) => !known.has(code));
    if (unknown.length === 0) return;
    addNotices([unknownBoroughsNotice(unknown)]);
    dropUnknownBoroughs(known);
  }, [boroughs, selected, dropUnknownBoroughs, addNotices]);
  return (
    <aside className="view-layout__filters" aria-label="Filters">
      <BoroughFilter boroughs={boroughs} selected={selected} onChange={setBoroughs} />
      <YourDataPanel indicators={indicators} boroughCodes={boroughs.map((b) => b.code)} />
    </aside>
  );
}
