import {
  asAreaCode,
  asIndicatorId,
  type Area,
  type DataPoint,
  type Indicator,
} from '../src/domain';
import { SNAPSHOT_FORMAT, type SnapshotFile } from '../src/data/snapshots/snapshot-schema';
import type { SavedSnapshot } from '../src/data/snapshots/snapshot-storage';

/** Typed fixture factories. Every figure they make is synthetic test data, never published. */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: asIndicatorId('synthetic-indicator'),
    name: 'Synthetic test indicator',
    shortName: 'Synthetic',
    domain: 'mental',
    level: 'borough',
    unit: 'per 100,000',
    multiplier: 100000,
    valueType: 'dsr',
    polarity: 'low-is-good',
    ciMethod: 'dobson',
    source: {
      publisher: 'Synthetic test publisher',
      licence: 'OGL-3.0',
      attribution: 'Synthetic test data.',
      url: 'https://example.invalid/',
      extractedFrom: 'test/factories.ts',
      extractDate: '2026-01-01',
    },
    caveats: [],
    file: 'indicators/synthetic-indicator.csv',
    ...overrides,
  };
}

export function makeDataPoint(overrides: Partial<DataPoint> = {}): DataPoint {
  return {
    indicatorId: asIndicatorId('synthetic-indicator'),
    code: asAreaCode('E09000001'),
    period: { label: '2020/21', start: '2020-04-01', end: '2021-03-31' },
    sex: 'Persons',
    age: '',
    value: 100,
    ...overrides,
  };
}

/** Borough n (1–33) with a synthetic name. */
export function makeBorough(n: number, overrides: Partial<Area> = {}): Area {
  return {
    code: asAreaCode(`E090000${String(n).padStart(2, '0')}`),
    name: `Synthetic borough ${String(n).padStart(2, '0')}`,
    kind: 'borough',
    subRegion: 'NCL',
    innerOuter: 'Inner',
    ...overrides,
  };
}

/** A saved snapshot of a synthetic view, as the app stores it. */
export function makeSavedSnapshot(file: Partial<SnapshotFile> = {}): SavedSnapshot {
  return {
    id: 'synthetic',
    charts: [],
    file: {
      format: SNAPSHOT_FORMAT,
      version: 1,
      name: 'Synthetic saved view',
      savedAt: '2026-01-01T00:00:00.000Z',
      appVersion: '0.0.1',
      dataVersion: 'snapshot-2026-01-01',
      search: '?i=fingertips-93881',
      ...file,
    },
  };
}
