import { memo } from 'react';
import type { Provider } from '../../domain';
import type { KindSpec } from '../../charts/specs/chart-kinds';
import { trustsServing } from '../../charts/tile-map/build-service-area-tiles';
import { TileMapChart } from '../../charts/tile-map/tile-map-chart';
import { ChartFrame } from '../shared/chart-frame';

/**
 * "Who serves which borough?": the tile map of trusts' areas; choosing a borough picks its trust.
 * Memoised: a measure switch leaves its spec as it is, and it is not drawn again.
 */
export const ServiceAreaSection = memo(function ServiceAreaSection({
  spec,
  providers,
  onChooseTrust,
}: {
  readonly spec: KindSpec<'tile-map', Provider>;
  readonly providers: readonly Provider[];
  /** Emphasises these organisations (the trust chosen). */
  readonly onChooseTrust: (codes: readonly string[]) => void;
}) {
  return (
    <ChartFrame
      spec={spec}
      chart={
        <>
          <p className="field__hint no-export">
            Choose a borough to see its trust&apos;s results: arrow keys move, Enter selects.
          </p>
          <TileMapChart
            {...spec.marks}
            onToggle={(borough) => {
              const trust = trustsServing(borough, providers)[0];
              if (trust) onChooseTrust([trust.code]);
            }}
          />
        </>
      }
      tableOpen={false}
    />
  );
});
