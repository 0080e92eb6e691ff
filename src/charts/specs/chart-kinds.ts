import type { ChartSpec } from '../../domain';
import type { OverTimeModel, ScatterModel } from '../../model/parity';
import type { ProviderFunnel } from '../../model/provider-funnel';
import type { RankComparison } from '../../model/parity-ranks';
import type { PeriodDistribution } from '../distribution/build-distribution-series';
import type { RankedBarSeries } from '../ranked-bar/build-ranked-bar-series';
import type { RugSeries } from '../rug/build-rug-series';
import type { SpineRow } from '../spine/spine-row';
import type { TileMapSeries } from '../tile-map/build-tile-map-series';
import type { TrendSeries } from '../trend/build-trend-series';

/** A benchmark line across the ranked chart. */
export interface ReferenceValue {
  readonly label: string;
  readonly value: number;
  readonly dash: string;
}

/** What each kind of chart draws: the marks of its spec, exactly the drawing's input. */
export interface ChartMarks {
  readonly 'ranked-bar': {
    readonly series: RankedBarSeries;
    readonly references: readonly ReferenceValue[];
    readonly unit: string;
    /** The best quartile's span on the value axis, shaded (judged indicators only). */
    readonly bestQuartile?: { readonly from: number; readonly to: number };
    /** Room for the names; organisations' names are longer than boroughs'. */
    readonly labelWidth: number;
  };
  readonly trend: { readonly series: TrendSeries; readonly unit: string };
  readonly distribution: {
    readonly periods: readonly PeriodDistribution[];
    readonly benchmarkName: string;
    readonly unit: string;
  };
  readonly 'tile-map': { readonly series: TileMapSeries };
  readonly rug: { readonly series: RugSeries };
  readonly funnel: { readonly funnel: ProviderFunnel; readonly unit: string };
  readonly spine: {
    readonly rows: readonly SpineRow[];
    readonly boroughName: string;
    readonly benchmarkName: string;
  };
  readonly scatter: { readonly model: ScatterModel };
  readonly dumbbell: {
    readonly ranks: RankComparison;
    readonly mentalName: string;
    readonly physicalName: string;
  };
  readonly 'ratio-trend': {
    readonly model: OverTimeModel;
    readonly mentalName: string;
    readonly physicalName: string;
  };
}

type ChartKind = keyof ChartMarks;

/** The spec of one kind of chart, over its table's rows. */
export type KindSpec<K extends ChartKind, Row = unknown> = ChartSpec<Row, K, ChartMarks[K]>;

/** Any chart's spec: `kind` says which marks it holds. */
export type AnyChartSpec = { readonly [K in ChartKind]: KindSpec<K> }[ChartKind];
