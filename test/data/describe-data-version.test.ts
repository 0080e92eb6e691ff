import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/data/catalogue';
import { describeDataVersion, formatIsoDate } from '../../src/data/describe-data-version';
import { makeIndicator } from '../factories';

const catalogue = (over: Partial<Catalogue> = {}): Catalogue => ({
  schemaVersion: 1,
  dataVersion: 'snapshot-2026-11-29',
  label: 'Bundled snapshot',
  extractDate: '2026-11-29',
  indicators: [
    makeIndicator({
      coverage: {
        periodCount: 2,
        firstPeriod: '2021',
        latestPeriod: '2022/23',
        latestEnd: '2023-03-31',
        hasIntervals: true,
      },
    }),
    makeIndicator({
      coverage: {
        periodCount: 1,
        firstPeriod: 'x',
        latestPeriod: '2024/25',
        latestEnd: '2025-11-15',
        hasIntervals: true,
      },
    }),
  ],
  reference: { areas: 'a', icbs: 'b', providers: 'c' },
  ...over,
});

describe('describeDataVersion', () => {
  it('says what the bundle holds and when it was extracted', () => {
    expect(describeDataVersion(catalogue())).toBe(
      'Bundled snapshot: published figures up to Nov 2025, extracted 29 Nov 2026',
    );
  });

  it('names the update source and date after a data update', () => {
    expect(
      describeDataVersion(
        catalogue({
          updatedFrom: "local copies of the publishers' files",
          extractDate: '2026-12-01',
        }),
      ),
    ).toBe(
      "Updated 1 Dec 2026 from local copies of the publishers' files: published figures up to Nov 2025",
    );
  });

  it('never shows an invalid date', () => {
    expect(describeDataVersion(catalogue({ extractDate: '2026-02-30', indicators: [] }))).toBe(
      'Bundled snapshot: published figures',
    );
    expect(formatIsoDate('not a date')).toBeUndefined();
    expect(formatIsoDate('2026-13-01')).toBeUndefined();
    expect(formatIsoDate('2024-02-29')).toBe('29 Feb 2024');
  });

  it("writes dates as en-GB's own short form, every month, without the browser's date formatting", () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2025-${String(month).padStart(2, '0')}-05`;
      const options = { month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
      const date = new Date(`${iso}T00:00:00Z`);
      expect(formatIsoDate(iso)).toBe(
        date.toLocaleDateString('en-GB', { ...options, day: 'numeric' }),
      );
      expect(formatIsoDate(iso, 'month')).toBe(date.toLocaleDateString('en-GB', options));
    }
  });
});
