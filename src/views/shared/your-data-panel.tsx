import { useEffect, useMemo } from 'react';
import { LoadDataPanel } from './load-data-panel';
import type { Indicator } from '../../domain';
import { useUserDataStore } from '../../state/user-data-store';

/** Wires the "Your data" panel to the user-data store; loads saved files once. */
export function YourDataPanel({
  indicators,
  boroughCodes,
}: {
  readonly indicators: readonly Indicator[];
  readonly boroughCodes: readonly string[];
}) {
  const { datasets, status, hydrated, hydrate, load, remove, dismissStatus, classify } =
    useUserDataStore();
  const knownNames = useMemo(
    () =>
      new Map<string, string>([
        ...indicators.map((i) => [i.id, i.name] as const),
        ...datasets.flatMap((d) => d.indicators.map((i) => [i.id, i.name] as const)),
      ]),
    [indicators, datasets],
  );
  useEffect(() => {
    if (!hydrated) void hydrate();
  }, [hydrated, hydrate]);
  return (
    <LoadDataPanel
      datasets={datasets}
      status={status}
      onLoad={(file, metadata) => void load(file, { indicators, boroughCodes }, metadata)}
      onRemove={(id) => void remove(id)}
      onDismiss={dismissStatus}
      onClassify={(datasetId, indicatorId, change) => void classify(datasetId, indicatorId, change)}
      knownNames={knownNames}
    />
  );
}
