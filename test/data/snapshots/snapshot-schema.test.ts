import { describe, expect, it } from 'vitest';
import {
  checkSnapshotFileSize,
  parseSnapshotFile,
  SNAPSHOT_FORMAT,
  type SnapshotFile,
} from '../../../src/data/snapshots/snapshot-schema';

const good: SnapshotFile = {
  format: SNAPSHOT_FORMAT,
  version: 1,
  name: 'Hackney CVD against England',
  savedAt: '2026-11-29T14:00:00.000Z',
  appVersion: '0.1.0',
  dataVersion: 'snapshot-2026-11-29',
  search: '?i=fingertips-93722&b=E09000012',
  mainCsv: '\uFEFFArea code\r\nE09000012\r\n',
  mainTitle: 'Under 75 mortality',
};

describe('snapshot files', () => {
  it('round-trips through JSON', () => {
    expect(parseSnapshotFile(JSON.stringify(good), 'a.json')).toEqual(good);
  });

  it('refuses what is not a snapshot, naming the file and what is wrong', () => {
    expect(() => parseSnapshotFile('{nope', 'broken.json')).toThrow(
      'broken.json is not a snapshot: it is not valid JSON',
    );
    expect(() =>
      parseSnapshotFile(JSON.stringify({ ...good, format: 'other' }), 'other.json'),
    ).toThrow(/other\.json .*format/);
    expect(() => parseSnapshotFile(JSON.stringify({ ...good, version: 2 }), 'v2.json')).toThrow(
      /version/,
    );
    expect(() => parseSnapshotFile(JSON.stringify({ ...good, name: '   ' }), 'n.json')).toThrow(
      /name: the name is empty/,
    );
  });

  it('refuses a hostile view or extra fields instead of passing them on', () => {
    expect(() =>
      parseSnapshotFile(JSON.stringify({ ...good, search: 'javascript:alert(1)' }), 'x.json'),
    ).toThrow(/search: the view is not a query string of the Atlas/);
    expect(() =>
      parseSnapshotFile(JSON.stringify({ ...good, search: '?i=<script>' }), 'x.json'),
    ).toThrow(/search/);
    expect(() => parseSnapshotFile(JSON.stringify({ ...good, extra: 1 }), 'x.json')).toThrow(
      /extra/,
    );
    expect(() =>
      parseSnapshotFile(JSON.stringify({ ...good, savedAt: 'yesterday' }), 'x.json'),
    ).toThrow(/savedAt/);
  });

  it('refuses a file far larger than any snapshot by its size, before reading it', () => {
    expect(() => checkSnapshotFileSize(700 * 1024 * 1024, 'huge.json')).toThrow(
      'huge.json is not a snapshot: it is 700 MB, and a snapshot file is at most 5 MB',
    );
    expect(() => checkSnapshotFileSize(2 * 1024 * 1024, 'ok.json')).not.toThrow();
  });
});
