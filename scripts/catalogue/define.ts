import type { Indicator, IndicatorSource } from '../../src/domain';
import { asIndicatorId } from '../../src/domain';

/** The date the shared snapshot was collected for this product (file dates in ../shared). */
export const SNAPSHOT_EXTRACT_DATE = '2026-11-22';

const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0.';

export const fingertipsSource = (
  fingertipsId: number,
  extractedFrom: string,
  publisher = 'OHID Fingertips',
): IndicatorSource => ({
  publisher,
  licence: 'OGL-3.0',
  attribution: `Source: ${publisher}. ${OGL}`,
  url: `https://fingertips.phe.org.uk/search/${fingertipsId}`,
  downloadUrl: `https://fingertips.phe.org.uk/api/all_data/csv/by_indicator_id?indicator_ids=${fingertipsId}&child_area_type_id=502`,
  extractedFrom,
  extractDate: SNAPSHOT_EXTRACT_DATE,
});

export const oglSource = (
  publisher: string,
  url: string,
  extractedFrom: string,
  { via = '', extractDate = SNAPSHOT_EXTRACT_DATE } = {},
): IndicatorSource => ({
  publisher,
  licence: 'OGL-3.0',
  attribution: `Source: ${publisher}${via}. ${OGL}`,
  url,
  extractedFrom,
  extractDate,
});

/** An older release of the same measure, read after the newest and kept only for periods it alone has. */
interface OlderRelease {
  readonly snapshotFile: string;
  readonly namePrefix?: string;
  /** For files holding several Fingertips indicators: keep rows with this Indicator ID. */
  readonly fingertipsIdInFile?: number;
  /** What the reader is told this release is. */
  readonly label: string;
  readonly extractedFrom: string;
}

/** The date the six ONS Explore Local Statistics files were added to the shared snapshot. */
const ELS_EXTRACT_DATE = '2026-11-29';

/** When the two recent Fingertips files were pulled from the Fingertips API (PROVENANCE.md). */
const RECENT_WITH_CI_EXTRACT_DATE = '2026-08-15';
const RECENT_VALUES_EXTRACT_DATE = '2026-08-21';
const POPHEALTHMAP = 'Harv334/pophealthmap@2cc3da28';
export const RECENT_WITH_CI = {
  file: 'boroughs/fingertips_recent_london_with_ci.csv',
  extractedFrom: `${POPHEALTHMAP} data/outcomes/fingertips.parquet (Fingertips API, 2026-08-15)`,
  extractDate: RECENT_WITH_CI_EXTRACT_DATE,
} as const;
export const RECENT_VALUES = {
  file: 'boroughs/fingertips_recent_london_values.csv',
  extractedFrom: `${POPHEALTHMAP} data/outcomes/fingertips_profiles.parquet (Fingertips API)`,
  extractDate: RECENT_VALUES_EXTRACT_DATE,
} as const;
/** Said of every indicator read from the recent files: they hold London's boroughs only. */
export const RECENT_NO_BENCHMARK =
  'The recent Fingertips extract holds the 33 boroughs only: no England or London value, no counts.';

/** A Fingertips indicator as the recent extract of the Fingertips API holds it. */
export const recentFingertipsSource = (
  fingertipsId: number,
  recent: typeof RECENT_WITH_CI | typeof RECENT_VALUES,
  publisher = 'OHID Fingertips',
): IndicatorSource => ({
  ...fingertipsSource(fingertipsId, recent.extractedFrom, publisher),
  extractDate: recent.extractDate,
});

/**
 * ONS Explore Local Statistics publishes each dataset as <dataset>/<dataset>.csv, with its
 * metadata as <dataset>.json beside it, in its public data repository.
 */
const ELS_DOWNLOADS =
  'https://raw.githubusercontent.com/ONSdigital/explore-local-statistics-data/main/';

/** A dataset taken from ONS Explore Local Statistics' data repository (PROVENANCE.md). */
export const elsSource = (
  publisher: string,
  url: string,
  extractedFrom: string,
): IndicatorSource => {
  // extractedFrom names the dataset's path: "<repo>@<commit> <dataset>/<dataset>.csv".
  const path = extractedFrom.split(' ')[1];
  return {
    ...oglSource(publisher, url, extractedFrom, {
      via: ', via ONS Explore Local Statistics',
      extractDate: ELS_EXTRACT_DATE,
    }),
    ...(path?.endsWith('.csv') && { downloadUrl: ELS_DOWNLOADS + path }),
  };
};

/** A catalogue entry plus where its figures come from in ../shared/data/snapshot. */
export interface SnapshotIndicator extends Indicator {
  /** Path under ../shared/data/snapshot (the newest release); empty for datasets only data:update loads. */
  readonly snapshotFile: string;
  /** For files holding several measures: keep rows whose Indicator Name starts with this. */
  readonly namePrefix?: string;
  /** For files holding several Fingertips indicators: keep rows with this Indicator ID. */
  readonly fingertipsIdInFile?: number;
  /** The newest release's label, where older releases are merged in. */
  readonly releaseLabel?: string;
  /** Older releases of the same measure, newest first. */
  readonly olderReleases?: readonly OlderRelease[];
}

/** The catalogue entry: the indicator without the snapshot build's instructions. */
export function toCatalogueEntry(def: SnapshotIndicator): Indicator {
  const {
    snapshotFile: _file,
    namePrefix: _prefix,
    fingertipsIdInFile: _idInFile,
    releaseLabel: _label,
    olderReleases: _older,
    ...indicator
  } = def;
  return indicator;
}

export const define = (
  def: Omit<SnapshotIndicator, 'id' | 'file'> & { readonly id: string },
): SnapshotIndicator => ({
  ...def,
  id: asIndicatorId(def.id),
  file: `indicators/${def.id}.csv`,
});
