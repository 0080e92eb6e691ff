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
): IndicatorSource => ({
  publisher,
  licence: 'OGL-3.0',
  attribution: `Source: ${publisher}. ${OGL}`,
  url,
  extractedFrom,
  extractDate: SNAPSHOT_EXTRACT_DATE,
});

/** A catalogue entry plus where its figures come from in ../shared/data/snapshot. */
export interface SnapshotIndicator extends Indicator {
  /** Path under ../shared/data/snapshot; empty for datasets only data:update loads. */
  readonly snapshotFile: string;
  /** For files holding several measures: keep rows whose Indicator Name starts with this. */
  readonly namePrefix?: string;
}

export const define = (
  def: Omit<SnapshotIndicator, 'id' | 'file'> & { readonly id: string },
): SnapshotIndicator => ({
  ...def,
  id: asIndicatorId(def.id),
  file: `indicators/${def.id}.csv`,
});
