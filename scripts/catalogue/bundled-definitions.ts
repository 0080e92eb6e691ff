import type { SnapshotIndicator } from './define';
import { RECENT_FINGERTIPS_INDICATORS } from './recent-fingertips-indicators';
import { RECENT_SUICIDE_INDICATORS } from './raw-indicators';
import { SNAPSHOT_BOROUGH_INDICATORS } from './snapshot-borough-indicators';
import { SNAPSHOT_OTHER_INDICATORS } from './snapshot-other-indicators';

/**
 * Every indicator the snapshot build writes to data/, in catalogue order. The first borough
 * indicator is the view a link without parameters opens, so the newest mental health indicator
 * with intervals and a judgement of good comes first (self-harm admissions aged 10-24).
 */
export const BUNDLED_DEFINITIONS: readonly SnapshotIndicator[] = [
  ...SNAPSHOT_BOROUGH_INDICATORS.slice(0, 1),
  ...RECENT_SUICIDE_INDICATORS,
  ...RECENT_FINGERTIPS_INDICATORS.filter((d) => d.domain === 'mental'),
  ...SNAPSHOT_BOROUGH_INDICATORS.slice(1),
  ...RECENT_FINGERTIPS_INDICATORS.filter((d) => d.domain !== 'mental'),
  ...SNAPSHOT_OTHER_INDICATORS,
];
