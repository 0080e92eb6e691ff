import type { Indicator, IndicatorLevel, Sex } from '../../domain';
import { slug, type NewIndicatorInput } from './new-indicator';

/** The cells of a row that say which indicator it is, as the row mapper reads them. */
export interface IndicatorCells {
  readonly indicatorId: string;
  readonly measureId: string;
  readonly indicatorName: string;
  readonly measureName: string;
  readonly unit: string;
}

/** The catalogue's indicators by each publisher's way of naming them. */
export interface KnownIndicators {
  readonly byFingertipsId: ReadonlyMap<number, Indicator>;
  readonly byMeasureId: ReadonlyMap<string, Indicator>;
  readonly byName: ReadonlyMap<string, { readonly indicator: Indicator; readonly sex?: Sex }>;
}

export function knownIndicators(indicators: readonly Indicator[]): KnownIndicators {
  return {
    byFingertipsId: new Map(
      indicators.flatMap((i) =>
        i.fingertipsId === undefined ? [] : [[i.fingertipsId, i] as const],
      ),
    ),
    byMeasureId: new Map(
      indicators.flatMap((i) =>
        (i.match?.measureIds ?? []).map((m) => [m.toLowerCase(), i] as const),
      ),
    ),
    byName: new Map(
      indicators.flatMap((i) =>
        (i.match?.names ?? []).map(
          (n) => [n.name.toLowerCase(), { indicator: i, sex: n.sex }] as const,
        ),
      ),
    ),
  };
}

export type ResolvedIndicator = { readonly indicator: Indicator; readonly sex?: Sex };

/** A new indicator from the file, made once per id (the caller remembers it). */
export type MakeIndicator = (input: Omit<NewIndicatorInput, 'file' | 'today'>) => Indicator;

/**
 * One publisher's layout: which rows are its own, the key its rows' indicator is remembered by,
 * and how that indicator is found in the catalogue or made new from the file. A new publisher
 * is one entry in PUBLISHER_FORMATS (and its column names in column-map.ts).
 */
export interface PublisherFormat {
  readonly name: string;
  readonly detects: (cells: IndicatorCells) => boolean;
  readonly key: (cells: IndicatorCells) => string;
  readonly resolve: (
    cells: IndicatorCells,
    known: KnownIndicators,
    make: MakeIndicator,
    level: IndicatorLevel,
  ) => ResolvedIndicator;
}

const FINGERTIPS: PublisherFormat = {
  name: 'OHID Fingertips export (any header style): a numeric indicator id',
  detects: (c) => /^\d+$/.test(c.indicatorId),
  // The id alone decides, so it is the whole key.
  key: (c) => c.indicatorId,
  resolve: (c, known, make, level) => ({
    indicator:
      known.byFingertipsId.get(Number(c.indicatorId)) ??
      make({
        id: `fingertips-${c.indicatorId}`,
        fingertipsId: Number(c.indicatorId),
        name: c.indicatorName || `Fingertips indicator ${c.indicatorId}`,
        level,
      }),
  }),
};

const NHS_MEASURES: PublisherFormat = {
  name: 'NHS England provider measures (MHSDS, Talking Therapies): a measure id',
  detects: (c) => c.measureId !== '',
  key: (c) => `measure\u0001${c.measureId}`,
  resolve: (c, known, make, level) => ({
    indicator:
      known.byMeasureId.get(c.measureId.toLowerCase()) ??
      make({ id: `measure-${slug(c.measureId)}`, name: c.indicatorName || c.measureId, level }),
  }),
};

const NAMED: PublisherFormat = {
  name: 'ONS Explore Local Statistics, QOF and any file that names its indicator',
  detects: (c) => c.indicatorName !== '',
  key: (c) => `name\u0001${c.indicatorName}\u0001${c.measureName}`,
  // ONS Explore Local Statistics names a measure within the indicator: "Anxiety - Mean (…)".
  resolve: (c, known, make, level) =>
    known.byName.get(c.indicatorName.toLowerCase()) ??
    (c.measureName
      ? known.byName.get(`${c.indicatorName} - ${c.measureName}`.toLowerCase())
      : undefined) ?? {
      indicator: make({
        id: `file-${slug(c.indicatorName)}`,
        name: c.indicatorName,
        level,
        unit: c.unit,
      }),
    },
};

/** In the order tried: a row is the first format's that detects it. */
export const PUBLISHER_FORMATS: readonly PublisherFormat[] = [FINGERTIPS, NHS_MEASURES, NAMED];

export const formatOf = (cells: IndicatorCells): PublisherFormat | undefined =>
  PUBLISHER_FORMATS.find((f) => f.detects(cells));
